package io.sparkplow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkplow.event.Field;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded job jars run as spark-submit runs them (see {@link SparkSubmit}) on the bundled
 * sample logs with the bundled sample configuration, every default enrichment on: a relocation
 * gone wrong (a shaded library calling an unrelocated name, a service file left behind) shows up
 * here as a failed run or a missing enrichment, not in the in-process tests.
 */
class SparkSubmitCompatibilityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ETL_TIMESTAMP = "1736950000000";

  @TempDir
  static Path dir;

  private static Path enriched;
  private static SparkSubmit.Run enrich;

  /** The enrich job on the sample Tomcat logs; run once, checked by the tests below. */
  @BeforeAll
  static void runEnrich() {
    Path root = JobJars.repositoryRoot();
    enriched = dir.resolve("enriched/run=1");
    // From the repository root: the sample configuration names sample/iglu and sample/config/files relative to it.
    enrich = SparkSubmit.run(JobJars.Job.ENRICH, root, dir.resolve("enrich.log"), List.of(
        "--input-folder", root.resolve("sample/raw/clj-tomcat").toString(),
        "--input-format", "clj-tomcat",
        "--output-folder", enriched.toUri().toString(),
        "--enrichments", root.resolve("sample/config/enrichments").toString(),
        "--iglu-config", root.resolve("sample/config/resolver.json").toString(),
        "--etl-timestamp", ETL_TIMESTAMP));
  }

  @Test
  void enrichJarRunsOnTheSparkSubmitClasspathWithEveryDefaultEnrichment() throws IOException {
    assertEquals(0, enrich.exitCode(), enrich.tail());
    List<String> good = TextLines.underFolder(enriched.resolve("output=good"), "part-");
    List<String> bad = TextLines.underFolder(enriched.resolve("output=bad"), "part-");
    JsonNode summary = JSON.readTree(Files.readString(enriched.resolve("enrich_summary.json")));

    assertEquals(sampleInputLines(), summary.path("records").path("input").asLong(), summary.toString());
    assertEquals(good.size(), summary.path("goodEvents").asLong(), summary.toString());
    assertEquals(bad.size(), summary.path("badRows").asLong(), summary.toString());
    assertTrue(good.size() > 1000 && bad.size() > 0, "the sample has good events and bad rows: " + summary);
    assertTrue(Files.exists(enriched.resolve("_SUCCESS")));

    int withGeo = 0;
    for (String line : good) {
      String[] fields = line.split("\t", -1);
      assertEquals(131, fields.length);
      String derived = fields[Field.DERIVED_CONTEXTS.ordinal()];
      // uap-java, YAUAA and the JavaScript enrichment (Rhino) each add a context to every event.
      assertTrue(derived.contains("iglu:com.snowplowanalytics.snowplow/ua_parser_context/")
          && derived.contains("iglu:nl.basjes/yauaa_context/")
          && derived.contains("iglu:com.acme.shop/traffic_class/"), derived);
      String ip = fields[Field.USER_IPADDRESS.ordinal()];
      assertTrue(ip.isEmpty() || ip.endsWith("x"), "anon_ip: " + ip);
      String userId = fields[Field.USER_ID.ordinal()];
      assertTrue(userId.isEmpty() || userId.matches("[0-9a-f]{64}"), "PII pseudonymized with SHA-256: " + userId);
      assertTrue(!fields[Field.BR_NAME.ordinal()].isEmpty(), "user-agent-utils names the browser");
      withGeo += fields[Field.GEO_COUNTRY.ordinal()].isEmpty() ? 0 : 1;
    }
    assertTrue(withGeo > good.size() / 2, "MaxMind located most events: " + withGeo + " of " + good.size());
  }

  @Test
  void shredJarRunsOnTheSparkSubmitClasspathOnTheEnrichedSample() throws IOException {
    assertEquals(0, enrich.exitCode(), enrich.tail());
    Path shredded = dir.resolve("shredded/run=1");
    SparkSubmit.Run shred = SparkSubmit.run(JobJars.Job.SHRED, JobJars.repositoryRoot(), dir.resolve("shred.log"),
        List.of(
            "--input-folder", enriched.resolve("output=good").toUri().toString(),
            "--output-folder", shredded.toUri().toString(),
            "--iglu-config", JobJars.repositoryRoot().resolve("sample/config/resolver.json").toString()));

    assertEquals(0, shred.exitCode(), shred.tail());
    JsonNode completion = JSON.readTree(Files.readString(shredded.resolve("shredding_complete.json"))).path("data");
    long enrichedEvents = TextLines.underFolder(enriched.resolve("output=good"), "part-").size();
    long atomicRows = TextLines.underFolder(
        shredded.resolve("output=good/vendor=com.snowplowanalytics.snowplow/name=atomic"), "part-").size();
    assertEquals(enrichedEvents, atomicRows, "one atomic row per enriched event (no duplicates in the sample)");
    assertEquals(atomicRows, completion.path("count").path("good").asLong(), completion.toString());
    assertEquals(TextLines.underFolder(shredded.resolve("output=bad"), "part-").size(),
        completion.path("count").path("bad").asLong(), completion.toString());
    assertTrue(completion.path("typesInfo").path("types").size() >= 5,
        "events, contexts and derived contexts were shredded: " + completion);
    assertTrue(Files.readString(shredded.resolve("sql/create_tables.sql")).contains("CREATE TABLE"));
    assertTrue(Files.exists(shredded.resolve("_SUCCESS")));
  }

  /** The lines of the sample files, counted here rather than taken from the job. */
  private static long sampleInputLines() throws IOException {
    long lines = 0;
    try (Stream<Path> files = Files.list(JobJars.repositoryRoot().resolve("sample/raw/clj-tomcat"))) {
      for (Path file : files.toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          lines += TextLines.of(in, file.getFileName().toString()).size();
        }
      }
    }
    return lines;
  }
}
