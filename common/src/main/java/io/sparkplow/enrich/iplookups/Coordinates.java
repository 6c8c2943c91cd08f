package io.sparkplow.enrich.iplookups;

import java.math.BigDecimal;

/**
 * Writes latitudes and longitudes as Snowplow did: the value as a 32-bit float, printed with the
 * fewest digits that identify it ({@code 47.2513}, {@code -122.3149}), but never with an exponent
 * (the enriched event holds plain decimals: {@code 0.00005}, not {@code 5.0E-5}).
 */
final class Coordinates {

  private Coordinates() {}

  static String format(double value) {
    String text = Float.toString((float) value);
    if (text.indexOf('E') < 0) {
      return text;
    }
    return new BigDecimal(text).stripTrailingZeros().toPlainString();
  }
}
