package io.sparkplow.emr.render;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The time that names a run (UTC, to the second). It gives the run folders
 * ({@code ROOT/run=yyyy-MM-dd-HH-mm-ss}) and the enrich job's {@code --etl-timestamp}.
 */
public record RunId(LocalDateTime time) {

  /** The command-line and folder form: {@code 2024-05-01-12-00-00}. */
  public static final String PATTERN = "yyyy-MM-dd-HH-mm-ss";
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd-HH-mm-ss").withResolverStyle(ResolverStyle.STRICT);

  public RunId {
    time = time.truncatedTo(ChronoUnit.SECONDS);
  }

  /** The run time from its {@value #PATTERN} form, or empty when it is not one. */
  public static Optional<RunId> parse(String text) {
    try {
      return Optional.of(new RunId(LocalDateTime.parse(text, FORMAT)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static RunId now(Clock clock) {
    return new RunId(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
  }

  /** {@code 2024-05-01-12-00-00}. */
  public String text() {
    return FORMAT.format(time);
  }

  /** {@code run=2024-05-01-12-00-00}. */
  public String folderName() {
    return "run=" + text();
  }

  /** The run time as milliseconds since the epoch: the enrich job's ETL timestamp. */
  public long epochMillis() {
    return time.toInstant(ZoneOffset.UTC).toEpochMilli();
  }
}
