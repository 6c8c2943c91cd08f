package io.sparkplow.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.collector.CollectorPayload.NameValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Shared test values and assertions on load results. */
final class Loads {

  static final Processor PROCESSOR = new Processor("sparkplow-enrich", "0.1.0-test");
  static final Instant RUN_TIMESTAMP = Instant.parse("2021-06-15T03:00:00Z");

  private Loads() {}

  static CollectorPayload loaded(LoadResult result) {
    return assertInstanceOf(LoadResult.Loaded.class, result, () -> "not loaded: " + result).payload();
  }

  /** The format violation of a bad result, checked to keep {@code line} whole and the run's stamp. */
  static BadRow.CollectorPayloadFormatViolation bad(LoadResult result, String line, String loader) {
    LoadResult.Bad bad = assertInstanceOf(LoadResult.Bad.class, result, () -> "not bad: " + result);
    BadRow.CollectorPayloadFormatViolation violation =
        assertInstanceOf(BadRow.CollectorPayloadFormatViolation.class, bad.badRow());
    assertEquals(line, violation.payload(), "a bad row keeps the whole original line");
    assertEquals(loader, violation.loader());
    assertEquals(RUN_TIMESTAMP, violation.timestamp());
    assertEquals(PROCESSOR, violation.processor());
    return violation;
  }

  /** The input data message of a bad result, checked for its field. */
  static FailureMessage.InputData badField(LoadResult result, String line, String loader,
      String field) {
    FailureMessage.InputData message = assertInstanceOf(FailureMessage.InputData.class,
        bad(result, line, loader).message());
    assertEquals(field, message.field());
    return message;
  }

  static String discarded(LoadResult result) {
    return assertInstanceOf(LoadResult.Discarded.class, result, () -> "not discarded: " + result)
        .reason();
  }

  /** The first value of a parameter. */
  static Optional<String> parameter(CollectorPayload payload, String name) {
    return payload.querystring().stream().filter(p -> p.name().equals(name))
        .map(NameValue::value).findFirst();
  }

  static List<String> names(CollectorPayload payload) {
    return payload.querystring().stream().map(NameValue::name).toList();
  }
}
