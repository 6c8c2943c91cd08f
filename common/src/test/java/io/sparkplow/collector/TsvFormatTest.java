package io.sparkplow.collector;

import static io.sparkplow.collector.Loads.PROCESSOR;
import static io.sparkplow.collector.Loads.RUN_TIMESTAMP;
import static io.sparkplow.collector.Loads.discarded;
import static io.sparkplow.collector.Loads.loaded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkplow.collector.CollectorPayload.Api;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TsvFormatTest {

  private static final Api ACME = new Api("com.acme", "tsv-v1");
  private final CollectorFormat format = new TsvFormat(ACME, PROCESSOR, RUN_TIMESTAMP);

  @Test
  void readsEachLineAsTheBodyOfARequest() {
    String line = "2021-06-14\t08:15:27\tclick\t\tbanner 3\tÜber uns";
    CollectorPayload payload = loaded(format.load(line));
    assertEquals(ACME, payload.api());
    assertEquals("tsv/com.acme/tsv-v1", format.name());
    assertEquals(Optional.of("text/tab-separated-values"), payload.contentType());
    assertEquals(Optional.of(line), payload.body(), "empty columns are kept");
    assertEquals(List.of(), payload.querystring());
    assertEquals(RUN_TIMESTAMP.toEpochMilli(), payload.context().timestampMs());
    assertEquals(new CollectorPayload.Source("tsv", "UTF-8", Optional.empty()), payload.source());
  }

  @Test
  void dropsATrailingCarriageReturn() {
    assertEquals(Optional.of("a\tb"), loaded(format.load("a\tb\r")).body());
  }

  @Test
  void discardsHeadersAndBlankLines() {
    discarded(format.load("#Version: 1.0"));
    discarded(format.load("#Fields: date time event"));
    discarded(format.load(""));
    discarded(format.load("\t\t"));
  }
}
