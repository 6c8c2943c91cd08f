package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.JSON;
import static io.sparkplow.protocol.webhooks.WebhookTesting.adapt;
import static io.sparkplow.protocol.webhooks.WebhookTesting.assertEntity;
import static io.sparkplow.protocol.webhooks.WebhookTesting.entitySchema;
import static io.sparkplow.protocol.webhooks.WebhookTesting.events;
import static io.sparkplow.protocol.webhooks.WebhookTesting.failure;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyInputData;
import static io.sparkplow.protocol.webhooks.WebhookTesting.qs;
import static io.sparkplow.protocol.webhooks.WebhookTesting.request;
import static io.sparkplow.protocol.webhooks.WebhookTesting.withoutUnstruct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HubspotWebhookTest {

  final HubspotWebhook reader = new HubspotWebhook();

  static final String BATCH = """
      [{"eventId":1066,"subscriptionId":4120,"portalId":62515,"occurredAt":1462216307945,
        "subscriptionType":"deal.propertyChange","attemptNumber":0,"objectId":8831,"changeSource":"CRM",
        "propertyName":"dealstage","propertyValue":"closedwon","appId":54321},
       {"eventId":1067,"subscriptionId":4121,"portalId":62515,"occurredAt":1462216309000,
        "subscriptionType":"contact.creation","attemptNumber":1,"objectId":123,"changeSource":"IMPORT",
        "changeFlag":"NEW","appId":54321}]""";

  @Test
  void eachElementIsAnEventOfItsSubscriptionTypesSchema() {
    List<Map<String, String>> out = events(reader, request(HubspotWebhook.API, qs("aid", "crm"), JSON, BATCH));
    assertEquals(2, out.size());
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.hubspot-v1", "aid", "crm"), withoutUnstruct(out.get(0)));
    assertEquals("iglu:com.hubspot/deal_change/jsonschema/1-0-0", entitySchema(out.get(0)));
    assertEntity("""
        {"eventId":1066,"subscriptionId":4120,"portalId":62515,"occurredAt":"2016-05-02T19:11:47.945Z",
         "attemptNumber":0,"objectId":8831,"changeSource":"CRM","propertyName":"dealstage",
         "propertyValue":"closedwon","appId":54321}""", out.get(0));
    assertEquals("iglu:com.hubspot/contact_creation/jsonschema/1-0-0", entitySchema(out.get(1)));
    assertEntity("""
        {"eventId":1067,"subscriptionId":4121,"portalId":62515,"occurredAt":"2016-05-02T19:11:49.000Z",
         "attemptNumber":1,"objectId":123,"changeSource":"IMPORT","changeFlag":"NEW","appId":54321}""", out.get(1));
  }

  @Test
  void eventsOfABatchAreNumbered() {
    var out = adapt(reader, request(HubspotWebhook.API, List.of(), JSON, BATCH));
    assertEquals(OptionalInt.of(0), out.get(0).value().index());
    assertEquals(OptionalInt.of(1), out.get(1).value().index());
  }

  @Test
  void everySubscriptionTypeHasASchema() {
    for (String type : List.of("contact.creation", "contact.deletion", "contact.propertyChange", "company.creation",
        "company.deletion", "company.propertyChange", "deal.creation", "deal.deletion", "deal.propertyChange")) {
      String body = "[{\"subscriptionType\":\"" + type + "\",\"objectId\":1}]";
      String schema = entitySchema(events(reader, request(HubspotWebhook.API, List.of(), JSON, body)).get(0));
      assertTrue(schema.startsWith("iglu:com.hubspot/" + type.replace(".propertyChange", "_change")
          .replace('.', '_') + "/jsonschema/1-0-0"), schema);
    }
  }

  @Test
  void unknownTypeOfOneElementFailsTheWholeRequestNamingIt() {
    String body = "[{\"subscriptionType\":\"contact.creation\",\"objectId\":1},"
        + "{\"subscriptionType\":\"ticket.creation\",\"objectId\":2},{\"objectId\":3}]";
    BadRow.AdapterFailures row = failure(reader, request(HubspotWebhook.API, qs("aid", "crm"), JSON, body));
    assertEquals(2, row.messages().size());
    FailureMessage.InputData unknown = assertInstanceOf(FailureMessage.InputData.class, row.messages().get(0));
    assertEquals("subscriptionType", unknown.field());
    assertEquals("ticket.creation", unknown.value().orElseThrow());
    assertTrue(unknown.expectation().contains("index 1"), unknown.expectation());
    FailureMessage.InputData missing = assertInstanceOf(FailureMessage.InputData.class, row.messages().get(1));
    assertTrue(missing.value().isEmpty());
    assertTrue(missing.expectation().contains("index 2"), missing.expectation());
    assertEquals(Map.of("aid", "crm"), row.payload().parameters());
  }

  @Test
  void malformedRequestsAreAdapterFailures() {
    assertEquals("body", onlyInputData(reader, request(HubspotWebhook.API, List.of(), JSON, null)).field());
    assertEquals("contentType", onlyInputData(reader, request(HubspotWebhook.API, List.of(), null, BATCH)).field());
    assertEquals("text/plain", onlyInputData(reader, request(HubspotWebhook.API, List.of(), "text/plain", BATCH))
        .value().orElseThrow());
    BadRow.AdapterFailures notJson = failure(reader, request(HubspotWebhook.API, List.of(), JSON, "[{\"eventId\":"));
    assertInstanceOf(FailureMessage.NotJson.class, notJson.messages().get(0));
    assertEquals("body", onlyInputData(reader, request(HubspotWebhook.API, List.of(), JSON,
        "{\"subscriptionType\":\"contact.creation\"}")).field());
    assertEquals("[]", onlyInputData(reader, request(HubspotWebhook.API, List.of(), JSON, "[]")).value().orElseThrow());
    assertEquals("body", onlyInputData(reader, request(HubspotWebhook.API, List.of(), JSON, "[42]")).field());
  }

  @Test
  void jsonContentTypeMayCarryACharset() {
    assertEquals(2, events(reader, request(HubspotWebhook.API, List.of(), "application/json; charset=UTF-8", BATCH))
        .size());
  }
}
