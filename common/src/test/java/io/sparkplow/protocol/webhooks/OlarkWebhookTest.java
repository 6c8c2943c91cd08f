package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.FORM;
import static io.sparkplow.protocol.webhooks.WebhookTesting.JSON;
import static io.sparkplow.protocol.webhooks.WebhookTesting.assertEntity;
import static io.sparkplow.protocol.webhooks.WebhookTesting.entitySchema;
import static io.sparkplow.protocol.webhooks.WebhookTesting.failure;
import static io.sparkplow.protocol.webhooks.WebhookTesting.form;
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

class OlarkWebhookTest {

  final OlarkWebhook reader = new OlarkWebhook();

  static final String TRANSCRIPT = """
      {"kind":"Conversation","id":"NF3aQq1f8uY0mWbC7bLZ4","manuallySubmitted":false,
       "items":[{"kind":"MessageToOperator","nickname":"Ada (London)","timestamp":"1307116657.1",
                 "body":"Hi, where is my order?"},
                {"kind":"MessageToVisitor","nickname":"Sam","timestamp":"1307116661.123456",
                 "body":"Let me check.","operator_id":"6208911878914048"}],
       "tags":["orders"],
       "visitor":{"kind":"Visitor","id":"9QRF9YWM5XW3ZSU7P9CGWRU89944341","full_name":"Ada",
                  "email_address":"ada@example.com","ip":"203.0.113.8","city":"London","country_code":"GB"},
       "operators":{"6208911878914048":{"kind":"Operator","id":"6208911878914048","nickname":"Sam",
                    "email_address":"sam@shop.example.com","username":"sam-shop"}},
       "groups":[{"kind":"Group","id":"0123456789abcdef","name":"Support"}]}""";

  @Test
  void conversationWithOperatorsIsATranscriptInCamelCaseWithIsoTimes() {
    Map<String, String> event = onlyEvent(reader, request(OlarkWebhook.API, qs("aid", "chat"), FORM,
        form("data", TRANSCRIPT)));
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.olark-v1", "aid", "chat"), withoutUnstruct(event));
    assertEquals("iglu:com.olark/transcript/jsonschema/1-0-0", entitySchema(event));
    assertEntity("""
        {"kind":"Conversation","id":"NF3aQq1f8uY0mWbC7bLZ4","manuallySubmitted":false,
         "items":[{"kind":"MessageToOperator","nickname":"Ada (London)","timestamp":"2011-06-03T15:57:37.100Z",
                   "body":"Hi, where is my order?"},
                  {"kind":"MessageToVisitor","nickname":"Sam","timestamp":"2011-06-03T15:57:41.123Z",
                   "body":"Let me check.","operatorId":"6208911878914048"}],
         "tags":["orders"],
         "visitor":{"kind":"Visitor","id":"9QRF9YWM5XW3ZSU7P9CGWRU89944341","fullName":"Ada",
                    "emailAddress":"ada@example.com","ip":"203.0.113.8","city":"London","countryCode":"GB"},
         "operators":{"6208911878914048":{"kind":"Operator","id":"6208911878914048","nickname":"Sam",
                      "emailAddress":"sam@shop.example.com","username":"sam-shop"}},
         "groups":[{"kind":"Group","id":"0123456789abcdef","name":"Support"}]}""", event);
  }

  @Test
  void conversationWithoutOperatorsIsAnOfflineMessage() {
    Map<String, String> event = onlyEvent(reader, request(OlarkWebhook.API, List.of(), FORM, form("data",
        "{\"kind\":\"Conversation\",\"items\":[{\"kind\":\"OfflineMessage\",\"timestamp\":\"1307116657\"}]}")));
    assertEquals("iglu:com.olark/offline_message/jsonschema/1-0-0", entitySchema(event));
    assertEntity("{\"kind\":\"Conversation\",\"items\":[{\"kind\":\"OfflineMessage\","
        + "\"timestamp\":\"2011-06-03T15:57:37.000Z\"}]}", event);
  }

  @Test
  void malformedRequestsAreAdapterFailures() {
    assertEquals("data", onlyInputData(reader, request(OlarkWebhook.API, List.of(), FORM, form("conversation", "{}")))
        .field());
    assertInstanceOf(FailureMessage.NotJson.class,
        failure(reader, request(OlarkWebhook.API, List.of(), FORM, form("data", "{\"kind\""))).messages().get(0));
    assertEquals("contentType", onlyInputData(reader, request(OlarkWebhook.API, List.of(), JSON, TRANSCRIPT)).field());
    FailureMessage.InputData badTime = onlyInputData(reader, request(OlarkWebhook.API, List.of(), FORM,
        form("data", "{\"items\":[{\"timestamp\":\"noon\"}]}")));
    assertEquals("timestamp", badTime.field());
    assertEquals("noon", badTime.value().orElseThrow());
  }
}
