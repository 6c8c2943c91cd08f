package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.iglu.SchemaVer;
import io.sparkplow.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

  private static SchemaKey key(String version) {
    return SchemaKey.parse("iglu:com.acme.web/linkClick/jsonschema/" + version).orElseThrow();
  }

  private static JsonNode json(String s) {
    return Json.parse(s).value();
  }

  /** The three versions, given out of order on purpose. */
  private static TableLayout layout() {
    return TableLayout.of(List.of(key("1-1-0"), key("1-0-0"), key("1-0-1")),
        List.of(json(LinkClickSchemas.V1_1_0), json(LinkClickSchemas.V1_0_0), json(LinkClickSchemas.V1_0_1)));
  }

  private static String describe(TableLayout layout) {
    StringBuilder sb = new StringBuilder();
    for (Column c : layout.columns()) {
      sb.append(c.name()).append(' ').append(c.type()).append(c.notNull() ? " NOT NULL" : "").append('\n');
    }
    return sb.toString();
  }

  @Test
  void laterVersionsAppendTheirColumnsAsNullable() {
    TableLayout layout = layout();
    assertEquals("com_acme_web_link_click_1", layout.tableName());
    assertEquals(key("1-1-0"), layout.latest());
    assertEquals("""
        target_url VARCHAR(4096) NOT NULL
        element_classes VARCHAR(65535)
        element_id VARCHAR(255)
        element_target VARCHAR(255)
        position.x INT
        position.y INT
        click_count SMALLINT
        """, describe(layout));
  }

  @Test
  void anEarlierVersionIsAPrefixOfTheLayout() {
    TableLayout first = layout().upTo(new SchemaVer(1, 0, 0)).orElseThrow();
    assertEquals(List.of(key("1-0-0")), first.versions());
    assertEquals("""
        target_url VARCHAR(4096) NOT NULL
        element_classes VARCHAR(65535)
        element_id VARCHAR(100)
        """, describe(first));
    assertTrue(layout().contains(new SchemaVer(1, 0, 1)));
    assertFalse(layout().contains(new SchemaVer(1, 0, 2)));
    assertTrue(layout().upTo(new SchemaVer(1, 0, 0)).isPresent());
  }

  @Test
  void aColumnIsNotNullOnlyWhileEveryVersionSaysSo() {
    String strict = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"required\":[\"a\"]}";
    String relaxed = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}";
    TableLayout layout = TableLayout.of(List.of(key("1-0-0"), key("1-1-0")), List.of(json(strict), json(relaxed)));
    assertFalse(layout.columns().get(0).notNull());
    assertTrue(layout.upTo(new SchemaVer(1, 0, 0)).orElseThrow().columns().get(0).notNull());
  }

  @Test
  void schemasOfDifferentModelsAreRejected() {
    SchemaKey other = SchemaKey.parse("iglu:com.acme.web/linkClick/jsonschema/2-0-0").orElseThrow();
    assertThrows(IllegalArgumentException.class,
        () -> TableLayout.of(List.of(key("1-0-0"), other), List.of(json("{}"), json("{}"))));
  }
}
