package io.sparkplow.enrichjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.ConfigurationException;
import io.sparkplow.json.Json;
import io.sparkplow.sample.GeneratedLine;
import io.sparkplow.sample.SampleLogGenerator;
import io.sparkplow.testing.SampleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrich job in Spark local mode over generated logs: every input line accounted for, bad rows
 * keep their lines, the input is read once, a re-run replaces the output, and configuration errors
 * stop the run before any data is read.
 */
class EnrichRunTest {

  private static final long ETL = 1_736_950_000_000L;
  private static SparkSession spark;

  @TempDir
  static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("enrich-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Path resolver() throws IOException {
    Path file = dir.resolve("resolver.json");
    Files.writeString(file, SampleRegistry.resolverConfig());
    return file;
  }

  private static Path enrichments() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("enrichments"));
    Files.writeString(folder.resolve("campaign_attribution.json"), "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/"
        + "campaign_attribution/jsonschema/1-0-1\",\"data\":{\"vendor\":\"com.snowplowanalytics.snowplow\","
        + "\"name\":\"campaign_attribution\",\"enabled\":true,\"parameters\":{\"mapping\":\"static\",\"fields\":{"
        + "\"mktMedium\":[\"utm_medium\"],\"mktSource\":[\"utm_source\"],\"mktTerm\":[\"utm_term\"],"
        + "\"mktContent\":[\"utm_content\"],\"mktCampaign\":[\"utm_campaign\"]}}}}");
    Files.writeString(folder.resolve("event_fingerprint_config.json"), "{\"schema\":\"iglu:com.snowplowanalytics."
        + "snowplow/event_fingerprint_config/jsonschema/1-0-1\",\"data\":{\"vendor\":\"com.snowplowanalytics.snowplow\","
        + "\"name\":\"event_fingerprint_config\",\"enabled\":true,\"parameters\":{\"excludeParameters\":[\"cv\","
        + "\"eid\",\"nuid\",\"stm\"],\"hashAlgorithm\":\"MD5\"}}}");
    Files.writeString(folder.resolve("README.txt"), "not a configuration: only *.json files are read");
    return folder;
  }

  private static EnrichJobArgs args(Path input, Path output, Path enrichments) throws IOException {
    return new EnrichJobArgs(input.toUri().toString(), "clj-tomcat", output.toUri().toString(),
        enrichments.toString(), resolver().toString(), ETL, "GZIP", 1 << 20);
  }

  @Test
  void everyInputLineIsAccountedForAndReadOnce() throws IOException {
    SampleLogGenerator.Settings settings =
        new SampleLogGenerator.Settings("clj-tomcat", 4000, 11, 8, 40, LocalDate.of(2025, 1, 15));
    Path input = dir.resolve("raw");
    // Nested folders are read too.
    SampleLogGenerator.Totals totals = SampleLogGenerator.write(settings, input.resolve("2025/01/15"));
    List<GeneratedLine> expected = SampleLogGenerator.generate(settings);
    Path output = dir.resolve("enriched/run=1");

    EnrichRun.Outcome outcome = new EnrichRun(spark, args(input, output, enrichments())).run();

    // The accumulator counts the records the per-record function saw: each line once (one pass).
    assertEquals(totals.lines(), outcome.stats().inputRecords());
    assertEquals(expected.size(), outcome.stats().inputRecords());
    assertEquals(totals.goodEvents(), outcome.stats().goodEvents());
    assertEquals(totals.badRows(), outcome.stats().badRowsTotal());
    assertEquals(totals.discarded(), outcome.stats().discardedRecords());
    assertEquals(outcome.stats().inputRecords(),
        outcome.stats().discardedRecords() + outcome.stats().recordsWithOutput(), "input = with output + discarded");
    assertTrue(spark.sharedState().cacheManager().isEmpty(), "nothing is cached");

    List<String> good = lines(output.resolve("output=good"));
    List<String> bad = lines(output.resolve("output=bad"));
    assertEquals(totals.goodEvents(), good.size());
    assertEquals(totals.badRows(), bad.size());
    for (String tsv : good) {
      assertEquals(131, tsv.split("\t", -1).length);
    }
    Set<String> badLines = new HashSet<>();
    for (String row : bad) {
      JsonNode payload = Json.parse(row).value().path("data").path("payload");
      badLines.add(payload.isTextual() ? payload.textValue() : payload.path("line").asText());
    }
    for (GeneratedLine line : expected) {
      if (line.badRows() > 0) {
        assertTrue(badLines.contains(line.line()), "a bad row keeps the line: " + line.description());
      }
    }
    assertTrue(Files.exists(output.resolve("_SUCCESS")));
    JsonNode summary = Json.parse(Files.readString(output.resolve(EnrichRun.SUMMARY_FILE))).value();
    assertEquals(totals.lines(), summary.path("records").path("input").asLong());
    assertEquals(totals.goodEvents(), summary.path("goodEvents").asLong());
    assertEquals("2025-01-15", summary.path("minCollectorTstamp").asText().substring(0, 10));

    // A re-run into the same folder replaces the previous result; it never mixes two runs.
    Path smaller = dir.resolve("raw-small");
    SampleLogGenerator.Totals second = SampleLogGenerator.write(
        new SampleLogGenerator.Settings("clj-tomcat", 300, 12, 2, 0, LocalDate.of(2025, 1, 16)), smaller);
    new EnrichRun(spark, args(smaller, output, enrichments())).run();
    assertEquals(second.goodEvents(), lines(output.resolve("output=good")).size());
    assertFalse(Files.exists(output.resolve("output=bad")), "no bad rows of the first run remain");
  }

  @Test
  void anInvalidEnrichmentStopsTheRunBeforeAnyDataIsRead() throws IOException {
    Path input = dir.resolve("raw-for-config");
    SampleLogGenerator.write(new SampleLogGenerator.Settings("clj-tomcat", 50, 3, 1, 0, LocalDate.of(2025, 1, 15)), input);
    Path folder = Files.createDirectories(dir.resolve("bad-enrichments"));
    Files.writeString(folder.resolve("anon_ip.json"), "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/anon_ip/"
        + "jsonschema/1-0-0\",\"data\":{\"vendor\":\"com.snowplowanalytics.snowplow\",\"name\":\"anon_ip\","
        + "\"enabled\":true,\"parameters\":{\"anonOctets\":7}}}");
    Path output = dir.resolve("never-written");
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> new EnrichRun(spark, args(input, output, folder)).run());
    assertTrue(e.getMessage().contains("anon_ip.json") && e.getMessage().contains("anonOctets"), e.getMessage());
    assertFalse(Files.exists(output), "nothing was written");
  }

  @Test
  void unknownArgumentsAndFormatsAreRefused() {
    assertThrows(ConfigurationException.class, () -> EnrichJobArgs.parse(new String[] {"--input-folder", "x",
        "--input-format", "cloudfront", "--output-folder", "y", "--iglu-config", "r", "--bad-folder", "z"}, 0));
    assertThrows(ConfigurationException.class, () -> EnrichJobArgs.parse(new String[] {"--input-folder", "x"}, 0));
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> EnrichJobArgs.parse(new String[] {
        "--input-folder", "x", "--input-format", "cloudfront", "--output-folder", "y", "--iglu-config", "r",
        "--output-compression", "zip"}, 0));
    assertTrue(e.getMessage().contains("--output-compression"), e.getMessage());
  }

  /** Every line of the part files under a folder (gzip or not). */
  static List<String> lines(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.exists(folder)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        try (InputStream in = file.toString().endsWith(".gz")
            ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
              out.add(line);
            }
          }
        }
      }
    }
    return out;
  }
}
