package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.iglu.SchemaVer;
import io.sparkplow.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class DdlGeneratorTest {

  private final DdlGenerator ddl = new DdlGenerator("atomic");

  private static TableLayout linkClick() {
    InMemoryRegistry registry = LinkClickSchemas.registry();
    return TableLayouts.atVersion(registry, SchemaKey.parse("iglu:com.acme.web/linkClick/jsonschema/1-1-0").orElseThrow()).value();
  }

  @Test
  void createsTheTableWithMetadataColumnsKeysAndComment() {
    assertEquals("""
        CREATE TABLE IF NOT EXISTS atomic.com_acme_web_link_click_1 (
            "schema_vendor"   VARCHAR(128)   ENCODE ZSTD NOT NULL,
            "schema_name"     VARCHAR(128)   ENCODE ZSTD NOT NULL,
            "schema_format"   VARCHAR(128)   ENCODE ZSTD NOT NULL,
            "schema_version"  VARCHAR(128)   ENCODE ZSTD NOT NULL,
            "root_id"         CHAR(36)       ENCODE RAW  NOT NULL,
            "root_tstamp"     TIMESTAMP      ENCODE ZSTD NOT NULL,
            "ref_root"        VARCHAR(255)   ENCODE ZSTD NOT NULL,
            "ref_tree"        VARCHAR(1500)  ENCODE ZSTD NOT NULL,
            "ref_parent"      VARCHAR(255)   ENCODE ZSTD NOT NULL,
            "target_url"      VARCHAR(4096)  ENCODE ZSTD NOT NULL,
            "element_classes" VARCHAR(65535) ENCODE ZSTD,
            "element_id"      VARCHAR(255)   ENCODE ZSTD,
            "element_target"  VARCHAR(255)   ENCODE ZSTD,
            "position.x"      INT            ENCODE ZSTD,
            "position.y"      INT            ENCODE ZSTD,
            "click_count"     SMALLINT       ENCODE ZSTD,
            FOREIGN KEY (root_id) REFERENCES atomic.events(event_id)
        )
        DISTSTYLE KEY
        DISTKEY (root_id)
        SORTKEY (root_tstamp);

        COMMENT ON TABLE atomic.com_acme_web_link_click_1 IS 'iglu:com.acme.web/linkClick/jsonschema/1-1-0';
        """, ddl.createTable(linkClick()));
  }

  @Test
  void migratesEachEarlierVersionToTheLatest() {
    List<Migration> migrations = ddl.migrations(linkClick());
    assertEquals(2, migrations.size());
    Migration fromFirst = migrations.get(0);
    assertEquals("iglu:com.acme.web/linkClick/jsonschema/1-0-0", fromFirst.from().toUri());
    assertEquals(List.of(
        "ALTER TABLE atomic.com_acme_web_link_click_1 ALTER COLUMN \"element_id\" TYPE VARCHAR(255);"),
        fromFirst.outsideTransaction());
    assertEquals(List.of(
        "ALTER TABLE atomic.com_acme_web_link_click_1 ADD COLUMN \"element_target\" VARCHAR(255) ENCODE ZSTD;",
        "ALTER TABLE atomic.com_acme_web_link_click_1 ADD COLUMN \"position.x\" INT ENCODE ZSTD;",
        "ALTER TABLE atomic.com_acme_web_link_click_1 ADD COLUMN \"position.y\" INT ENCODE ZSTD;",
        "ALTER TABLE atomic.com_acme_web_link_click_1 ADD COLUMN \"click_count\" SMALLINT ENCODE ZSTD;",
        "COMMENT ON TABLE atomic.com_acme_web_link_click_1 IS 'iglu:com.acme.web/linkClick/jsonschema/1-1-0';"),
        fromFirst.inTransaction());
    Migration fromSecond = migrations.get(1);
    assertEquals(List.of(), fromSecond.outsideTransaction());
    assertEquals(4, fromSecond.inTransaction().size());
    assertTrue(fromSecond.render().contains("BEGIN TRANSACTION;"));
    assertTrue(ddl.migration(linkClick(), new SchemaVer(1, 1, 0)).isEmpty());
  }

  @Test
  void aTableAtAnEarlierVersionDescribesThatVersion() {
    TableLayout at = TableLayouts.atVersion(LinkClickSchemas.registry(),
        SchemaKey.parse("iglu:com.acme.web/linkClick/jsonschema/1-0-1").orElseThrow()).value();
    String sql = ddl.createTable(at);
    assertTrue(sql.endsWith("IS 'iglu:com.acme.web/linkClick/jsonschema/1-0-1';\n"));
    assertFalse(sql.contains("click_count"));
  }

  @Test
  void propertyNamesCannotInjectSql() {
    String schema = """
        {"type": "object", "properties": {
          "x\\" VARCHAR(1)); DROP TABLE atomic.events; --": {"type": "string", "maxLength": 10}
        }}
        """;
    SchemaKey key = SchemaKey.parse("iglu:com.acme/evil/jsonschema/1-0-0").orElseThrow();
    TableLayout layout = TableLayout.of(List.of(key), List.of(Json.parse(schema).value()));
    String sql = ddl.createTable(layout);
    // The whole name stays one quoted identifier, its quote doubled.
    assertTrue(sql.contains("\"x\"\" varchar(1)); drop table atomic.events; __\" VARCHAR(10)"), sql);
    assertEquals(1, sql.split("\"x\"\"", -1).length - 1);
  }

  @Test
  void controlCharactersInPropertyNamesNeverReachTheDdl() {
    String schema = "{\"type\":\"object\",\"properties\":{\"a\\nb\\u0000c\":{\"type\":\"string\"}}}";
    SchemaKey key = SchemaKey.parse("iglu:com.acme/odd/jsonschema/1-0-0").orElseThrow();
    TableLayout layout = TableLayout.of(List.of(key), List.of(Json.parse(schema).value()));
    assertEquals("a_b_c", layout.columns().get(0).name());
  }

  @Test
  void theDatabaseSchemaMustBeAPlainName() {
    assertThrows(IllegalArgumentException.class, () -> new DdlGenerator("atomic; DROP TABLE x"));
    assertThrows(IllegalArgumentException.class, () -> new DdlGenerator("\"atomic\""));
    assertTrue(new DdlGenerator("snowplow_2").createTable(linkClick())
        .startsWith("CREATE TABLE IF NOT EXISTS snowplow_2.com_acme_web_link_click_1 ("));
  }
}
