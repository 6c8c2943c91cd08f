package io.sparkplow.enrich.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.sparkplow.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsersTest {

  static void malformed(Result<?, String> result, String expectation) {
    assertFalse(result.isOk(), () -> "expected malformed, got " + result);
    assertEquals(expectation, result.error());
  }

  @Test
  void integers() {
    assertEquals("612876", ValueParsers.integer("612876").value());
    assertEquals("-42", ValueParsers.integer("-42").value());
    assertEquals("7", ValueParsers.integer("007").value());
    assertEquals("5", ValueParsers.integer("+5").value());
    assertEquals("2147483647", ValueParsers.integer("2147483647").value());
    assertEquals("-2147483648", ValueParsers.integer("-2147483648").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " 5", "5 ", "2147483648", "-2147483649", "99999999999999999999", "1.0", "1e3",
      "0x10", "-", "abc", "١٢"})
  void malformedIntegers(String value) {
    malformed(ValueParsers.integer(value), ValueParsers.INTEGER);
  }

  @Test
  void nullLiteralIsAnAbsentNumber() {
    assertEquals("", ValueParsers.integer("null").value());
    assertEquals("", ValueParsers.integer("NULL").value());
    assertEquals("", ValueParsers.decimal("null").value());
    assertEquals("", ValueParsers.doubleValue("Null").value());
    assertEquals("", ValueParsers.integerAsSent("null").value());
  }

  @Test
  void integerAsSentKeepsLeadingZeros() {
    assertEquals("028288", ValueParsers.integerAsSent("028288").value());
    malformed(ValueParsers.integerAsSent(""), ValueParsers.INTEGER);
    malformed(ValueParsers.integerAsSent("3000000000"), ValueParsers.INTEGER);
  }

  @Test
  void decimalsArePlainStrings() {
    assertEquals("8000", ValueParsers.decimal("8000").value());
    assertEquals("49.99", ValueParsers.decimal("49.99").value());
    assertEquals("1.50", ValueParsers.decimal("1.50").value());
    assertEquals("-5.25", ValueParsers.decimal("-5.25").value());
    assertEquals("1500", ValueParsers.decimal("1.5e3").value());
    assertEquals("1500", ValueParsers.decimal("1.5E+3").value());
    assertEquals("0.0025", ValueParsers.decimal("2.5e-3").value());
    assertEquals("9999999999999999.99", ValueParsers.decimal("9999999999999999.99").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "12 ", "1,5", "NaN", "Infinity", "1e", "e3", "--1", "0x1F", "12345678901234567",
      "1e16", "1e-401", "€5"})
  void malformedDecimals(String value) {
    malformed(ValueParsers.decimal(value), ValueParsers.DECIMAL);
  }

  @Test
  void doublesArePlainStrings() {
    assertEquals("0.5", ValueParsers.doubleValue("0.5").value());
    assertEquals("1000", ValueParsers.doubleValue("1e3").value());
    assertEquals("-12.75", ValueParsers.doubleValue("-12.75").value());
    assertEquals("10000000000000000000000", ValueParsers.doubleValue("1E22").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1e400", "-1e309", "NaN", "Infinity", "1.2.3"})
  void malformedDoubles(String value) {
    malformed(ValueParsers.doubleValue(value), ValueParsers.DOUBLE);
  }

  @Test
  void booleansAreOneOrZeroOnly() {
    assertEquals("1", ValueParsers.bool("1").value());
    assertEquals("0", ValueParsers.bool("0").value());
    for (String value : new String[] {"", "true", "false", "yes", "01", " 1", "2"}) {
      malformed(ValueParsers.bool(value), ValueParsers.BOOLEAN);
    }
  }

  @Test
  void timestampsInEpochMilliseconds() {
    assertEquals(1398762054889L, ValueParsers.epochMillis("1398762054889").value());
    assertEquals(0L, ValueParsers.epochMillis("0").value());
    assertEquals(-62167219200000L, ValueParsers.epochMillis("-62167219200000").value()); // 0000-01-01
    assertEquals(253402300799999L, ValueParsers.epochMillis("253402300799999").value()); // 9999-12-31
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1398762054889.5", "1.39e12", "253402300800000", "-62167219200001",
      "99999999999999999999", " 1398762054889"})
  void malformedOrOutOfRangeTimestamps(String value) {
    malformed(ValueParsers.epochMillis(value), ValueParsers.TIMESTAMP);
  }

  @Test
  void uuidsAreLowerCased() {
    assertEquals("550e8400-e29b-41d4-a716-446655440000",
        ValueParsers.uuid("550e8400-e29b-41d4-a716-446655440000").value());
    assertEquals("550e8400-e29b-41d4-a716-446655440000",
        ValueParsers.uuid("550E8400-E29B-41D4-A716-446655440000").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "550e8400e29b41d4a716446655440000", "550e8400-e29b-41d4-a716-44665544000",
      "550e8400-e29b-41d4-a716-4466554400000", "1-1-1-1-1", "550e8400-e29b-41d4-a716_446655440000",
      "g50e8400-e29b-41d4-a716-446655440000", "{550e8400-e29b-41d4-a716-446655440000}",
      "550e8400-e29b-41d4-a716-４４6655440000"})
  void malformedUuids(String value) {
    malformed(ValueParsers.uuid(value), ValueParsers.UUID);
  }

  @Test
  void dimensions() {
    assertEquals(new ValueParsers.Dimensions(1280, 800), ValueParsers.dimensions("1280x800").value());
    assertEquals(new ValueParsers.Dimensions(0, 0), ValueParsers.dimensions("0x0").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1280", "1280x", "x800", "1280X800", "1280*800", "-1x800", "1280x800x2",
      "1280 x 800", "2147483648x1", "1.5x2"})
  void malformedDimensions(String value) {
    malformed(ValueParsers.dimensions(value), ValueParsers.DIMENSIONS);
  }

  @Test
  void platforms() {
    for (String p : new String[] {"web", "iot", "app", "mob", "pc", "cnsl", "tv", "srv"}) {
      assertEquals(p, ValueParsers.platform(p).value());
    }
    for (String p : new String[] {"", "WEB", "mobile", "desktop", " web"}) {
      malformed(ValueParsers.platform(p), ValueParsers.PLATFORM);
    }
  }

  @Test
  void firstIpAddress() {
    assertEquals("92.231.54.234", ValueParsers.firstIpAddress("92.231.54.234"));
    assertEquals("92.231.54.234", ValueParsers.firstIpAddress("92.231.54.234, 10.0.0.1"));
    assertEquals("92.231.54.234", ValueParsers.firstIpAddress("92.231.54.234|10.0.0.1"));
    assertEquals("92.231.54.234", ValueParsers.firstIpAddress(" 92.231.54.234 10.0.0.1"));
    assertEquals("2001:db8::ff00:42:8329", ValueParsers.firstIpAddress("2001:db8::ff00:42:8329,10.0.0.1"));
    assertEquals("", ValueParsers.firstIpAddress(""));
    assertEquals("", ValueParsers.firstIpAddress(",10.0.0.1"));
  }
}
