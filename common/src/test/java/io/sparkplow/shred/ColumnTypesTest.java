package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkplow.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Redshift type rules, one property at a time. */
class ColumnTypesTest {

  private static String typeOf(String property) {
    String schema = "{\"type\":\"object\",\"properties\":{\"p\":" + property + "}}";
    List<Column> columns = SchemaFlattener.columns(Json.parse(schema).value());
    assertEquals(1, columns.size(), schema);
    return columns.get(0).type();
  }

  @Test
  void mixedEnumsAreTextAsWideAsTheLongestValue() {
    assertEquals("VARCHAR(7)", typeOf("{\"enum\":[1,\"medium\",\"largest\",12345]}"));
    assertEquals("VARCHAR(5)", typeOf("{\"enum\":[false,\"yes\",\"no\",null]}"));
  }

  @Test
  void severalTypesAreText() {
    assertEquals("VARCHAR(4096)", typeOf("{\"type\":[\"string\",\"integer\"],\"maxLength\":20}"));
    assertEquals("VARCHAR(4096)", typeOf("{\"type\":[\"object\",\"array\",\"null\"]}"));
    assertEquals("VARCHAR(10)", typeOf("{\"type\":[\"boolean\",\"integer\",\"null\"]}"));
  }

  @Test
  void datesAndTimestamps() {
    assertEquals("TIMESTAMP", typeOf("{\"type\":\"string\",\"format\":\"date-time\"}"));
    assertEquals("TIMESTAMP", typeOf("{\"type\":[\"string\",\"null\"],\"format\":\"date-time\",\"maxLength\":30}"));
    assertEquals("DATE", typeOf("{\"type\":\"string\",\"format\":\"date\"}"));
  }

  @Test
  void arraysAreJson() {
    assertEquals("VARCHAR(65535)", typeOf("{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":10}}"));
    assertEquals("VARCHAR(65535)", typeOf("{\"type\":[\"array\",\"null\"]}"));
  }

  @Test
  void integersAreSizedByTheirBounds() {
    assertEquals("SMALLINT", typeOf("{\"type\":\"integer\",\"minimum\":0,\"maximum\":100}"));
    assertEquals("SMALLINT", typeOf("{\"type\":\"integer\",\"maximum\":32767}"));
    assertEquals("INT", typeOf("{\"type\":\"integer\",\"maximum\":32768}"));
    assertEquals("INT", typeOf("{\"type\":[\"integer\",\"null\"],\"maximum\":2147483647}"));
    assertEquals("BIGINT", typeOf("{\"type\":\"integer\",\"maximum\":2147483648}"));
    assertEquals("BIGINT", typeOf("{\"type\":\"integer\",\"maximum\":9223372036854775807}"));
    assertEquals("BIGINT", typeOf("{\"type\":\"integer\",\"minimum\":0}"));
    // A minimum below the small type's range needs the wider one.
    assertEquals("INT", typeOf("{\"type\":\"integer\",\"minimum\":-40000,\"maximum\":10}"));
  }

  @Test
  void integerEnumsAreSizedByTheirLargestValue() {
    assertEquals("SMALLINT", typeOf("{\"type\":\"integer\",\"enum\":[1,5,10]}"));
    assertEquals("INT", typeOf("{\"enum\":[100,70000]}"));
    assertEquals("BIGINT", typeOf("{\"type\":\"integer\",\"enum\":[1,3000000000]}"));
  }

  @Test
  void numbers() {
    assertEquals("DECIMAL(36,2)", typeOf("{\"type\":\"number\",\"multipleOf\":0.01}"));
    assertEquals("DOUBLE PRECISION", typeOf("{\"type\":[\"number\",\"null\"],\"minimum\":0}"));
    assertEquals("DOUBLE PRECISION", typeOf("{\"type\":\"number\",\"maximum\":100}"));
    assertEquals("DECIMAL(36,3)", typeOf("{\"type\":\"number\",\"minimum\":0,\"maximum\":99.999}"));
  }

  @Test
  void booleans() {
    assertEquals("BOOLEAN", typeOf("{\"type\":[\"boolean\",\"null\"]}"));
  }

  @Test
  void fixedWidthStrings() {
    assertEquals("CHAR(3)", typeOf("{\"type\":\"string\",\"minLength\":3,\"maxLength\":3}"));
    assertEquals("CHAR(36)", typeOf("{\"type\":\"string\",\"format\":\"uuid\"}"));
    assertEquals("CHAR(36)", typeOf("{\"type\":[\"string\",\"null\"],\"format\":\"uuid\",\"maxLength\":36}"));
  }

  @Test
  void formatsOfKnownWidth() {
    assertEquals("VARCHAR(39)", typeOf("{\"type\":\"string\",\"format\":\"ipv6\"}"));
    assertEquals("VARCHAR(15)", typeOf("{\"type\":\"string\",\"format\":\"ipv4\"}"));
    assertEquals("VARCHAR(255)", typeOf("{\"type\":\"string\",\"format\":\"email\"}"));
    assertEquals("VARCHAR(4096)", typeOf("{\"type\":\"string\",\"format\":\"uri\"}"));
  }

  @Test
  void maxLengthAndStringEnums() {
    assertEquals("VARCHAR(255)", typeOf("{\"type\":\"string\",\"maxLength\":255}"));
    assertEquals("VARCHAR(65535)", typeOf("{\"type\":\"string\",\"maxLength\":1000000}"));
    assertEquals("VARCHAR(8)", typeOf("{\"type\":\"string\",\"enum\":[\"INPUT\",\"TEXTAREA\",\"SELECT\"]}"));
    // The enum wins over maxLength; a single value is fixed width.
    assertEquals("VARCHAR(6)", typeOf("{\"type\":\"string\",\"maxLength\":100,\"enum\":[\"small\",\"medium\"]}"));
    assertEquals("CHAR(7)", typeOf("{\"type\":[\"string\",\"null\"],\"enum\":[\"install\"]}"));
    // No type: the enum's values say it is text; a "null" string is a value like any other.
    assertEquals("VARCHAR(15)", typeOf("{\"enum\":[\"detail\",\"checkout_option\",\"null\"]}"));
  }

  @Test
  void everythingElseIsDefaultText() {
    assertEquals("VARCHAR(4096)", typeOf("{\"type\":\"string\"}"));
    assertEquals("VARCHAR(4096)", typeOf("{\"type\":\"object\"}"));
    assertEquals("VARCHAR(4096)", typeOf("{\"description\":\"anything\"}"));
  }

  @Test
  void oneOfAndAnyOfAreFoldedIntoOneColumn() {
    assertEquals("VARCHAR(4096)", typeOf("{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}"));
    assertEquals("VARCHAR(64)", typeOf("{\"anyOf\":[{\"type\":\"string\",\"maxLength\":64},{\"type\":\"null\"}]}"));
    assertEquals("TIMESTAMP", typeOf("{\"oneOf\":[{\"type\":\"string\",\"format\":\"date-time\"},{\"type\":\"null\"}]}"));
  }
}
