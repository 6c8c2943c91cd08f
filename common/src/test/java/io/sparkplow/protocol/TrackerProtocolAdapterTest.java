package io.sparkplow.protocol;

import static io.sparkplow.protocol.Payloads.get;
import static io.sparkplow.protocol.Payloads.post;
import static io.sparkplow.protocol.Payloads.qs;
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
import io.sparkplow.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TrackerProtocolAdapterTest {

  static final Processor PROCESSOR = new Processor("sparkplow-enrich", "0.1.0");
  static final Instant ETL = Instant.parse("2024-03-01T12:00:00Z");
  static final PayloadOrigin ORIGIN = new PayloadOrigin("the original line", "clj-tomcat");
  static final String PAYLOAD_DATA = "iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4";
  static final String JSON = "application/json; charset=utf-8";

  final FakeValidator validator = new FakeValidator();
  final TrackerProtocolAdapter adapter = new TrackerProtocolAdapter(validator, PROCESSOR, ETL);

  static String body(String... elements) {
    return "{\"schema\":\"" + PAYLOAD_DATA + "\",\"data\":[" + String.join(",", elements) + "]}";
  }

  static BadRow onlyBad(List<Result<AdaptedEvent, BadRow>> out) {
    assertEquals(1, out.size());
    assertFalse(out.get(0).isOk(), "expected a bad row");
    BadRow row = out.get(0).error();
    assertTrue(row.toJson().contains("\"line\":\"the original line\""), "bad row keeps the line: " + row.toJson());
    return row;
  }

  static FailureMessage.InputData onlyInputData(BadRow row) {
    List<FailureMessage> messages = row instanceof BadRow.TrackerProtocolViolations t ? t.messages()
        : ((BadRow.SchemaViolations) row).messages();
    assertEquals(1, messages.size());
    return assertInstanceOf(FailureMessage.InputData.class, messages.get(0));
  }

  // --- GET (tp1)

  @Test
  void getQuerystringIsOneEventWithParametersInTheOrderSent() {
    var out = adapter.adapt(get(qs("e", "pv", "url", "http://shop.example.com/", "aid", "shop", "tv", "js-2.8.0")),
        ORIGIN);
    assertEquals(1, out.size());
    AdaptedEvent event = out.get(0).value();
    assertEquals(List.of("e", "url", "aid", "tv"), List.copyOf(event.event().parameters().keySet()));
    assertEquals("shop", event.event().parameter("aid"));
    assertEquals(OptionalInt.empty(), event.index());
    assertEquals(0, event.position());
    assertEquals(ORIGIN, event.origin());
    assertEquals(CollectorPayload.Api.TP1, event.event().api());
    assertEquals("cloudfront", event.event().source().name());
  }

  @Test
  void getRepeatedParameterKeepsItsLastValueAtItsFirstPosition() {
    var out = adapter.adapt(get(qs("e", "pv", "nuid", "from-tracker", "aid", "shop", "nuid", "from-collector")), ORIGIN);
    Map<String, String> parameters = out.get(0).value().event().parameters();
    assertEquals("from-collector", parameters.get("nuid"));
    assertEquals(List.of("e", "nuid", "aid"), List.copyOf(parameters.keySet()));
  }

  @Test
  void getWithEmptyQuerystringIsATrackerProtocolViolation() {
    BadRow row = onlyBad(adapter.adapt(get(List.of()), ORIGIN));
    assertInstanceOf(BadRow.TrackerProtocolViolations.class, row);
    assertEquals("querystring", onlyInputData(row).field());
    BadRow.TrackerProtocolViolations tpv = (BadRow.TrackerProtocolViolations) row;
    assertEquals("tp1", tpv.version());
    assertEquals("com.snowplowanalytics.snowplow", tpv.vendor());
    assertEquals(ETL, tpv.timestamp());
    assertEquals(PROCESSOR, tpv.processor());
  }

  // --- POST (tp2): content type and body rules

  @Test
  void postWithQuerystringOnlyIsOneEvent() {
    var out = adapter.adapt(post(qs("e", "se", "se_ca", "video", "p", "srv", "tv", "py-0.8"), null, null), ORIGIN);
    assertEquals(1, out.size());
    assertEquals("video", out.get(0).value().event().parameter("se_ca"));
    assertEquals(OptionalInt.empty(), out.get(0).value().index());
    assertTrue(validator.calls.isEmpty(), "nothing to validate without a body");
  }

  @Test
  void postWithNothingIsATrackerProtocolViolation() {
    BadRow row = onlyBad(adapter.adapt(post(List.of(), null, null), ORIGIN));
    assertInstanceOf(BadRow.TrackerProtocolViolations.class, row);
    assertEquals("body", onlyInputData(row).field());
    assertEquals("tp2", ((BadRow.TrackerProtocolViolations) row).version());
  }

  @Test
  void bodyWithoutContentTypeIsATrackerProtocolViolation() {
    BadRow row = onlyBad(adapter.adapt(post(List.of(), null, body("{\"e\":\"pv\",\"p\":\"web\",\"tv\":\"js\"}")),
        ORIGIN));
    assertInstanceOf(BadRow.TrackerProtocolViolations.class, row);
    assertEquals("contentType", onlyInputData(row).field());
  }

  @Test
  void contentTypeWithoutBodyIsATrackerProtocolViolation() {
    BadRow row = onlyBad(adapter.adapt(post(qs("e", "pv"), "application/json", null), ORIGIN));
    assertInstanceOf(BadRow.TrackerProtocolViolations.class, row);
    FailureMessage.InputData message = onlyInputData(row);
    assertEquals("body", message.field());
    assertTrue(message.expectation().contains("application/json"));
    // the querystring read so far is kept in the payload
    assertTrue(row.toJson().contains("\"parameters\":{\"e\":\"pv\"}"), row.toJson());
  }

  @Test
  void blankBodyCountsAsNoBody() {
    BadRow row = onlyBad(adapter.adapt(post(List.of(), "application/json", "  "), ORIGIN));
    assertEquals("body", onlyInputData(row).field());
  }

  @Test
  void contentTypeOtherThanJsonIsATrackerProtocolViolation() {
    BadRow row = onlyBad(adapter.adapt(post(List.of(), "application/x-www-form-urlencoded", "e=pv"), ORIGIN));
    assertInstanceOf(BadRow.TrackerProtocolViolations.class, row);
    FailureMessage.InputData message = onlyInputData(row);
    assertEquals("contentType", message.field());
    assertEquals("application/x-www-form-urlencoded", message.value().orElseThrow());
  }

  @Test
  void jsonContentTypeAcceptsAnOptionalCharset() {
    assertTrue(TrackerProtocolAdapter.isJsonContentType("application/json"));
    assertTrue(TrackerProtocolAdapter.isJsonContentType("application/json; charset=utf-8"));
    assertTrue(TrackerProtocolAdapter.isJsonContentType("application/json; charset=UTF-8"));
    assertTrue(TrackerProtocolAdapter.isJsonContentType("Application/JSON;charset=ISO-8859-1"));
    assertTrue(TrackerProtocolAdapter.isJsonContentType(" application/json ; charset = utf-8 "));
    assertFalse(TrackerProtocolAdapter.isJsonContentType("application/jsonp"));
    assertFalse(TrackerProtocolAdapter.isJsonContentType("text/plain"));
    assertFalse(TrackerProtocolAdapter.isJsonContentType("application/json; boundary=x"));
    assertFalse(TrackerProtocolAdapter.isJsonContentType("application/json; charset="));
    assertFalse(TrackerProtocolAdapter.isJsonContentType("application/json; charset=utf-8; q=1"));
  }

  // --- POST (tp2): the body

  @Test
  void eachElementOfTheBodyIsOneEventInOrder() {
    String body = body(
        "{\"e\":\"pv\",\"p\":\"web\",\"tv\":\"js-2.8.0\",\"url\":\"http://shop.example.com/\",\"eid\":\"0b6a7a1c-6e6f-4e2e-9d0a-6b1d3a9c2f10\"}",
        "{\"e\":\"pp\",\"p\":\"web\",\"tv\":\"js-2.8.0\"}",
        "{\"e\":\"se\",\"p\":\"web\",\"tv\":\"js-2.8.0\",\"se_ca\":\"cart\"}");
    var out = adapter.adapt(post(List.of(), JSON, body), ORIGIN);
    assertEquals(3, out.size());
    assertEquals(List.of("pv", "pp", "se"), out.stream().map(r -> r.value().event().parameter("e")).toList());
    for (int i = 0; i < 3; i++) {
      assertEquals(OptionalInt.of(i), out.get(i).value().index());
      assertEquals(ORIGIN, out.get(i).value().origin());
      assertEquals(CollectorPayload.Api.TP2, out.get(i).value().event().api());
    }
    assertEquals(List.of("e", "p", "tv", "url", "eid"), List.copyOf(out.get(0).value().event().parameters().keySet()));
    assertTrue(out.get(0).value().event().contentType().orElseThrow().startsWith("application/json"));
  }

  @Test
  void elementsAreValidatedOneByOneUnderTheBodysSchema() {
    adapter.adapt(post(List.of(), JSON, body("{\"e\":\"pv\",\"p\":\"web\",\"tv\":\"js\"}",
        "{\"e\":\"pp\",\"p\":\"web\",\"tv\":\"js\"}")), ORIGIN);
    assertEquals(2, validator.calls.size());
    for (JsonNode call : validator.calls) {
      assertEquals(PAYLOAD_DATA, call.get("schema").asText());
      assertEquals(1, call.get("data").size());
    }
    assertEquals("pp", validator.calls.get(1).get("data").get(0).get("e").asText());
  }

  @Test
  void invalidElementsBecomeTheirOwnSchemaViolationsAndValidOnesStillEvents() {
    String body = body(
        "{\"e\":\"pv\",\"p\":\"web\",\"tv\":\"js\"}",
        "{\"e\":\"pv\",\"p\":\"web\"}",                          // no tv
        "{\"e\":\"se\",\"p\":\"web\",\"tv\":\"js\",\"colour\":\"red\"}", // unknown key
        "{\"e\":\"pp\",\"p\":\"web\",\"tv\":\"js\"}");
    var out = adapter.adapt(post(List.of(), JSON, body), ORIGIN);
    assertEquals(4, out.size());
    assertTrue(out.get(0).isOk());
    assertTrue(out.get(3).isOk());
    assertEquals(OptionalInt.of(3), out.get(3).value().index());
    for (int i : new int[] {1, 2}) {
      BadRow.SchemaViolations row = assertInstanceOf(BadRow.SchemaViolations.class, out.get(i).error());
      assertEquals(OptionalInt.of(i), row.payload().eventIndex());
      assertEquals("the original line", row.payload().line());
      assertEquals("clj-tomcat", row.payload().format());
      assertInstanceOf(FailureMessage.ValidationError.class, row.messages().get(0));
      assertTrue(row.toJson().contains("\"eventIndex\":" + i), row.toJson());
    }
    assertEquals(Map.of("e", "pv", "p", "web"), out.get(1).error() instanceof BadRow.SchemaViolations s
        ? s.payload().parameters() : Map.of());
  }

  @Test
  void nonStringValueIsAViolationOfThatElementEvenIfTheValidatorLetItThrough() {
    TrackerProtocolAdapter lenient = new TrackerProtocolAdapter(sd -> List.of(), PROCESSOR, ETL);
    var out = lenient.adapt(post(List.of(), JSON, body("{\"e\":\"pv\",\"p\":\"web\",\"tv\":\"js\",\"vid\":3}",
        "\"not an object\"")), ORIGIN);
    BadRow.SchemaViolations first = assertInstanceOf(BadRow.SchemaViolations.class, out.get(0).error());
    FailureMessage.InputData message = assertInstanceOf(FailureMessage.InputData.class, first.messages().get(0));
    assertEquals("vid", message.field());
    assertEquals("3", message.value().orElseThrow());
    BadRow.SchemaViolations second = assertInstanceOf(BadRow.SchemaViolations.class, out.get(1).error());
    assertEquals(OptionalInt.of(1), second.payload().eventIndex());
  }

  @Test
  void querystringParametersOverrideThoseOfEveryElement() {
    String body = body("{\"e\":\"pv\",\"p\":\"web\",\"tv\":\"js\",\"aid\":\"from-body\"}",
        "{\"e\":\"pp\",\"p\":\"web\",\"tv\":\"js\"}");
    var out = adapter.adapt(post(qs("aid", "from-querystring", "nuid", "c7b4a5e0-8f7e-4c6b-9b1e-2f8a7d3c1e55"), JSON,
        body), ORIGIN);
    assertEquals("from-querystring", out.get(0).value().event().parameter("aid"));
    assertEquals("from-querystring", out.get(1).value().event().parameter("aid"));
    assertEquals("c7b4a5e0-8f7e-4c6b-9b1e-2f8a7d3c1e55", out.get(1).value().event().parameter("nuid"));
    assertEquals(List.of("e", "p", "tv", "aid", "nuid"), List.copyOf(out.get(0).value().event().parameters().keySet()));
  }

  @Test
  void bodyThatIsNotJsonIsOneSchemaViolation() {
    BadRow row = onlyBad(adapter.adapt(post(List.of(), JSON, "{\"schema\":"), ORIGIN));
    BadRow.SchemaViolations sv = assertInstanceOf(BadRow.SchemaViolations.class, row);
    FailureMessage.NotJson message = assertInstanceOf(FailureMessage.NotJson.class, sv.messages().get(0));
    assertEquals("body", message.field());
    assertEquals(OptionalInt.empty(), sv.payload().eventIndex());
  }

  @Test
  void bodyThatIsNotSelfDescribingIsOneSchemaViolation() {
    BadRow row = onlyBad(adapter.adapt(post(List.of(), JSON, "[{\"e\":\"pv\",\"p\":\"web\",\"tv\":\"js\"}]"), ORIGIN));
    BadRow.SchemaViolations sv = assertInstanceOf(BadRow.SchemaViolations.class, row);
    assertInstanceOf(FailureMessage.NotIglu.class, sv.messages().get(0));
  }

  @Test
  void bodyWithAnInvalidSchemaKeyIsOneSchemaViolation() {
    BadRow row = onlyBad(adapter.adapt(post(List.of(), JSON, "{\"schema\":\"payload_data\",\"data\":[]}"), ORIGIN));
    assertInstanceOf(FailureMessage.NotIglu.class, ((BadRow.SchemaViolations) row).messages().get(0));
  }

  @Test
  void bodyUnderAnotherSchemaIsOneSchemaViolation() {
    BadRow row = onlyBad(adapter.adapt(post(List.of(), JSON,
        "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/2-0-0\",\"data\":[{}]}"), ORIGIN));
    FailureMessage.InputData message = onlyInputData(row);
    assertEquals("iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/2-0-0", message.value().orElseThrow());
    assertTrue(validator.calls.isEmpty());
  }

  @Test
  void emptyDataArrayIsOneSchemaViolationFromTheValidator() {
    BadRow row = onlyBad(adapter.adapt(post(List.of(), JSON, body()), ORIGIN));
    BadRow.SchemaViolations sv = assertInstanceOf(BadRow.SchemaViolations.class, row);
    assertInstanceOf(FailureMessage.ValidationError.class, sv.messages().get(0));
  }

  @Test
  void dataThatIsNotAnArrayIsOneSchemaViolationEvenIfTheValidatorAcceptsIt() {
    TrackerProtocolAdapter lenient = new TrackerProtocolAdapter(sd -> List.of(), PROCESSOR, ETL);
    BadRow row = onlyBad(lenient.adapt(post(List.of(), JSON,
        "{\"schema\":\"" + PAYLOAD_DATA + "\",\"data\":{\"e\":\"pv\"}}"), ORIGIN));
    assertEquals("body", onlyInputData(row).field());
  }

  @Test
  void badRowJsonOfAnElementKeepsLineFormatIndexAndParameters() {
    var out = adapter.adapt(post(List.of(), JSON, body("{\"e\":\"pv\",\"p\":\"web\"}")), ORIGIN);
    JsonNode json = Json.parse(out.get(0).error().toJson()).value();
    assertEquals("iglu:com.snowplowanalytics.snowplow.badrows/schema_violations/jsonschema/2-0-0",
        json.get("schema").asText());
    JsonNode payload = json.get("data").get("payload");
    assertEquals("the original line", payload.get("line").asText());
    assertEquals("clj-tomcat", payload.get("format").asText());
    assertEquals(0, payload.get("eventIndex").asInt());
    assertEquals("web", payload.get("parameters").get("p").asText());
    assertEquals("2024-03-01T12:00:00.000Z", json.get("data").get("failure").get("timestamp").asText());
  }
}
