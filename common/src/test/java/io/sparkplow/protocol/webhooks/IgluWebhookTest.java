package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.FORM;
import static io.sparkplow.protocol.webhooks.WebhookTesting.JSON;
import static io.sparkplow.protocol.webhooks.WebhookTesting.assertEntity;
import static io.sparkplow.protocol.webhooks.WebhookTesting.entitySchema;
import static io.sparkplow.protocol.webhooks.WebhookTesting.events;
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

class IgluWebhookTest {

  final IgluWebhook reader = new IgluWebhook();

  static final String SIGNUP = "iglu:com.acme/signup_form_submitted/jsonschema/1-0-0";

  @Test
  void getQuerystringIsTheEntityButItsSchemaAndRequestParameters() {
    Map<String, String> event = onlyEvent(reader, request(IgluWebhook.API, qs("schema", SIGNUP, "name", "Ada",
        "email", "ada@example.com", "company", "", "aid", "website", "cv", "clj-1.1.0-tom-0.2.0"), null, null));
    assertEquals(Map.of("e", "ue", "p", "app", "tv", "com.snowplowanalytics.iglu-v1", "aid", "website",
        "cv", "clj-1.1.0-tom-0.2.0"), withoutUnstruct(event));
    assertEquals(SIGNUP, entitySchema(event));
    assertEntity("{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"company\":null}", event);
  }

  @Test
  void jsonBodyUnderTheQuerystringsSchema() {
    Map<String, String> event = onlyEvent(reader, request(IgluWebhook.API, qs("schema", SIGNUP, "p", "srv"),
        "application/json; charset=utf-8", "{\"name\":\"Ada\",\"eventsPerMonth\":\"1 - 10 million\",\"seats\":3}"));
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.snowplowanalytics.iglu-v1"), withoutUnstruct(event));
    assertEntity("{\"name\":\"Ada\",\"eventsPerMonth\":\"1 - 10 million\",\"seats\":3}", event);
  }

  @Test
  void jsonArrayBodyIsOneEventPerElement() {
    List<Map<String, String>> out = events(reader, request(IgluWebhook.API, qs("schema", SIGNUP), JSON,
        "[{\"name\":\"Ada\"},{\"name\":\"Grace\"}]"));
    assertEquals(2, out.size());
    assertEntity("{\"name\":\"Grace\"}", out.get(1));
  }

  @Test
  void formBodyUnderTheQuerystringsSchema() {
    Map<String, String> event = onlyEvent(reader, request(IgluWebhook.API, qs("schema", SIGNUP, "aid", "website"),
        FORM, form("name", "Ada", "serviceType", "managed")));
    assertEquals(SIGNUP, entitySchema(event));
    assertEntity("{\"name\":\"Ada\",\"serviceType\":\"managed\"}", event);
    assertEquals("website", event.get("aid"));
  }

  @Test
  void selfDescribingJsonBodyNamesItsOwnSchema() {
    Map<String, String> event = onlyEvent(reader, request(IgluWebhook.API, qs("aid", "website"), JSON,
        "{\"schema\":\"" + SIGNUP + "\",\"data\":{\"name\":\"Ada\",\"email\":\"ada@example.com\"}}"));
    assertEquals(SIGNUP, entitySchema(event));
    assertEntity("{\"name\":\"Ada\",\"email\":\"ada@example.com\"}", event);
  }

  @Test
  void formBodyMayNameItsSchema() {
    Map<String, String> event = onlyEvent(reader, request(IgluWebhook.API, List.of(), FORM,
        form("schema", SIGNUP, "name", "Ada")));
    assertEquals(SIGNUP, entitySchema(event));
    assertEntity("{\"name\":\"Ada\"}", event);
  }

  @Test
  void malformedRequestsAreAdapterFailures() {
    assertEquals("schema", onlyInputData(reader, request(IgluWebhook.API, qs("name", "Ada"), null, null)).field());
    FailureMessage.InputData badSchema = onlyInputData(reader, request(IgluWebhook.API,
        qs("schema", "com.acme/signup/1-0-0", "name", "Ada"), null, null));
    assertEquals("com.acme/signup/1-0-0", badSchema.value().orElseThrow());
    assertEquals("contentType", onlyInputData(reader, request(IgluWebhook.API, qs("schema", SIGNUP), null,
        "{\"name\":\"Ada\"}")).field());
    assertEquals("text/csv", onlyInputData(reader, request(IgluWebhook.API, qs("schema", SIGNUP), "text/csv",
        "name\nAda")).value().orElseThrow());
    assertInstanceOf(FailureMessage.NotJson.class, failure(reader, request(IgluWebhook.API, qs("schema", SIGNUP), JSON,
        "{\"name\":")).messages().get(0));
    assertEquals("body", onlyInputData(reader, request(IgluWebhook.API, qs("schema", SIGNUP), JSON, "{}")).field());
    assertEquals("body", onlyInputData(reader, request(IgluWebhook.API, qs("schema", SIGNUP), JSON, "[]")).field());
    assertEquals("body", onlyInputData(reader, request(IgluWebhook.API, qs("schema", SIGNUP), JSON, "42")).field());
    assertInstanceOf(FailureMessage.NotIglu.class, failure(reader, request(IgluWebhook.API, List.of(), JSON,
        "{\"name\":\"Ada\"}")).messages().get(0));
    assertEquals("schema", onlyInputData(reader, request(IgluWebhook.API, List.of(), FORM, form("name", "Ada")))
        .field());
  }
}
