package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.FORM;
import static io.sparkplow.protocol.webhooks.WebhookTesting.JSON;
import static io.sparkplow.protocol.webhooks.WebhookTesting.assertEntity;
import static io.sparkplow.protocol.webhooks.WebhookTesting.entitySchema;
import static io.sparkplow.protocol.webhooks.WebhookTesting.form;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyEvent;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyInputData;
import static io.sparkplow.protocol.webhooks.WebhookTesting.qs;
import static io.sparkplow.protocol.webhooks.WebhookTesting.request;
import static io.sparkplow.protocol.webhooks.WebhookTesting.withoutUnstruct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusGatorWebhookTest {

  final StatusGatorWebhook reader = new StatusGatorWebhook();

  static final String BODY = form(
      "service_name", "GitHub",
      "favicon_url", "https://favicons.example.net/github.ico",
      "status_page_url", "https://www.githubstatus.com/",
      "home_page_url", "https://github.com/",
      "current_status", "down",
      "last_status", "up",
      "occurred_at", "2021-05-04T09:12:44+00:00");

  @Test
  void formFieldsBecomeACamelCaseStatusChange() {
    Map<String, String> event = onlyEvent(reader, request(StatusGatorWebhook.API,
        qs("cv", "clj-1.1.0-tom-0.2.0", "nuid", "0f3e0c6c-3a0e-4a52-9b8e-1d2c3b4a5f60"), FORM, BODY));
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.statusgator-v1", "cv", "clj-1.1.0-tom-0.2.0",
        "nuid", "0f3e0c6c-3a0e-4a52-9b8e-1d2c3b4a5f60"), withoutUnstruct(event));
    assertEquals("iglu:com.statusgator/status_change/jsonschema/1-0-0", entitySchema(event));
    assertEntity("""
        {"serviceName":"GitHub","faviconUrl":"https://favicons.example.net/github.ico",
         "statusPageUrl":"https://www.githubstatus.com/","homePageUrl":"https://github.com/",
         "currentStatus":"down","lastStatus":"up","occurredAt":"2021-05-04T09:12:44+00:00"}""", event);
  }

  @Test
  void malformedRequestsAreAdapterFailures() {
    assertEquals("body", onlyInputData(reader, request(StatusGatorWebhook.API, List.of(), FORM, null)).field());
    assertEquals("contentType", onlyInputData(reader, request(StatusGatorWebhook.API, List.of(), null, BODY)).field());
    assertEquals("contentType", onlyInputData(reader, request(StatusGatorWebhook.API, List.of(), JSON,
        "{\"service_name\":\"GitHub\"}")).field());
    assertEquals("body", onlyInputData(reader, request(StatusGatorWebhook.API, List.of(), FORM, "&&")).field());
  }
}
