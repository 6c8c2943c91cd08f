package io.sparkplow.protocol.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.collector.CollectorPayload.NameValue;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.AdaptedEvent;
import io.sparkplow.protocol.PayloadOrigin;
import io.sparkplow.protocol.Payloads;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Requests to webhook readers and checks of their outcomes, for tests. */
final class WebhookTesting {

  static final Processor PROCESSOR = new Processor("sparkplow-enrich", "0.1.0");
  static final Instant ETL = Instant.parse("2024-03-01T12:00:00Z");
  static final String LINE = "2024-03-01\t11:59:58\t-\t-\t198.51.100.7\tPOST\t198.51.100.7\t/vendor/v1\t200\t-\t-"
      + "\taid=shop&cv=clj-1.1.0-tom-0.2.0\t-\t-\t-\tapplication%2Fjson\teyJ0eXBlIjoib3BlbiJ9";
  static final PayloadOrigin ORIGIN = new PayloadOrigin(LINE, "clj-tomcat");
  static final String FORM = "application/x-www-form-urlencoded";
  static final String JSON = "application/json";

  private WebhookTesting() {}

  /** A request to {@code api}, as the clj-tomcat loader makes them. */
  static CollectorPayload request(Api api, List<NameValue> querystring, String contentType, String body) {
    return new CollectorPayload(api, querystring, Optional.ofNullable(contentType), Optional.ofNullable(body),
        Payloads.source("clj-tomcat"), Payloads.context());
  }

  /** A URL-encoded form (or querystring) from alternating names and values. */
  static String form(String... namesAndValues) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  static List<Result<AdaptedEvent, BadRow>> adapt(WebhookReader reader, CollectorPayload payload) {
    return new WebhookAdapter(reader, PROCESSOR, ETL).adapt(payload, ORIGIN);
  }

  /** The parameters of the events of a request that must be read. */
  static List<Map<String, String>> events(WebhookReader reader, CollectorPayload payload) {
    List<Result<AdaptedEvent, BadRow>> out = adapt(reader, payload);
    List<Map<String, String>> events = new ArrayList<>();
    for (Result<AdaptedEvent, BadRow> result : out) {
      assertTrue(result.isOk(), () -> "expected an event: " + result.error().toJson());
      assertEquals(ORIGIN, result.value().origin());
      assertEquals(payload.api(), result.value().event().api());
      events.add(result.value().event().parameters());
    }
    return events;
  }

  /** The parameters of the one event of a request. */
  static Map<String, String> onlyEvent(WebhookReader reader, CollectorPayload payload) {
    List<Map<String, String>> events = events(reader, payload);
    assertEquals(1, events.size());
    return events.get(0);
  }

  /** The one adapter failure of a request that must not be read; checks what it keeps. */
  static BadRow.AdapterFailures failure(WebhookReader reader, CollectorPayload payload) {
    List<Result<AdaptedEvent, BadRow>> out = adapt(reader, payload);
    assertEquals(1, out.size());
    assertFalse(out.get(0).isOk(), "expected an adapter failure");
    BadRow.AdapterFailures row = assertInstanceOf(BadRow.AdapterFailures.class, out.get(0).error());
    assertEquals(LINE, row.payload().line());
    assertEquals("clj-tomcat", row.payload().format());
    assertEquals(payload.api().vendor(), row.vendor());
    assertEquals(payload.api().version(), row.version());
    assertEquals(ETL, row.timestamp());
    assertFalse(row.messages().isEmpty());
    return row;
  }

  /** The one input data message of a failure. */
  static FailureMessage.InputData onlyInputData(WebhookReader reader, CollectorPayload payload) {
    BadRow.AdapterFailures row = failure(reader, payload);
    assertEquals(1, row.messages().size(), () -> row.messages().toString());
    return assertInstanceOf(FailureMessage.InputData.class, row.messages().get(0));
  }

  /** The parameters but {@code ue_pr}. */
  static Map<String, String> withoutUnstruct(Map<String, String> parameters) {
    Map<String, String> out = new LinkedHashMap<>(parameters);
    out.remove("ue_pr");
    return out;
  }

  /** The schema URI of the entity of an event's {@code ue_pr}, checking its envelope. */
  static String entitySchema(Map<String, String> parameters) {
    JsonNode envelope = Json.parse(parameters.get("ue_pr")).value();
    assertEquals("iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0",
        envelope.get("schema").textValue());
    assertEquals(2, envelope.size());
    assertEquals(2, envelope.get("data").size());
    return envelope.get("data").get("schema").textValue();
  }

  /** The entity data of an event's {@code ue_pr}. */
  static JsonNode entity(Map<String, String> parameters) {
    return Json.parse(parameters.get("ue_pr")).value().get("data").get("data");
  }

  /** Checks an entity against JSON written in a test (object field order aside). */
  static void assertEntity(String expectedJson, Map<String, String> parameters) {
    assertEquals(Json.parse(expectedJson).value(), entity(parameters), parameters.get("ue_pr"));
  }

  static List<NameValue> qs(String... namesAndValues) {
    return Payloads.qs(namesAndValues);
  }
}
