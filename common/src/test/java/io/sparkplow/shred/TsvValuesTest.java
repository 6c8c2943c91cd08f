package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkplow.json.Json;
import org.junit.jupiter.api.Test;

class TsvValuesTest {

  private static String render(String json) {
    return TsvValues.of(Json.parse(json).value());
  }

  @Test
  void rendersEachKindOfValue() {
    assertEquals("\\N", render("null"));
    assertEquals("\\N", TsvValues.of(null));
    assertEquals("1", render("true"));
    assertEquals("0", render("false"));
    assertEquals("42", render("42"));
    assertEquals("-7", render("-7"));
    assertEquals("12345678901234567890123", render("12345678901234567890123"));
    assertEquals("129.90", render("129.90"));
    assertEquals("0.000001", render("0.000001"));
    assertEquals("1000.0", render("1000.0"));
    assertEquals("1.5E+3", render("1.5e3"));
    assertEquals("Berlin", render("\"Berlin\""));
    assertEquals("", render("\"\""));
    assertEquals("[\"blog\",\"releases\"]", render("[ \"blog\", \"releases\" ]"));
    assertEquals("{\"a\":1,\"b\":[true,null]}", render("{ \"a\": 1, \"b\": [true, null] }"));
  }

  @Test
  void tabsAndLineFeedsBecomeSpacesCarriageReturnsStay() {
    assertEquals("line 1 line2 column2", render("\"line 1\\nline2\\tcolumn2\""));
    assertEquals("a\rb", render("\"a\\rb\""));
    // In compact JSON they are escaped, so nothing raw is left to replace.
    assertEquals("[\"a\\tb\",\"c\\nd\"]", render("[\"a\\tb\",\"c\\nd\"]"));
  }

  @Test
  void aLiteralNullMarkerIsEscaped() {
    assertEquals("\\\\N", render("\"\\\\N\""));
    assertEquals("x\\N", render("\"x\\\\N\""));
  }
}
