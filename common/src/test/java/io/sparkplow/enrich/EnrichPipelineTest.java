package io.sparkplow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.EnrichedTsv;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import io.sparkplow.sample.GeneratedLine;
import io.sparkplow.sample.SampleLogGenerator;
import io.sparkplow.testing.SampleRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The whole per-record path on generated logs, without Spark: each line ends exactly as the
 * generator says it must (good events, bad rows of the expected type, or a discard), every bad
 * row keeps its line, and the counts add up.
 */
class EnrichPipelineTest {

  private static final long ETL = 1_736_900_000_000L;

  private static EnrichPipeline pipeline(int maxRecordBytes, String format) {
    EnrichSettings settings = new EnrichSettings(format, SampleRegistry.resolverConfig(), List.of(), ETL, maxRecordBytes);
    return EnrichPipeline.create(settings, uri -> {
      throw new AssertionError("no file expected: " + uri);
    });
  }

  /** Collects one line's outputs. */
  private static final class Outputs implements EnrichPipeline.Emitter {
    final List<EnrichedEvent> good = new ArrayList<>();
    final List<BadRow> bad = new ArrayList<>();

    @Override
    public void good(EnrichedEvent event) {
      good.add(event);
    }

    @Override
    public void bad(BadRow row) {
      bad.add(row);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"clj-tomcat", "cloudfront"})
  void everyGeneratedLineEndsAsTheGeneratorSaysAndCountsAddUp(String format) {
    EnrichPipeline pipeline = pipeline(EnrichSettings.DEFAULT_MAX_RECORD_BYTES, format);
    List<GeneratedLine> lines = SampleLogGenerator.generate(
        new SampleLogGenerator.Settings(format, 3000, 7, 4, 60, LocalDate.of(2025, 1, 15)));
    EnrichStats stats = new EnrichStats();
    long expectedGood = 0;
    long expectedBad = 0;
    long expectedDiscarded = 0;
    for (GeneratedLine line : lines) {
      Outputs out = new Outputs();
      pipeline.process(line.line(), out, stats);
      String what = line.description() + ": " + abbreviate(line.line()) + " -> "
          + out.bad.stream().map(BadRow::toJson).map(EnrichPipelineTest::abbreviate).toList();
      assertEquals(line.goodEvents(), out.good.size(), what);
      assertEquals(line.badRows(), out.bad.size(), what);
      for (BadRow row : out.bad) {
        if (!line.badRowType().isEmpty()) {
          assertEquals(line.badRowType(), row.type(), what);
        }
        assertTrue(keepsLine(row, line.line()), "the bad row keeps the original line: " + what);
      }
      for (EnrichedEvent event : out.good) {
        assertEquals(event, EnrichedTsv.parse(event.toTsv()).value(), "TSV round trip");
        assertTrue(event.has(Field.EVENT_ID) && event.has(Field.COLLECTOR_TSTAMP) && event.has(Field.V_ETL));
      }
      expectedGood += line.goodEvents();
      expectedBad += line.badRows();
      expectedDiscarded += line.isDiscarded() ? 1 : 0;
    }
    assertEquals(lines.size(), stats.inputRecords());
    assertEquals(stats.inputRecords(), stats.discardedRecords() + stats.recordsWithOutput(), "input = output + discarded");
    assertEquals(expectedGood, stats.goodEvents());
    assertEquals(expectedBad, stats.badRowsTotal());
    assertEquals(expectedDiscarded, stats.discardedRecords());
    assertTrue(stats.badRows().size() >= 3, "several kinds of bad rows: " + stats.badRows());
  }

  @Test
  void aRecordAboveTheLimitIsASizeViolationKeepingTheLine() {
    EnrichPipeline pipeline = pipeline(2048, "clj-tomcat");
    String line = "2025-01-15\t10:00:00\t-\t1\t81.2.69.1\tGET\thost\t/i\t200\t-\t-\te=pv&page=" + "é".repeat(1100);
    Outputs out = new Outputs();
    EnrichStats stats = new EnrichStats();
    pipeline.process(line, out, stats);
    assertEquals(1, out.bad.size());
    BadRow.SizeViolation violation = (BadRow.SizeViolation) out.bad.get(0);
    assertEquals(2048, violation.maximumAllowedSizeBytes());
    assertEquals(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, violation.actualSizeBytes());
    assertEquals(line, violation.payload());
  }

  @Test
  void anUnreachableSchemaRegistryGivesSchemaViolationsNotACrash() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String resolver = "{\"schema\":\"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\",\"data\":{"
        + "\"cacheSize\":10,\"repositories\":[{\"name\":\"down\",\"priority\":0,\"vendorPrefixes\":[],"
        + "\"connection\":{\"http\":{\"uri\":\"http://127.0.0.1:" + closedPort + "\"}}}]}}";
    EnrichPipeline pipeline = EnrichPipeline.create(
        new EnrichSettings("clj-tomcat", resolver, List.of(), ETL, EnrichSettings.DEFAULT_MAX_RECORD_BYTES),
        uri -> {
          throw new AssertionError(uri.toString());
        });
    String contexts = java.net.URLEncoder.encode("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/"
        + "1-0-0\",\"data\":[{\"schema\":\"iglu:com.acme/thing/jsonschema/1-0-0\",\"data\":{}}]}",
        java.nio.charset.StandardCharsets.UTF_8);
    String line = "2025-01-15\t10:00:00\t-\t1\t81.2.69.1\tGET\thost\t/i\t200\t-\t-\te=pv&p=web&tv=js-3.0.0&co="
        + contexts;
    Outputs out = new Outputs();
    pipeline.process(line, out, new EnrichStats());
    assertEquals(0, out.good.size());
    assertEquals(1, out.bad.size());
    String json = out.bad.get(0).toJson();
    assertEquals("schema_violations", out.bad.get(0).type(), json);
    assertTrue(json.contains("ResolutionError") && json.contains("iglu:com.acme/thing/jsonschema/1-0-0"), json);
    assertTrue(keepsLine(out.bad.get(0), line));
  }

  @Test
  void utf8LengthCountsMultiByteCharactersAndSurrogatePairs() {
    assertEquals(6, EnrichPipeline.utf8Length("héllo", Long.MAX_VALUE));
    assertEquals(4, EnrichPipeline.utf8Length("😀", Long.MAX_VALUE));
    assertEquals(3, EnrichPipeline.utf8Length("€", Long.MAX_VALUE));
  }

  private static boolean keepsLine(BadRow row, String line) {
    JsonNode payload = Json.parse(row.toJson()).value().path("data").path("payload");
    return payload.isTextual() ? payload.textValue().equals(line) : payload.path("line").asText().equals(line);
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
