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

class MarketoWebhookTest {

  final MarketoWebhook reader = new MarketoWebhook();

  @Test
  void bodyIsOneEventWithItsDateTimesInIso() {
    String body = """
        {"name":"Lead scored","step":2,"description":null,
         "campaign":{"id":1042,"name":"Nurture Q3"},
         "lead":{"first_name":"Ada","email_address":"ada@example.com","black_listed":false,"lead_score":75,
                 "created_at":"2019-07-01 08:30:00","updated_at":"2019-07-02 17:05:59",
                 "email_suspended_at":"","date_of_birth":"1990-12-10"},
         "company":{"name":"Analytical Engines Ltd","num_employees":12},
         "datetime":"2019-07-02 17:06:00"}""";
    Map<String, String> event = onlyEvent(reader, request(MarketoWebhook.API, qs("aid", "marketing"), JSON, body));
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.marketo-v1", "aid", "marketing"), withoutUnstruct(event));
    assertEquals("iglu:com.marketo/event/jsonschema/2-0-0", entitySchema(event));
    assertEntity("""
        {"name":"Lead scored","step":2,"description":null,
         "campaign":{"id":1042,"name":"Nurture Q3"},
         "lead":{"first_name":"Ada","email_address":"ada@example.com","black_listed":false,"lead_score":75,
                 "created_at":"2019-07-01T08:30:00.000Z","updated_at":"2019-07-02T17:05:59.000Z",
                 "email_suspended_at":"","date_of_birth":"1990-12-10"},
         "company":{"name":"Analytical Engines Ltd","num_employees":12},
         "datetime":"2019-07-02T17:06:00.000Z"}""", event);
  }

  @Test
  void contentTypeIsNotChecked() {
    assertEquals("iglu:com.marketo/event/jsonschema/2-0-0",
        entitySchema(onlyEvent(reader, request(MarketoWebhook.API, List.of(), "text/plain", "{\"name\":\"x\"}"))));
  }

  @Test
  void malformedBodiesAreAdapterFailures() {
    assertEquals("body", onlyInputData(reader, request(MarketoWebhook.API, List.of(), JSON, null)).field());
    assertEquals("body", onlyInputData(reader, request(MarketoWebhook.API, List.of(), JSON, " ")).field());
    assertInstanceOf(FailureMessage.NotJson.class,
        failure(reader, request(MarketoWebhook.API, List.of(), JSON, "name=Lead+scored")).messages().get(0));
    FailureMessage.InputData notObject = onlyInputData(reader,
        request(MarketoWebhook.API, List.of(), JSON, "[{\"name\":\"x\"}]"));
    assertEquals("a JSON object", notObject.expectation());
  }
}
