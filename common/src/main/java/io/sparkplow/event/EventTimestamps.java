package io.sparkplow.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Timestamps of enriched events: UTC, {@code yyyy-MM-dd HH:mm:ss.SSS}, years 0 to 9999. */
public final class EventTimestamps {

  // uuuu (proleptic year), not yyyy (year of era): year 0 must print 0000, not 0001 (of the BC era).
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: what the warehouse can load. */
  public static final long MIN_EPOCH_MS = -62167219200000L;
  public static final long MAX_EPOCH_MS = 253402300799999L;

  private EventTimestamps() {}

  /** Whether an epoch-millisecond timestamp falls within years 0 to 9999. */
  public static boolean loadable(long epochMs) {
    return epochMs >= MIN_EPOCH_MS && epochMs <= MAX_EPOCH_MS;
  }

  /** Formats epoch milliseconds; the caller checks {@link #loadable} first. */
  public static String format(long epochMs) {
    return FORMAT.format(Instant.ofEpochMilli(epochMs));
  }

  /** Parses a formatted timestamp back to epoch milliseconds (fractions of 1 to 9 digits accepted). */
  public static Optional<Long> parse(String text) {
    if (text.length() < 19) {
      return Optional.empty();
    }
    try {
      String base = text.substring(0, 19);
      LocalDateTime t = LocalDateTime.parse(base.replace(' ', 'T'));
      long ms = t.toInstant(ZoneOffset.UTC).toEpochMilli();
      if (text.length() > 19) {
        if (text.charAt(19) != '.' || text.length() == 20 || text.length() > 29) {
          return Optional.empty();
        }
        String fraction = text.substring(20);
        for (int i = 0; i < fraction.length(); i++) {
          if (!Character.isDigit(fraction.charAt(i))) {
            return Optional.empty();
          }
        }
        ms += Long.parseLong((fraction + "00").substring(0, 3));
      }
      return Optional.of(ms);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
