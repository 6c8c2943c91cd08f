package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.JSON;
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

class VeroWebhookTest {

  final VeroWebhook reader = new VeroWebhook();

  @Test
  void sentEventWithoutItsTypeAndWithIsoTimes() {
    String body = """
        {"sent_at":1435016238,"type":"sent",
         "user":{"id":"usr-123","email":"ada@example.com"},
         "campaign":{"id":987,"type":"transactional","name":"Order shipped","subject":"Your order is on its way",
                     "trigger-event":"order_shipped","permalink":"https://app.getvero.com/view/1/abc",
                     "variation":"Variation A","triggered_at":1435016230}}""";
    Map<String, String> event = onlyEvent(reader, request(VeroWebhook.API, qs("aid", "crm"), JSON, body));
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "io.vero-v1", "aid", "crm"), withoutUnstruct(event));
    assertEquals("iglu:io.vero/sent/jsonschema/1-0-0", entitySchema(event));
    assertEntity("""
        {"sent_at":"2015-06-22T23:37:18.000Z",
         "user":{"id":"usr-123","email":"ada@example.com"},
         "campaign":{"id":987,"type":"transactional","name":"Order shipped","subject":"Your order is on its way",
                     "trigger-event":"order_shipped","permalink":"https://app.getvero.com/view/1/abc",
                     "variation":"Variation A","triggered_at":"2015-06-22T23:37:10.000Z"}}""", event);
  }

  @Test
  void userEventsHaveTheirSchemas() {
    assertEquals("iglu:io.vero/created/jsonschema/1-0-0", entitySchema(onlyEvent(reader,
        request(VeroWebhook.API, List.of(), JSON, "{\"type\":\"user_created\",\"user\":{\"id\":1}}"))));
    assertEquals("iglu:io.vero/updated/jsonschema/1-0-0", entitySchema(onlyEvent(reader,
        request(VeroWebhook.API, List.of(), JSON, "{\"type\":\"user_updated\",\"user\":{\"id\":1}}"))));
    for (String type : List.of("delivered", "opened", "clicked", "bounced", "unsubscribed")) {
      assertEquals("iglu:io.vero/" + type + "/jsonschema/1-0-0", entitySchema(onlyEvent(reader,
          request(VeroWebhook.API, List.of(), JSON, "{\"type\":\"" + type + "\"}"))));
    }
  }

  @Test
  void malformedBodiesAreAdapterFailures() {
    assertEquals("body", onlyInputData(reader, request(VeroWebhook.API, List.of(), JSON, null)).field());
    assertInstanceOf(FailureMessage.NotJson.class,
        failure(reader, request(VeroWebhook.API, List.of(), JSON, "type=sent")).messages().get(0));
    assertEquals("type", onlyInputData(reader, request(VeroWebhook.API, List.of(), JSON, "{\"user\":{}}")).field());
    assertEquals("converted", onlyInputData(reader, request(VeroWebhook.API, List.of(), JSON,
        "{\"type\":\"converted\"}")).value().orElseThrow());
  }
}
