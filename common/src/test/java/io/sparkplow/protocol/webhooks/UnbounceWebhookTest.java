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

import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnbounceWebhookTest {

  final UnbounceWebhook reader = new UnbounceWebhook();

  static final String DATA_JSON = "{\"email\":[\"ada@example.com\"],\"first_name\":[\"Ada\"],"
      + "\"ip_address\":\"203.0.113.8\",\"page_uuid\":\"4a7b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d\","
      + "\"date_submitted\":\"2017-03-21\",\"time_submitted\":\"04:51 PM UTC\"}";

  static final String BODY = form(
      "page_id", "4a7b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d",
      "page_name", "Spring sale",
      "variant", "b",
      "page_url", "https://offers.example.com/spring-sale/",
      "data.json", DATA_JSON,
      "data.xml", "<?xml version=\"1.0\"?><form_data></form_data>");

  @Test
  void formPostWithItsDataJsonInCamelCase() {
    Map<String, String> event = onlyEvent(reader, request(UnbounceWebhook.API, qs("aid", "landing"), FORM, BODY));
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.unbounce-v1", "aid", "landing"), withoutUnstruct(event));
    assertEquals("iglu:com.unbounce/form_post/jsonschema/1-0-0", entitySchema(event));
    assertEntity("""
        {"pageId":"4a7b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d","pageName":"Spring sale","variant":"b",
         "pageUrl":"https://offers.example.com/spring-sale/",
         "data.json":{"email":["ada@example.com"],"firstName":["Ada"],"ipAddress":"203.0.113.8",
                      "pageUuid":"4a7b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d","dateSubmitted":"2017-03-21",
                      "timeSubmitted":"04:51 PM UTC"}}""", event);
  }

  @Test
  void everyMissingFieldIsNamed() {
    BadRow.AdapterFailures row = failure(reader, request(UnbounceWebhook.API, List.of(), FORM,
        form("page_id", "4a7b", "variant", "a")));
    assertEquals(List.of("page_name", "page_url", "data.json"), row.messages().stream()
        .map(m -> ((FailureMessage.InputData) m).field()).toList());
  }

  @Test
  void malformedRequestsAreAdapterFailures() {
    assertEquals("body", onlyInputData(reader, request(UnbounceWebhook.API, List.of(), FORM, null)).field());
    assertEquals("contentType", onlyInputData(reader, request(UnbounceWebhook.API, List.of(), JSON, "{}")).field());
    String notJson = form("page_id", "1", "page_name", "n", "variant", "a", "page_url", "https://x.example/",
        "data.json", "{email:");
    FailureMessage.NotJson message = assertInstanceOf(FailureMessage.NotJson.class,
        failure(reader, request(UnbounceWebhook.API, List.of(), FORM, notJson)).messages().get(0));
    assertEquals("data.json", message.field());
  }
}
