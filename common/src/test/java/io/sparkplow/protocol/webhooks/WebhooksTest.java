package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.ETL;
import static io.sparkplow.protocol.webhooks.WebhookTesting.FORM;
import static io.sparkplow.protocol.webhooks.WebhookTesting.JSON;
import static io.sparkplow.protocol.webhooks.WebhookTesting.LINE;
import static io.sparkplow.protocol.webhooks.WebhookTesting.ORIGIN;
import static io.sparkplow.protocol.webhooks.WebhookTesting.PROCESSOR;
import static io.sparkplow.protocol.webhooks.WebhookTesting.adapt;
import static io.sparkplow.protocol.webhooks.WebhookTesting.form;
import static io.sparkplow.protocol.webhooks.WebhookTesting.qs;
import static io.sparkplow.protocol.webhooks.WebhookTesting.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.enrich.build.EventBuilder;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.AdaptedEvent;
import io.sparkplow.protocol.Adapter;
import io.sparkplow.protocol.Adapters;
import io.sparkplow.protocol.FakeValidator;
import io.sparkplow.protocol.Payloads;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WebhooksTest {

  @Test
  void everyVendorIsRegisteredOnceUnderItsApi() {
    Map<Api, Adapter> adapters = Webhooks.adapters(PROCESSOR, ETL);
    Set<String> apis = adapters.keySet().stream().map(Api::toString).collect(Collectors.toSet());
    assertEquals(Set.of("com.callrail/v1", "com.hubspot/v1", "com.marketo/v1", "com.statusgator/v1",
        "com.mailchimp/v1", "com.mandrill/v1", "com.pagerduty/v1", "com.pingdom/v1", "com.sendgrid/v3",
        "com.urbanairship.connect/v1", "com.olark/v1", "com.unbounce/v1", "com.mailgun/v1", "io.vero/v1",
        "com.snowplowanalytics.iglu/v1"), apis);
    adapters.forEach((api, adapter) -> assertEquals(api, ((WebhookAdapter) adapter).reader().api()));
  }

  @Test
  void allAdaptersAreTheTrackerProtocolPlusEveryWebhook() {
    Adapters all = Adapters.all(new FakeValidator(), PROCESSOR, ETL);
    assertTrue(all.get(Api.TP1).isPresent());
    assertTrue(all.get(Api.TP2).isPresent());
    for (WebhookReader reader : Webhooks.READERS) {
      assertTrue(all.get(reader.api()).isPresent(), reader.api().toString());
    }
    var out = all.adapt(request(CallrailWebhook.API, qs("id", "42", "answered", "true"), null, null), ORIGIN);
    assertEquals("com.callrail-v1", out.get(0).value().event().parameter("tv"));
    var unknown = all.adapt(request(new Api("com.acme", "v9"), qs("a", "1"), null, null), ORIGIN);
    assertInstanceOf(BadRow.AdapterFailures.class, unknown.get(0).error());
  }

  @Test
  void eventsKeepTheRequestsContentTypeSourceAndContext() {
    CollectorPayload payload = request(StatusGatorWebhook.API, List.of(), FORM, form("service_name", "GitHub"));
    AdaptedEvent event = adapt(new StatusGatorWebhook(), payload).get(0).value();
    assertEquals(payload.contentType(), event.event().contentType());
    assertEquals(payload.source(), event.event().source());
    assertEquals(payload.context(), event.event().context());
    assertEquals(OptionalInt.empty(), event.index());
  }

  @Test
  void adapterFailureKeepsTheLineAndQuerystringInItsJson() {
    var out = adapt(new HubspotWebhook(), request(HubspotWebhook.API, qs("aid", "crm", "nuid", "n-1"), JSON, "nope"));
    BadRow.AdapterFailures row = assertInstanceOf(BadRow.AdapterFailures.class, out.get(0).error());
    assertEquals(Map.of("aid", "crm", "nuid", "n-1"), row.payload().parameters());
    JsonNode json = Json.parse(row.toJson()).value();
    assertEquals("iglu:com.snowplowanalytics.snowplow.badrows/adapter_failures/jsonschema/1-0-0",
        json.get("schema").asText());
    assertEquals("com.hubspot", json.get("data").get("failure").get("vendor").asText());
    assertEquals(LINE, json.get("data").get("payload").get("line").asText());
  }

  @Test
  void webhookEventsBuildIntoUnstructEventsOfTheVendorsSchema() {
    EventBuilder builder = new EventBuilder(new FakeValidator(), PROCESSOR, ETL);
    String body = "[{\"subscriptionType\":\"contact.creation\",\"objectId\":7,\"occurredAt\":1462216307945},"
        + "{\"subscriptionType\":\"deal.deletion\",\"objectId\":8}]";
    var out = adapt(new HubspotWebhook(), request(HubspotWebhook.API, qs("aid", "crm", "cv", "clj-1.1.0-tom-0.2.0"),
        JSON, body));
    EventDraft first = builder.build(out.get(0).value()).value();
    EventDraft second = builder.build(out.get(1).value()).value();
    assertEquals("unstruct", first.get(Field.EVENT));
    assertEquals("srv", first.get(Field.PLATFORM));
    assertEquals("crm", first.get(Field.APP_ID));
    assertEquals("com.hubspot-v1", first.get(Field.V_TRACKER));
    assertEquals("clj-1.1.0-tom-0.2.0", first.get(Field.V_COLLECTOR));
    assertEquals("com.hubspot", first.get(Field.EVENT_VENDOR));
    assertEquals("contact_creation", first.get(Field.EVENT_NAME));
    assertEquals("1-0-0", first.get(Field.EVENT_VERSION));
    assertEquals("deal_deletion", second.get(Field.EVENT_NAME));
    assertTrue(!first.get(Field.EVENT_ID).equals(second.get(Field.EVENT_ID)), "events of a batch get distinct ids");
    assertEquals(Payloads.context().ipAddress().orElseThrow(), first.get(Field.USER_IPADDRESS));
  }
}
