package io.sparkplow.shredjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import io.sparkplow.shred.Compression;
import io.sparkplow.shred.CopyStatements;
import io.sparkplow.shred.DdlGenerator;
import io.sparkplow.shred.TableLayout;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSqlTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/RedshiftLoad";

  private static SchemaKey key(String uri) {
    return SchemaKey.parse(uri).orElseThrow();
  }

  private static JsonNode json(String text) {
    return Json.parse(text).value();
  }

  private static final TableLayout LINK_CLICK = TableLayout.of(
      List.of(key("iglu:com.acme/link_click/jsonschema/1-0-0"), key("iglu:com.acme/link_click/jsonschema/1-1-0")),
      List.of(json(TestRegistry.LINK_CLICK_1_0_0), json(TestRegistry.LINK_CLICK_1_1_0)));
  private static final TableLayout GEO = TableLayout.of(List.of(key("iglu:com.acme.geo/geolocation/jsonschema/1-0-0")),
      List.of(json(TestRegistry.GEOLOCATION)));

  @Test
  void writesTablesMigrationsAndCopiesForAnS3Run() {
    CopyStatements copy = new CopyStatements("s3a://acme-shredded/run=2024-03-05-11-00-00", ROLE, "eu-west-1",
        "snowplow", 5, Compression.GZIP);
    Map<String, String> files = RunSql.files(List.of(LINK_CLICK, GEO), true, new DdlGenerator("snowplow"), copy);
    assertEquals(List.of("create_tables.sql", "migrations.sql", "copy.sql"), List.copyOf(files.keySet()));

    String create = files.get("create_tables.sql");
    // Tables by name: geolocation before link_click.
    assertTrue(create.indexOf("snowplow.com_acme_geo_geolocation_1 (") < create.indexOf("snowplow.com_acme_link_click_1 ("));
    assertTrue(create.contains("COMMENT ON TABLE snowplow.com_acme_link_click_1 IS 'iglu:com.acme/link_click/jsonschema/1-1-0';"));

    String migrations = files.get("migrations.sql");
    assertTrue(migrations.contains("-- Migration from iglu:com.acme/link_click/jsonschema/1-0-0 to iglu:com.acme/link_click/jsonschema/1-1-0\n"
        + "BEGIN TRANSACTION;\n"
        // 1-1-0 adds both (1-0-1 is not in this layout): nullable, so by name.
        + "  ALTER TABLE snowplow.com_acme_link_click_1 ADD COLUMN \"click_count\" SMALLINT ENCODE ZSTD;\n"
        + "  ALTER TABLE snowplow.com_acme_link_click_1 ADD COLUMN \"element_classes\" VARCHAR(65535) ENCODE ZSTD;\n"), migrations);
    assertFalse(migrations.contains("geolocation"));

    String copies = files.get("copy.sql");
    assertFalse(copies.contains("{{"), copies);
    assertTrue(copies.contains("COPY snowplow.events ("));
    assertTrue(copies.contains("COPY snowplow.com_acme_link_click_1 FROM "
        + "'s3://acme-shredded/run=2024-03-05-11-00-00/output=good/vendor=com.acme/name=link_click/format=tsv/model=1'"));
    assertTrue(copies.contains("CREDENTIALS 'aws_iam_role=" + ROLE + "' REGION AS 'eu-west-1'"));
    assertTrue(copies.contains("MAXERROR 5 TIMEFORMAT 'auto' TRUNCATECOLUMNS ACCEPTINVCHARS GZIP;"));
  }

  @Test
  void aRunWithoutGoodEventsHasNothingToCopy() {
    CopyStatements copy = new CopyStatements(CopyStatements.RUN_PATH_PLACEHOLDER, CopyStatements.ROLE_PLACEHOLDER,
        CopyStatements.REGION_PLACEHOLDER, "atomic", 10, Compression.NONE);
    Map<String, String> files = RunSql.files(List.of(), false, new DdlGenerator("atomic"), copy);
    assertFalse(files.get("copy.sql").contains("COPY "), files.get("copy.sql"));
    assertTrue(files.get("migrations.sql").contains("No table of this run has an earlier version."));
  }
}
