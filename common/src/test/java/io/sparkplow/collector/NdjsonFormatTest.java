package io.sparkplow.collector;

import static io.sparkplow.collector.Loads.PROCESSOR;
import static io.sparkplow.collector.Loads.RUN_TIMESTAMP;
import static io.sparkplow.collector.Loads.bad;
import static io.sparkplow.collector.Loads.discarded;
import static io.sparkplow.collector.Loads.loaded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload.Api;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NdjsonFormatTest {

  private static final Api SENDGRID = new Api("com.sendgrid", "v3");
  private final CollectorFormat format = new NdjsonFormat(SENDGRID, PROCESSOR, RUN_TIMESTAMP);

  @Test
  void isNamedAfterItsApi() {
    assertEquals("ndjson/com.sendgrid/v3", format.name());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[{\"email\":\"jo@example.org\",\"timestamp\":1636979043,\"event\":\"delivered\",\"sg_event_id\":\"ZGVsaXZl\"}]",
      "{\"event\":\"open\",\"useragent\":\"Mozilla/5.0 (Windows NT 10.0)\",\"note\":\"Grüße \\u00e9 🚀\"}",
      "  {\"nested\":{\"a\":[1,2,{\"b\":null}]}}  ",
      "\"just a string\"",
      "42",
      "null"})
  void readsEachJsonValueAsTheBodyOfAWebhookRequest(String line) {
    CollectorPayload payload = loaded(format.load(line));
    assertEquals(SENDGRID, payload.api());
    assertEquals(Optional.of("application/json"), payload.contentType());
    assertEquals(Optional.of(line), payload.body());
    assertEquals(List.of(), payload.querystring());
    assertEquals(RUN_TIMESTAMP.toEpochMilli(), payload.context().timestampMs());
    assertEquals(Optional.empty(), payload.context().ipAddress());
    assertEquals(new CollectorPayload.Source("ndjson", "UTF-8", Optional.empty()), payload.source());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"event\":\"open\"",
      "{\"event\":\"open\"}{\"event\":\"click\"}",
      "{\"event\":\"open\"} trailing",
      "[1,2,]",
      "{event:\"open\"}",
      "{\"text\":\"unterminated}",
      "not json",
      "#Version: 1.0"})
  void rejectsLinesThatAreNotExactlyOneJsonValue(String line) {
    FailureMessage.NotJson message = assertInstanceOf(FailureMessage.NotJson.class,
        bad(format.load(line), line, "ndjson/com.sendgrid/v3").message());
    assertEquals("body", message.field());
    assertTrue(!message.error().isEmpty());
  }

  @Test
  void rejectsJsonNestedTooDeeply() {
    String line = "[".repeat(2_000) + "]".repeat(2_000);
    bad(format.load(line), line, "ndjson/com.sendgrid/v3");
  }

  @Test
  void discardsBlankLines() {
    discarded(format.load(""));
    discarded(format.load(" \t"));
  }
}
