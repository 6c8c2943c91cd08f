package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.FORM;
import static io.sparkplow.protocol.webhooks.WebhookTesting.JSON;
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

import io.sparkplow.badrow.FailureMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SendgridWebhookTest {

  final SendgridWebhook reader = new SendgridWebhook();

  static final String BATCH = """
      [{"email":"lin@example.com","timestamp":1699999999,"smtp-id":"<14c5d75ce93.dfd.64b469@ismtpd-555>",
        "event":"processed","category":["receipt","q4"],"sg_event_id":"rbtnWrG1DVDGGGFHFyun0A==",
        "sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0","asm_group_id":7},
       {"email":"lin@example.com","timestamp":1700000050,"event":"click","url":"https://shop.example.com/q4",
        "useragent":"Mozilla/5.0","ip":"203.0.113.44","sg_event_id":"x9V9lCqXQxylVH2wOJrsXA=="}]""";

  @Test
  void eachEventIsAnEventOfItsTypesSchema() {
    List<Map<String, String>> out = events(reader, request(SendgridWebhook.API, qs("aid", "mail", "ip", "x"), JSON,
        BATCH));
    assertEquals(2, out.size());
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.sendgrid-v3", "aid", "mail"), withoutUnstruct(out.get(0)));
    assertEquals("iglu:com.sendgrid/processed/jsonschema/2-0-0", entitySchema(out.get(0)));
    assertEntity("""
        {"email":"lin@example.com","timestamp":"2023-11-14T22:13:19.000Z",
         "smtp-id":"<14c5d75ce93.dfd.64b469@ismtpd-555>","category":["receipt","q4"],
         "sg_event_id":"rbtnWrG1DVDGGGFHFyun0A==",
         "sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0","asm_group_id":7}""", out.get(0));
    assertEquals("iglu:com.sendgrid/click/jsonschema/2-0-0", entitySchema(out.get(1)));
    assertEntity("""
        {"email":"lin@example.com","timestamp":"2023-11-14T22:14:10.000Z","url":"https://shop.example.com/q4",
         "useragent":"Mozilla/5.0","ip":"203.0.113.44","sg_event_id":"x9V9lCqXQxylVH2wOJrsXA=="}""", out.get(1));
  }

  @Test
  void everyEventTypeHasASchema() {
    for (String type : List.of("processed", "dropped", "delivered", "deferred", "bounce", "open", "click",
        "spamreport", "unsubscribe", "group_unsubscribe", "group_resubscribe")) {
      assertEquals("iglu:com.sendgrid/" + type + "/jsonschema/2-0-0", entitySchema(events(reader,
          request(SendgridWebhook.API, List.of(), JSON, "[{\"event\":\"" + type + "\"}]")).get(0)));
    }
  }

  @Test
  void malformedRequestsAreAdapterFailures() {
    assertEquals("contentType", onlyInputData(reader, request(SendgridWebhook.API, List.of(), FORM, BATCH)).field());
    assertInstanceOf(FailureMessage.NotJson.class,
        failure(reader, request(SendgridWebhook.API, List.of(), JSON, "[{\"event\":\"open\"},")).messages().get(0));
    assertEquals("body", onlyInputData(reader, request(SendgridWebhook.API, List.of(), JSON,
        "{\"event\":\"open\"}")).field());
    assertEquals("event", onlyInputData(reader, request(SendgridWebhook.API, List.of(), JSON,
        "[{\"email\":\"lin@example.com\"}]")).field());
    assertEquals("blocked", onlyInputData(reader, request(SendgridWebhook.API, List.of(), JSON,
        "[{\"event\":\"blocked\"}]")).value().orElseThrow());
  }
}
