package io.sparkplow.protocol.webhooks;

import static io.sparkplow.protocol.webhooks.WebhookTesting.assertEntity;
import static io.sparkplow.protocol.webhooks.WebhookTesting.entitySchema;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyEvent;
import static io.sparkplow.protocol.webhooks.WebhookTesting.onlyInputData;
import static io.sparkplow.protocol.webhooks.WebhookTesting.qs;
import static io.sparkplow.protocol.webhooks.WebhookTesting.request;
import static io.sparkplow.protocol.webhooks.WebhookTesting.withoutUnstruct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallrailWebhookTest {

  final CallrailWebhook reader = new CallrailWebhook();

  /** A post-call webhook as CallRail sends it: every call field a querystring parameter. */
  static CollectorPayload call() {
    return request(CallrailWebhook.API, qs(
        "aid", "calls",
        "answered", "false",
        "callercity", "PORTLAND",
        "callercountry", "US",
        "callername", "JANE DOE",
        "callernum", "+15035550123",
        "callerstate", "OR",
        "callerzip", "97201",
        "callsource", "google_paid",
        "datetime", "2016-03-02 21:15:07",
        "destinationnum", "5035550100",
        "duration", "38",
        "first_call", "true",
        "ga", "",
        "gclid", "Cj0KEQiA",
        "id", "210987654",
        "ip", "203.0.113.9",
        "keywords", "trail running shoes",
        "landingpage", "https://shop.example.com/?utm_source=google",
        "recording", "",
        "referrer", "google",
        "referrermedium", "CPC",
        "trackingnum", "+15035550199",
        "utm_campaign", "spring",
        "cv", "clj-1.1.0-tom-0.2.0",
        "nuid", "8a1f0c52-7d3b-4f7e-9c44-0b6f1b2e9d31"), null, null);
  }

  @Test
  void callFieldsBecomeATypedCallCompleteEntity() {
    Map<String, String> event = onlyEvent(reader, call());
    assertEquals(Map.of("e", "ue", "p", "srv", "tv", "com.callrail-v1", "aid", "calls",
        "cv", "clj-1.1.0-tom-0.2.0", "nuid", "8a1f0c52-7d3b-4f7e-9c44-0b6f1b2e9d31"), withoutUnstruct(event));
    assertEquals("iglu:com.callrail/call_complete/jsonschema/1-0-2", entitySchema(event));
    assertEntity("""
        {"answered":false,"callercity":"PORTLAND","callercountry":"US","callername":"JANE DOE",
         "callernum":"+15035550123","callerstate":"OR","callerzip":"97201","callsource":"google_paid",
         "datetime":"2016-03-02T21:15:07.000Z","destinationnum":"5035550100","duration":38,"first_call":true,
         "ga":null,"gclid":"Cj0KEQiA","id":"210987654","ip":"203.0.113.9","keywords":"trail running shoes",
         "landingpage":"https://shop.example.com/?utm_source=google","recording":null,"referrer":"google",
         "referrermedium":"CPC","trackingnum":"+15035550199","utm_campaign":"spring"}""", event);
  }

  @Test
  void valuesThatDoNotConvertStayStringsForTheSchemaToJudge() {
    Map<String, String> event = onlyEvent(reader, request(CallrailWebhook.API,
        qs("id", "1", "answered", "yes", "duration", "4.5", "datetime", "03/02/2016 21:15"), null, null));
    assertEntity("{\"id\":\"1\",\"answered\":\"yes\",\"duration\":\"4.5\",\"datetime\":\"03/02/2016 21:15\"}", event);
  }

  @Test
  void platformAndPassedThroughParametersComeFromTheQuerystring() {
    Map<String, String> event = onlyEvent(reader, request(CallrailWebhook.API,
        qs("id", "7", "p", "app", "eid", "b7b0d7e2-3f7c-4a31-8a50-2a0f5a8f3c11", "url", "https://shop.example.com/"),
        null, null));
    assertEquals("app", event.get("p"));
    assertEquals("b7b0d7e2-3f7c-4a31-8a50-2a0f5a8f3c11", event.get("eid"));
    assertEquals("https://shop.example.com/", event.get("url"));
    // p describes the request, not the call; eid and url are both passed through and kept as data
    assertEntity("{\"id\":\"7\",\"eid\":\"b7b0d7e2-3f7c-4a31-8a50-2a0f5a8f3c11\",\"url\":\"https://shop.example.com/\"}",
        event);
  }

  @Test
  void emptyQuerystringIsAnAdapterFailure() {
    FailureMessage.InputData message = onlyInputData(reader, request(CallrailWebhook.API, List.of(), null, null));
    assertEquals("querystring", message.field());
    assertEquals(Optional.empty(), message.value());
  }
}
