package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.FORM;
import static io.sparkplow.protocol.webhooks.WebhookTesting.JSON;
import static io.sparkplow.protocol.webhooks.WebhookTesting.assertEntity;
import static io.sparkplow.protocol.webhooks.WebhookTesting.entitySchema;
import static io.sparkplow.protocol.webhooks.WebhookTesting.events;
import static io.sparkplow.protocol.webhooks.WebhookTesting.failure;
import static io.sparkplow.protocol.webhooks.WebhookTesting.form;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyInputData;
import static io.sparkplow.protocol.webhooks.WebhookTesting.qs;
import static io.sparkplow.protocol.webhooks.WebhookTesting.request;
import static io.sparkplow.protocol.webhooks.WebhookTesting.withoutUnstruct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MandrillWebhookTest {

  final MandrillWebhook reader = new MandrillWebhook();

  static final String EVENTS = """
      [{"event":"send","_id":"a1b2c3d4e5f60718293a4b5c6d7e8f90","ts":1415267366,
        "msg":{"ts":1415267366,"subject":"Your order has shipped","email":"ada@example.com",
               "sender":"orders@shop.example.com","tags":["shipping"],"opens":[],"clicks":[],
               "state":"sent","metadata":{"user_id":111},"_id":"a1b2c3d4e5f60718293a4b5c6d7e8f90",
               "_version":"exampleaaaaaaaaaaaaaaa","smtp_events":[{"ts":1415267370,"type":"sent","size":2048}]}},
       {"event":"open","_id":"0f9e8d7c6b5a49382716a5b4c3d2e1f0","ts":1415267400,
        "msg":{"ts":1415267366,"email":"ada@example.com","state":"sent"},"user_agent":"Mozilla/5.0"}]""";

  @Test
  void eachMandrillEventIsAnEventWithItsTimestampsInIso() {
    List<Map<String, String>> out = events(reader, request(MandrillWebhook.API, qs("aid", "mail"), FORM,
        form("mandrill_events", EVENTS)));
    assertEquals(2, out.size());
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.mandrill-v1", "aid", "mail"), withoutUnstruct(out.get(0)));
    assertEquals("iglu:com.mandrill/message_sent/jsonschema/1-0-0", entitySchema(out.get(0)));
    assertEntity("""
        {"_id":"a1b2c3d4e5f60718293a4b5c6d7e8f90","ts":"2014-11-06T09:49:26.000Z",
         "msg":{"ts":"2014-11-06T09:49:26.000Z","subject":"Your order has shipped","email":"ada@example.com",
                "sender":"orders@shop.example.com","tags":["shipping"],"opens":[],"clicks":[],
                "state":"sent","metadata":{"user_id":111},"_id":"a1b2c3d4e5f60718293a4b5c6d7e8f90",
                "_version":"exampleaaaaaaaaaaaaaaa",
                "smtp_events":[{"ts":"2014-11-06T09:49:30.000Z","type":"sent","size":2048}]}}""", out.get(0));
    assertEquals("iglu:com.mandrill/message_opened/jsonschema/1-0-1", entitySchema(out.get(1)));
    assertEntity("""
        {"_id":"0f9e8d7c6b5a49382716a5b4c3d2e1f0","ts":"2014-11-06T09:50:00.000Z",
         "msg":{"ts":"2014-11-06T09:49:26.000Z","email":"ada@example.com","state":"sent"},
         "user_agent":"Mozilla/5.0"}""", out.get(1));
  }

  @Test
  void everyEventTypeHasASchema() {
    Map<String, String> expected = Map.of("hard_bounce", "message_bounced/jsonschema/1-0-1",
        "click", "message_clicked/jsonschema/1-0-1", "deferral", "message_delayed/jsonschema/1-0-1",
        "spam", "message_marked_as_spam/jsonschema/1-0-1", "open", "message_opened/jsonschema/1-0-1",
        "reject", "message_rejected/jsonschema/1-0-0", "send", "message_sent/jsonschema/1-0-0",
        "soft_bounce", "message_soft_bounced/jsonschema/1-0-1", "unsub", "recipient_unsubscribed/jsonschema/1-0-1");
    expected.forEach((type, schema) -> assertEquals("iglu:com.mandrill/" + schema, entitySchema(events(reader,
        request(MandrillWebhook.API, List.of(), FORM, form("mandrill_events", "[{\"event\":\"" + type + "\"}]")))
        .get(0))));
  }

  @Test
  void malformedRequestsAreAdapterFailures() {
    assertEquals("mandrill_events", onlyInputData(reader, request(MandrillWebhook.API, List.of(), FORM,
        form("events", EVENTS))).field());
    BadRow.AdapterFailures notJson = failure(reader, request(MandrillWebhook.API, List.of(), FORM,
        form("mandrill_events", "[{\"event\":\"send\"")));
    assertEquals("mandrill_events", assertInstanceOf(FailureMessage.NotJson.class, notJson.messages().get(0)).field());
    assertEquals("mandrill_events", onlyInputData(reader, request(MandrillWebhook.API, List.of(), FORM,
        form("mandrill_events", "{\"event\":\"send\"}"))).field());
    assertEquals("mandrill_events", onlyInputData(reader, request(MandrillWebhook.API, List.of(), FORM,
        form("mandrill_events", "[]"))).field());
    assertEquals("contentType", onlyInputData(reader, request(MandrillWebhook.API, List.of(), JSON, EVENTS)).field());
    FailureMessage.InputData unknown = onlyInputData(reader, request(MandrillWebhook.API, List.of(), FORM,
        form("mandrill_events", "[{\"event\":\"send\"},{\"event\":\"blacklist\"}]")));
    assertEquals("event", unknown.field());
    assertEquals("blacklist", unknown.value().orElseThrow());
  }
}
