package io.sparkplow.shredjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DdlCommandTest {

  private static final Pattern COLUMN = Pattern.compile("^\\s+(\"[^\"]+\")\\s+(\\S+(?: PRECISION)?)\\s+ENCODE (\\w+)\\s*( NOT NULL)?,$",
      Pattern.MULTILINE);
  private static final List<String> METADATA = List.of(
      "\"schema_vendor\" VARCHAR(128) ZSTD NOT NULL", "\"schema_name\" VARCHAR(128) ZSTD NOT NULL",
      "\"schema_format\" VARCHAR(128) ZSTD NOT NULL", "\"schema_version\" VARCHAR(128) ZSTD NOT NULL",
      "\"root_id\" CHAR(36) RAW NOT NULL", "\"root_tstamp\" TIMESTAMP ZSTD NOT NULL",
      "\"ref_root\" VARCHAR(255) ZSTD NOT NULL", "\"ref_tree\" VARCHAR(1500) ZSTD NOT NULL",
      "\"ref_parent\" VARCHAR(255) ZSTD NOT NULL");

  @TempDir
  static Path dir;
  static Path resolver;

  @BeforeAll
  static void registry() throws IOException {
    resolver = TestRegistry.create(dir);
  }

  private record Run(int status, String out, String err) {}

  private static Run ddl(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = DdlCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new Configuration());
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The CREATE TABLE of one table in the output, with what follows it up to the next table. */
  private static String table(String out, String name) {
    int start = out.indexOf("CREATE TABLE IF NOT EXISTS atomic." + name + " (");
    assertTrue(start >= 0, out);
    int end = out.indexOf("CREATE TABLE", start + 1);
    return out.substring(start, end < 0 ? out.length() : end);
  }

  private static List<String> columns(String createTable) {
    List<String> columns = new ArrayList<>();
    Matcher m = COLUMN.matcher(createTable);
    while (m.find()) {
      columns.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + (m.group(4) == null ? "" : m.group(4)));
    }
    return columns;
  }

  @Test
  void printsTheTableOfEachModelUpToTheVersionGiven() {
    Run run = ddl("--iglu-config", resolver.toString(), "iglu:com.acme/link_click/jsonschema/1-0-1",
        "iglu:com.acme.geo/geolocation/jsonschema/1-0-0");
    assertEquals(0, run.status(), run.err());
    String linkClick = table(run.out(), "com_acme_link_click_1");
    List<String> expected = new ArrayList<>(METADATA);
    expected.addAll(List.of("\"target_url\" VARCHAR(4096) ZSTD NOT NULL", "\"element_id\" VARCHAR(255) ZSTD",
        "\"element_classes\" VARCHAR(65535) ZSTD"));
    assertEquals(expected, columns(linkClick));
    assertTrue(linkClick.contains("FOREIGN KEY (root_id) REFERENCES atomic.events(event_id)"));
    assertTrue(linkClick.contains("COMMENT ON TABLE atomic.com_acme_link_click_1 IS 'iglu:com.acme/link_click/jsonschema/1-0-1';"));
    String geo = table(run.out(), "com_acme_geo_geolocation_1");
    expected = new ArrayList<>(METADATA);
    expected.addAll(List.of("\"latitude\" DOUBLE PRECISION ZSTD NOT NULL", "\"longitude\" DOUBLE PRECISION ZSTD NOT NULL"));
    assertEquals(expected, columns(geo));
  }

  @Test
  void aLaterAdditionAppendsItsColumnsAfterTheEarlierVersions() throws IOException {
    String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(resolver));
    Run run = ddl("--sql-schema", "snowplow", "--iglu-config", base64, "iglu:com.acme/link_click/jsonschema/1-1-0");
    assertEquals(0, run.status(), run.err());
    String linkClick = run.out().substring(run.out().indexOf("CREATE TABLE IF NOT EXISTS snowplow.com_acme_link_click_1 ("));
    List<String> columns = columns(linkClick);
    assertEquals(13, columns.size());
    assertEquals(List.of("\"target_url\" VARCHAR(4096) ZSTD NOT NULL", "\"element_id\" VARCHAR(255) ZSTD",
        "\"element_classes\" VARCHAR(65535) ZSTD", "\"click_count\" SMALLINT ZSTD"), columns.subList(9, 13));
    assertTrue(linkClick.contains("IS 'iglu:com.acme/link_click/jsonschema/1-1-0';"));
  }

  @Test
  void anUnresolvableSchemaIsNamedOnStderrAndTheOthersStillPrinted() {
    Run run = ddl("--iglu-config", resolver.toString(), "iglu:com.acme/nothing/jsonschema/1-0-0",
        "iglu:com.acme/link_click/jsonschema/1-0-0", "iglu:com.acme/link_click/jsonschema/1-0-9", "not-a-key");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("iglu:com.acme/nothing/jsonschema/1-0-0"), run.err());
    assertTrue(run.err().contains("iglu:com.acme/link_click/jsonschema/1-0-9"), run.err());
    assertTrue(run.err().contains("not-a-key"), run.err());
    assertEquals(List.of("\"target_url\" VARCHAR(4096) ZSTD NOT NULL", "\"element_id\" VARCHAR(255) ZSTD"),
        columns(table(run.out(), "com_acme_link_click_1")).subList(9, 11));
    assertEquals(1, run.out().split("CREATE TABLE").length - 1);
  }

  @Test
  void badArgumentsExitWith2() {
    assertEquals(2, ddl("iglu:com.acme/link_click/jsonschema/1-0-0").status());
    assertEquals(2, ddl("--iglu-config", resolver.toString()).status());
    assertEquals(2, ddl("--iglu-config", dir.resolve("missing.json").toString(), "iglu:com.acme/x/jsonschema/1-0-0").status());
    assertEquals(2, ddl("--iglu-config", resolver.toString(), "--sql-schema", "a b", "iglu:com.acme/x/jsonschema/1-0-0").status());
    Run help = ddl("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().startsWith("usage: ddl --iglu-config PATH"));
  }
}
