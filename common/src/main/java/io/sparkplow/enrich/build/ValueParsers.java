package io.sparkplow.enrich.build;

import io.sparkplow.Result;
import io.sparkplow.event.EventTimestamps;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * The typed values of the tracker protocol, as Snowplow read them. Each parser gives the value as
 * written in the enriched TSV line ({@code ""} for absent), or the expectation it fails, for a
 * {@code tracker_protocol_violations} message naming the field.
 *
 * <p>Rules worth knowing:
 * <ul>
 *   <li>Only ASCII digits count as digits.
 *   <li>A blank value of a typed field is malformed (Snowplow: "cannot convert [] to ..."); the
 *       literal {@code null} (any case), which some trackers send for a missing number, is an
 *       absent number.
 *   <li>Numbers are not trimmed: {@code " 5"} is malformed, as it was for Snowplow.
 * </ul>
 */
public final class ValueParsers {

  public static final String INTEGER = "an integer between -2147483648 and 2147483647";
  public static final String DECIMAL = "a decimal number with at most 16 digits before the point";
  public static final String DOUBLE = "a finite number";
  public static final String BOOLEAN = "1 or 0";
  public static final String TIMESTAMP = "milliseconds since the epoch, within years 0 to 9999";
  public static final String UUID = "a UUID (8-4-4-4-12 hexadecimal digits)";
  public static final String DIMENSIONS = "WIDTHxHEIGHT, two integers up to 2147483647";
  public static final String PLATFORM = "one of web, iot, app, mob, pc, cnsl, tv, srv";

  private static final Set<String> PLATFORMS = Set.of("web", "iot", "app", "mob", "pc", "cnsl", "tv", "srv");

  /** Redshift DECIMAL(18,2): 16 digits before the point. */
  private static final int DECIMAL_INTEGER_DIGITS = 16;

  static final int MAX_FRACTION_DIGITS = 400;

  private ValueParsers() {}

  /** A 32-bit integer, normalised ({@code 007} is {@code 7}). */
  public static Result<String, String> integer(String value) {
    if (isNullLiteral(value)) {
      return Result.ok("");
    }
    if (!isAsciiInteger(value)) {
      return Result.err(INTEGER);
    }
    try {
      return Result.ok(Integer.toString(Integer.parseInt(value)));
    } catch (NumberFormatException e) {
      return Result.err(INTEGER);
    }
  }

  /**
   * A 32-bit integer kept as sent: Snowplow checked {@code tid} (txn_id) but wrote it unchanged, so
   * {@code 028288} stays {@code 028288}.
   */
  public static Result<String, String> integerAsSent(String value) {
    return integer(value).map(normalised -> normalised.isEmpty() ? "" : value);
  }

  /** A decimal (money) as a plain string, never in exponent form: {@code 1.5e3} is {@code 1500}. */
  public static Result<String, String> decimal(String value) {
    if (isNullLiteral(value)) {
      return Result.ok("");
    }
    BigDecimal d = bigDecimal(value);
    if (d == null || d.precision() - d.scale() > DECIMAL_INTEGER_DIGITS) {
      return Result.err(DECIMAL);
    }
    return Result.ok(d.toPlainString());
  }

  /** A double as a plain string ({@code 1e3} is {@code 1000}); it must be finite as a double. */
  public static Result<String, String> doubleValue(String value) {
    if (isNullLiteral(value)) {
      return Result.ok("");
    }
    BigDecimal d = bigDecimal(value);
    if (d == null || d.precision() - d.scale() > 310 || Double.isInfinite(d.doubleValue())) {
      return Result.err(DOUBLE);
    }
    return Result.ok(d.toPlainString());
  }

  /** {@code 1} or {@code 0}, nothing else. */
  public static Result<String, String> bool(String value) {
    if (value.equals("1") || value.equals("0")) {
      return Result.ok(value);
    }
    return Result.err(BOOLEAN);
  }

  /** Epoch milliseconds within what the warehouse can load (years 0 to 9999). */
  public static Result<Long, String> epochMillis(String value) {
    if (!isAsciiInteger(value)) {
      return Result.err(TIMESTAMP);
    }
    try {
      long ms = Long.parseLong(value);
      return EventTimestamps.loadable(ms) ? Result.ok(ms) : Result.err(TIMESTAMP);
    } catch (NumberFormatException e) {
      return Result.err(TIMESTAMP);
    }
  }

  /** A UUID in its canonical 8-4-4-4-12 form, lower-cased. */
  public static Result<String, String> uuid(String value) {
    if (value.length() != 36) {
      return Result.err(UUID);
    }
    for (int i = 0; i < 36; i++) {
      char c = value.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (dash ? c != '-' : !hex) {
        return Result.err(UUID);
      }
    }
    return Result.ok(value.toLowerCase(Locale.ROOT));
  }

  /** Width and height of a screen, document or viewport. */
  public record Dimensions(int width, int height) {}

  /** {@code WIDTHxHEIGHT}, e.g. {@code 1280x800}: two non-negative 32-bit integers. */
  public static Result<Dimensions, String> dimensions(String value) {
    int x = value.indexOf('x');
    if (x <= 0 || x == value.length() - 1) {
      return Result.err(DIMENSIONS);
    }
    String w = value.substring(0, x);
    String h = value.substring(x + 1);
    if (!allDigits(w) || !allDigits(h)) {
      return Result.err(DIMENSIONS);
    }
    try {
      return Result.ok(new Dimensions(Integer.parseInt(w), Integer.parseInt(h)));
    } catch (NumberFormatException e) {
      return Result.err(DIMENSIONS);
    }
  }

  /** One of the platforms of the protocol, exactly as listed. */
  public static Result<String, String> platform(String value) {
    return PLATFORMS.contains(value) ? Result.ok(value) : Result.err(PLATFORM);
  }

  /**
   * The first address of an IP list ({@code "1.2.3.4, 5.6.7.8"}): what comes before the first
   * {@code ,}, {@code |} or whitespace, after cleaning. Never fails.
   */
  public static String firstIpAddress(String value) {
    String clean = TextCleaner.clean(value);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (c == ',' || c == '|' || Character.isWhitespace(c)) {
        return clean.substring(0, i).trim();
      }
    }
    return clean;
  }

  private static boolean isNullLiteral(String value) {
    return value.length() == 4 && value.equalsIgnoreCase("null");
  }

  /** Optional sign then at least one ASCII digit. */
  private static boolean isAsciiInteger(String value) {
    int start = !value.isEmpty() && (value.charAt(0) == '-' || value.charAt(0) == '+') ? 1 : 0;
    return value.length() > start && allDigits(value.substring(start));
  }

  private static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A number in Java's BigDecimal syntax restricted to ASCII; null when malformed. More than
   * {@value #MAX_FRACTION_DIGITS} digits after the point (in plain form) is malformed too: beyond
   * any double or decimal column, and {@code 1e-999999999} must not become a billion zeros.
   */
  private static BigDecimal bigDecimal(String value) {
    if (value.isEmpty()) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return null;
      }
    }
    try {
      BigDecimal d = new BigDecimal(value);
      return d.scale() > MAX_FRACTION_DIGITS ? null : d;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }
}
