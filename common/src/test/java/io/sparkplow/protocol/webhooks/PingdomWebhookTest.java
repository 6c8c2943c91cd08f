package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.assertEntity;
import static io.sparkplow.protocol.webhooks.WebhookTesting.entitySchema;
import static io.sparkplow.protocol.webhooks.WebhookTesting.failure;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyEvent;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyInputData;
import static io.sparkplow.protocol.webhooks.WebhookTesting.qs;
import static io.sparkplow.protocol.webhooks.WebhookTesting.request;
import static io.sparkplow.protocol.webhooks.WebhookTesting.withoutUnstruct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.sparkplow.badrow.FailureMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PingdomWebhookTest {

  final PingdomWebhook reader = new PingdomWebhook();

  static final String MESSAGE = "{\"check\":\"2207458\",\"checkname\":\"Shop homepage\",\"host\":\"shop.example.com\","
      + "\"action\":\"assign\",\"incidentid\":1187,\"description\":\"down\"}";

  @Test
  void messageIsTheIncidentWithoutItsAction() {
    Map<String, String> event = onlyEvent(reader, request(PingdomWebhook.API,
        qs("p", "web", "message", MESSAGE, "aid", "uptime"), null, null));
    assertEquals(Map.of("e", "ue", "p", "web", "tv", "com.pingdom-v1", "aid", "uptime"), withoutUnstruct(event));
    assertEquals("iglu:com.pingdom/incident_assign/jsonschema/1-0-0", entitySchema(event));
    assertEntity("{\"check\":\"2207458\",\"checkname\":\"Shop homepage\",\"host\":\"shop.example.com\","
        + "\"incidentid\":1187,\"description\":\"down\"}", event);
  }

  @Test
  void eachActionHasItsSchema() {
    for (String action : List.of("assign", "notify_user", "notify_of_close")) {
      assertEquals("iglu:com.pingdom/incident_" + action + "/jsonschema/1-0-0", entitySchema(onlyEvent(reader,
          request(PingdomWebhook.API, qs("message", "{\"action\":\"" + action + "\"}"), null, null))));
    }
  }

  @Test
  void malformedRequestsAreAdapterFailures() {
    assertEquals("querystring", onlyInputData(reader, request(PingdomWebhook.API, List.of(), null, null)).field());
    assertEquals("message", onlyInputData(reader, request(PingdomWebhook.API, qs("p", "apps"), null, null)).field());
    assertInstanceOf(FailureMessage.NotJson.class,
        failure(reader, request(PingdomWebhook.API, qs("message", "{\"action\":"), null, null)).messages().get(0));
    assertEquals("action", onlyInputData(reader, request(PingdomWebhook.API,
        qs("message", "{\"check\":\"1\"}"), null, null)).field());
    assertEquals("pause", onlyInputData(reader, request(PingdomWebhook.API,
        qs("message", "{\"action\":\"pause\"}"), null, null)).value().orElseThrow());
  }
}
