package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.FORM;
import static io.sparkplow.protocol.webhooks.WebhookTesting.JSON;
import static io.sparkplow.protocol.webhooks.WebhookTesting.assertEntity;
import static io.sparkplow.protocol.webhooks.WebhookTesting.entitySchema;
import static io.sparkplow.protocol.webhooks.WebhookTesting.events;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyInputData;
import static io.sparkplow.protocol.webhooks.WebhookTesting.request;
import static io.sparkplow.protocol.webhooks.WebhookTesting.withoutUnstruct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagerdutyWebhookTest {

  final PagerdutyWebhook reader = new PagerdutyWebhook();

  static final String BODY = """
      {"messages":[
        {"type":"incident.trigger","id":"7c9e2b30-5ad1-11e5-8f2a-22000ae31361","created_on":"2015-09-14T15:01:02 00:00",
         "data":{"incident":{"id":"PQ8XYZ1","incident_number":1871,"created_on":"2015-09-14T15:01:01Z",
           "status":"triggered","html_url":"https://acme.pagerduty.com/incidents/PQ8XYZ1","incident_key":"null",
           "service":{"id":"PSVC123","name":"Checkout API","html_url":"https://acme.pagerduty.com/services/PSVC123",
                      "deleted_at":"null"},
           "trigger_summary_data":{"subject":"5xx rate above 2%"},
           "last_status_change_on":"2015-09-14T15:01:01 00:00","last_status_change_by":"null",
           "number_of_escalations":0}}},
        {"type":"incident.resolve","id":"8d0f3c41-5ad1-11e5-8f2a-22000ae31361","created_on":"2015-09-14T15:20:40+00:00",
         "data":{"incident":{"id":"PQ8XYZ1","status":"resolved"}}}]}""";

  @Test
  void eachMessageIsAnIncidentEvent() {
    List<Map<String, String>> out = events(reader, request(PagerdutyWebhook.API, List.of(), JSON, BODY));
    assertEquals(2, out.size());
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.pagerduty-v1"), withoutUnstruct(out.get(0)));
    assertEquals("iglu:com.pagerduty/incident/jsonschema/1-0-0", entitySchema(out.get(0)));
    assertEntity("""
        {"type":"trigger","id":"7c9e2b30-5ad1-11e5-8f2a-22000ae31361","created_on":"2015-09-14T15:01:02+00:00",
         "data":{"incident":{"id":"PQ8XYZ1","incident_number":1871,"created_on":"2015-09-14T15:01:01Z",
           "status":"triggered","html_url":"https://acme.pagerduty.com/incidents/PQ8XYZ1","incident_key":null,
           "service":{"id":"PSVC123","name":"Checkout API","html_url":"https://acme.pagerduty.com/services/PSVC123",
                      "deleted_at":null},
           "trigger_summary_data":{"subject":"5xx rate above 2%"},
           "last_status_change_on":"2015-09-14T15:01:01+00:00","last_status_change_by":null,
           "number_of_escalations":0}}}""", out.get(0));
    assertEntity("""
        {"type":"resolve","id":"8d0f3c41-5ad1-11e5-8f2a-22000ae31361","created_on":"2015-09-14T15:20:40+00:00",
         "data":{"incident":{"id":"PQ8XYZ1","status":"resolved"}}}""", out.get(1));
  }

  @Test
  void everyIncidentTypeIsAnIncident() {
    for (String type : List.of("trigger", "acknowledge", "unacknowledge", "resolve", "assign", "escalate", "delegate")) {
      Map<String, String> event = events(reader, request(PagerdutyWebhook.API, List.of(), JSON,
          "{\"messages\":[{\"type\":\"incident." + type + "\"}]}")).get(0);
      assertEntity("{\"type\":\"" + type + "\"}", event);
    }
  }

  @Test
  void malformedRequestsAreAdapterFailures() {
    assertEquals("messages", onlyInputData(reader, request(PagerdutyWebhook.API, List.of(), JSON,
        "{\"message\":[]}")).field());
    assertEquals("messages", onlyInputData(reader, request(PagerdutyWebhook.API, List.of(), JSON,
        "{\"messages\":{\"type\":\"incident.trigger\"}}")).field());
    assertEquals("messages", onlyInputData(reader, request(PagerdutyWebhook.API, List.of(), JSON,
        "{\"messages\":[]}")).field());
    assertEquals("contentType", onlyInputData(reader, request(PagerdutyWebhook.API, List.of(), FORM, BODY)).field());
    assertEquals("incident.snooze", onlyInputData(reader, request(PagerdutyWebhook.API, List.of(), JSON,
        "{\"messages\":[{\"type\":\"incident.snooze\"}]}")).value().orElseThrow());
    assertEquals("type", onlyInputData(reader, request(PagerdutyWebhook.API, List.of(), JSON,
        "{\"messages\":[{\"id\":\"x\"}]}")).field());
  }
}
