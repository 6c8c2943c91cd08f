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

import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrbanAirshipWebhookTest {

  final UrbanAirshipWebhook reader = new UrbanAirshipWebhook();

  static final String CLOSE = """
      {"id":"e3314efb-9058-dbaf-c4bb-b754fca73613","offset":"1","occurred":"2016-02-17T10:03:41.230Z",
       "processed":"2016-02-17T10:03:42.201Z","device":{"android_channel":"6a6c4fa6-3d73-4f1d-9c6e-0a9a3e9c1b2d"},
       "body":{"session_id":"27c75cab-a0b8-9da2-bc07-6d7253e0e13f"},"type":"CLOSE"}""";

  @Test
  void eventIsTheWholeBodyWithItsIdAndTimeAsParameters() {
    Map<String, String> event = onlyEvent(reader, request(UrbanAirshipWebhook.API,
        qs("aid", "mobile", "eid", "11111111-2222-3333-4444-555555555555"), JSON, CLOSE));
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.urbanairship.connect-v1", "aid", "mobile",
        "eid", "e3314efb-9058-dbaf-c4bb-b754fca73613", "ttm", "1455703421230"), withoutUnstruct(event));
    assertEquals("iglu:com.urbanairship.connect/CLOSE/jsonschema/1-0-0", entitySchema(event));
    assertEntity(CLOSE, event);
  }

  @Test
  void occurredMayCarryAnOffset() {
    Map<String, String> event = onlyEvent(reader, request(UrbanAirshipWebhook.API, List.of(), JSON,
        "{\"id\":\"a\",\"occurred\":\"2016-02-17T11:03:41+01:00\",\"type\":\"OPEN\"}"));
    assertEquals("1455703421000", event.get("ttm"));
    assertEquals("iglu:com.urbanairship.connect/OPEN/jsonschema/1-0-0", entitySchema(event));
  }

  @Test
  void missingTypeIdAndTimeAreEachAFailure() {
    BadRow.AdapterFailures row = failure(reader, request(UrbanAirshipWebhook.API, List.of(), JSON,
        "{\"occurred\":\"yesterday\",\"body\":{}}"));
    assertEquals(List.of("type", "id", "occurred"), row.messages().stream()
        .map(m -> ((FailureMessage.InputData) m).field()).toList());
    assertEquals("yesterday", ((FailureMessage.InputData) row.messages().get(2)).value().orElseThrow());
  }

  @Test
  void malformedBodiesAreAdapterFailures() {
    assertEquals("body", onlyInputData(reader, request(UrbanAirshipWebhook.API, List.of(), JSON, null)).field());
    assertEquals("body", onlyInputData(reader, request(UrbanAirshipWebhook.API, List.of(), JSON, "[" + CLOSE + "]"))
        .field());
    assertEquals("UNKNOWN_EVENT", onlyInputData(reader, request(UrbanAirshipWebhook.API, List.of(), JSON,
        "{\"id\":\"a\",\"occurred\":\"2016-02-17T10:03:41.230Z\",\"type\":\"UNKNOWN_EVENT\"}")).value().orElseThrow());
  }
}
