package io.sparkplow.collector;

import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the {@code collector_payload_format_violation} bad rows of one format. The timestamp is
 * the run's ETL timestamp (not the wall clock), so that re-running a run writes the same bytes.
 */
record FormatViolations(Processor processor, Instant timestamp, String loader) {

  FormatViolations {
    Objects.requireNonNull(processor, "processor");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(loader, "loader");
  }

  /** A bad row keeping {@code line} whole. */
  LoadResult.Bad of(String line, FailureMessage message) {
    return new LoadResult.Bad(
        new BadRow.CollectorPayloadFormatViolation(processor, timestamp, loader, message, line));
  }

  /** A field of the record holds {@code value} where {@code expectation} was expected. */
  LoadResult.Bad invalid(String line, String field, String value, String expectation) {
    return of(line, new FailureMessage.InputData(field, Optional.of(value), expectation));
  }

  /** An access log line with a number of fields its format does not have. */
  LoadResult.Bad invalidFieldCount(String line, String expectation) {
    return invalid(line, "fieldCount", Integer.toString(LogFields.count(line)), expectation);
  }

  /** An access log line whose date and time fields are not a valid UTC date and time. */
  LoadResult.Bad invalidDateTime(String line, String date, String time) {
    return invalid(line, "date time", date + " " + time, "a valid UTC date and time as yyyy-MM-dd HH:mm:ss");
  }

  /** A field of the record is missing. */
  LoadResult.Bad missing(String line, String field, String expectation) {
    return of(line, new FailureMessage.InputData(field, Optional.empty(), expectation));
  }

  /** The record as a whole cannot be read. */
  LoadResult.Bad error(String line, String error) {
    return of(line, new FailureMessage.Error(error));
  }
}
