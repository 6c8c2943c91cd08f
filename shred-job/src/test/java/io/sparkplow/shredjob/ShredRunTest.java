package io.sparkplow.shredjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.ConfigurationException;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import io.sparkplow.shred.DedupMode;
import io.sparkplow.shred.Deduplicator;
import io.sparkplow.shred.Rows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.util.QueryExecutionListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shred job in Spark local mode over a small batch written here: one session for the class. */
class ShredRunTest {

  static final String VIEW = "11111111-1111-4111-8111-111111111111";
  static final String CLICK = "22222222-2222-4222-8222-222222222222";
  static final String DUP = "33333333-3333-4333-8333-333333333333";
  static final String NEW_CLICK = "44444444-4444-4444-8444-444444444444";
  static final String MISSING = "55555555-5555-4555-8555-555555555555";

  static final String ATOMIC = "output=good/vendor=com.snowplowanalytics.snowplow/name=atomic/format=tsv/model=1";
  static final String LINK_CLICK = "output=good/vendor=com.acme/name=link_click/format=tsv/model=1";
  static final String SESSION = "output=good/vendor=com.acme/name=clientSession/format=tsv/model=1";
  static final String GEO = "output=good/vendor=com.acme.geo/name=geolocation/format=tsv/model=1";
  static final String DUPLICATE = "output=good/vendor=com.snowplowanalytics.snowplow/name=duplicate/format=tsv/model=1";
  static final String PARSING_ERRORS =
      "output=bad/vendor=com.snowplowanalytics.snowplow.badrows/name=loader_parsing_error/format=json/model=2";
  static final String IGLU_ERRORS =
      "output=bad/vendor=com.snowplowanalytics.snowplow.badrows/name=loader_iglu_error/format=json/model=2";

  static final EnrichedEvent VIEW_EVENT = TestEvents.pageView(VIEW, "f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1", "2024-03-05 10:14:58.003");
  static final EnrichedEvent CLICK_EVENT = TestEvents.linkClick(CLICK, "f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2", "1-0-0",
      "{\"targetUrl\":\"https://shop.example.com/sale\",\"elementId\":\"buy\\tnow\"}");
  /** A natural duplicate of the click, enriched later (and collected earlier than anything kept). */
  static final EnrichedEvent CLICK_AGAIN = CLICK_EVENT
      .with(Field.ETL_TSTAMP, "2024-03-05 12:00:00.000").with(Field.COLLECTOR_TSTAMP, "2024-03-05 08:00:00.000");
  /** Synthetic duplicates: one event_id, two fingerprints. */
  static final EnrichedEvent DUP_A = TestEvents.pageView(DUP, "f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3", "2024-03-05 09:00:00.000");
  static final EnrichedEvent DUP_B = TestEvents.pageView(DUP, "f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4", "2024-03-05 10:30:00.000")
      .with(Field.PAGE_TITLE, "Checkout");
  static final EnrichedEvent NEW_CLICK_EVENT = TestEvents.linkClick(NEW_CLICK, "f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5", "1-1-0",
      "{\"targetUrl\":\"https://shop.example.com/\",\"elementClasses\":[\"btn\",\"primary\"],\"clickCount\":2}");
  /** A context whose schema no repository has; its collector_tstamp is not in the canonical form. */
  static final String MISSING_LINE = TestEvents.pageView(MISSING, "f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6", "2024-03-05 10:14:58")
      .with(Field.CONTEXTS, "{\"schema\":\"" + TestEvents.CONTEXTS + "\",\"data\":[{\"schema\":"
          + "\"iglu:com.acme/missing_ctx/jsonschema/1-0-0\",\"data\":{\"a\":1}}]}").toTsv();
  static final String NOT_AN_EVENT = "this is not an enriched event";

  static final List<String> INPUT = List.of(VIEW_EVENT.toTsv(), CLICK_AGAIN.toTsv(), DUP_B.toTsv(), NOT_AN_EVENT,
      CLICK_EVENT.toTsv(), MISSING_LINE, DUP_A.toTsv(), NEW_CLICK_EVENT.toTsv());

  @TempDir
  static Path dir;
  static Path resolver;
  static Path input;
  static SparkSession spark;

  @BeforeAll
  static void start() throws IOException {
    resolver = TestRegistry.create(dir);
    input = dir.resolve("enriched/output=good");
    // Two files, one of them in a nested folder, and a marker file that is not data.
    Files.createDirectories(input.resolve("nested"));
    Files.write(input.resolve("part-00000"), INPUT.subList(0, 4));
    Files.write(input.resolve("nested/part-00001"), INPUT.subList(4, INPUT.size()));
    Files.writeString(input.resolve("_SUCCESS"), "");
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("shred-job-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static ShredJobArgs args(Path out, String compression, String dedup, String... extra) {
    List<String> a = new ArrayList<>(List.of("--input-folder", input.toUri().toString(),
        "--output-folder", out.toUri().toString(), "--iglu-config", resolver.toString(),
        "--output-compression", compression, "--deduplication", dedup));
    a.addAll(List.of(extra));
    return ShredJobArgs.parse(a.toArray(new String[0]));
  }

  private static String entityRow(String vendor, String name, String version, String rootId, String rootTstamp,
      String... values) {
    return String.join("\t", vendor, name, "jsonschema", version, rootId, rootTstamp, "events",
        "[\"events\",\"" + name + "\"]", "events") + (values.length == 0 ? "" : "\t" + String.join("\t", values));
  }

  @Test
  void shredsDeduplicatesAndDescribesTheRun() throws IOException {
    Path out = dir.resolve("run-both");
    ShredRun.Outcome outcome = new ShredRun(spark, args(out, "NONE", "natural,synthetic")).run();
    Map<String, List<String>> lines = OutputFolders.sortedLines(out);

    assertEquals(Set.of(ATOMIC, LINK_CLICK, SESSION, GEO, DUPLICATE, PARSING_ERRORS, IGLU_ERRORS), lines.keySet());
    // A tiny input is written as one file per folder, uncompressed as asked.
    OutputFolders.partFiles(out).forEach((folder, files) -> {
      assertEquals(1, files.size(), folder);
      assertFalse(files.get(0).toString().endsWith(".gz"), folder);
    });

    // Deduplication: the later copy of the click is gone, both DUP copies are kept under new ids.
    List<EnrichedEvent> renamed = new Deduplicator(DedupMode.BOTH).deduplicate(List.of(DUP_A, DUP_B));
    List<String> expectedAtomic = new ArrayList<>(List.of(Rows.atomic(VIEW_EVENT), Rows.atomic(CLICK_EVENT),
        Rows.atomic(NEW_CLICK_EVENT), Rows.atomic(renamed.get(0)), Rows.atomic(renamed.get(1))));
    expectedAtomic.sort(null);
    assertEquals(expectedAtomic, lines.get(ATOMIC));
    Set<String> ids = new HashSet<>();
    for (String row : lines.get(ATOMIC)) {
      assertEquals(128, row.split("\t", -1).length);
      ids.add(row.split("\t", -1)[Field.EVENT_ID.ordinal()]);
    }
    assertEquals(5, ids.size());
    assertFalse(ids.contains(DUP));
    Set<String> newIds = new HashSet<>(ids);
    newIds.removeAll(Set.of(VIEW, CLICK, NEW_CLICK));
    assertEquals(2, newIds.size());

    // The link_click table holds every column of versions 1-0-0 to 1-1-0, in order; a tab became a space.
    assertEquals(List.of(
        entityRow("com.acme", "link_click", "1-0-0", CLICK, "2024-03-05 10:20:00.000",
            "https://shop.example.com/sale", "buy now", "\\N", "\\N"),
        entityRow("com.acme", "link_click", "1-1-0", NEW_CLICK, "2024-03-05 10:20:00.000",
            "https://shop.example.com/", "\\N", "[\"btn\",\"primary\"]", "2")), lines.get(LINK_CLICK));
    assertEquals(5, lines.get(SESSION).size());
    assertTrue(lines.get(SESSION).contains(entityRow("com.acme", "clientSession", "1-0-0", VIEW,
        "2024-03-05 10:14:58.003", "1c6a7b2e-3b8a-4f7e-9d5b-5e0f4a6b1c2d", "3", "\\N")), lines.get(SESSION).toString());
    assertTrue(lines.get(GEO).contains(entityRow("com.acme.geo", "geolocation", "1-0-0", VIEW,
        "2024-03-05 10:14:58.003", "52.520", "13.405")), lines.get(GEO).toString());
    // Each synthetic duplicate has its duplicate context, pointing back to the original id.
    assertEquals(2, lines.get(DUPLICATE).size());
    for (String row : lines.get(DUPLICATE)) {
      String[] cells = row.split("\t", -1);
      assertTrue(newIds.contains(cells[4]), row);
      assertEquals(DUP, cells[9]);
    }

    // Bad rows: the line that is not an event, and the event whose context cannot be resolved,
    // each with its original line as payload.
    JsonNode parsing = Json.parse(lines.get(PARSING_ERRORS).get(0)).value();
    assertEquals("iglu:com.snowplowanalytics.snowplow.badrows/loader_parsing_error/jsonschema/2-0-0",
        parsing.get("schema").asText());
    assertEquals(NOT_AN_EVENT, parsing.at("/data/payload").asText());
    JsonNode iglu = Json.parse(lines.get(IGLU_ERRORS).get(0)).value();
    assertEquals(MISSING_LINE, iglu.at("/data/payload").asText());
    assertTrue(iglu.at("/data/failure").toString().contains("iglu:com.acme/missing_ctx/jsonschema/1-0-0"));

    // sql/: every table of the run, the link_click migration, and the COPY statements (placeholders:
    // the run is not on S3 and no role was given).
    String create = Files.readString(out.resolve("sql/create_tables.sql"));
    for (String table : List.of("com_acme_link_click_1", "com_acme_client_session_1", "com_acme_geo_geolocation_1",
        "com_snowplowanalytics_snowplow_duplicate_1")) {
      assertTrue(create.contains("CREATE TABLE IF NOT EXISTS atomic." + table + " ("), table);
    }
    assertTrue(create.contains("COMMENT ON TABLE atomic.com_acme_link_click_1 IS 'iglu:com.acme/link_click/jsonschema/1-1-0';"));
    assertTrue(create.contains("\"click_count\""));
    String migrations = Files.readString(out.resolve("sql/migrations.sql"));
    assertTrue(migrations.contains("-- Migration from iglu:com.acme/link_click/jsonschema/1-0-0 to iglu:com.acme/link_click/jsonschema/1-1-0"));
    assertTrue(migrations.contains("ALTER TABLE atomic.com_acme_link_click_1 ADD COLUMN \"click_count\" SMALLINT ENCODE ZSTD;"));
    String copy = Files.readString(out.resolve("sql/copy.sql"));
    assertTrue(copy.contains("COPY atomic.events ("));
    assertTrue(copy.contains("FROM '{{RUN_S3_PATH}}/" + LINK_CLICK + "'"));
    assertTrue(copy.contains("aws_iam_role={{COPY_ROLE_ARN}}"));
    assertEquals(5, copy.split("\nCOPY ").length - 1, copy); // atomic.events + 4 tables

    // The completion file, last, from the accumulated stats.
    JsonNode complete = Json.parse(Files.readString(out.resolve("shredding_complete.json"))).value();
    assertEquals("iglu:com.snowplowanalytics.snowplow.storage.rdbloader/shredding_complete/jsonschema/2-0-1",
        complete.get("schema").asText());
    JsonNode data = complete.get("data");
    assertEquals(out.toUri().toString(), data.get("base").asText());
    assertEquals(5, data.at("/count/good").asLong());
    assertEquals(2, data.at("/count/bad").asLong());
    assertEquals("2024-03-05T09:00:00.000Z", data.at("/timestamps/min").asText());
    assertEquals("2024-03-05T10:30:00.000Z", data.at("/timestamps/max").asText());
    assertEquals("NONE", data.get("compression").asText());
    assertEquals("sparkplow-shred", data.at("/processor/artifact").asText());
    Set<String> types = new HashSet<>();
    data.at("/typesInfo/types").forEach(t -> types.add(t.get("schemaKey").asText() + " " + t.get("snowplowEntity").asText()));
    assertEquals(Set.of(
        "iglu:com.acme/link_click/jsonschema/1-0-0 SELF_DESCRIBING_EVENT",
        "iglu:com.acme/link_click/jsonschema/1-1-0 SELF_DESCRIBING_EVENT",
        "iglu:com.acme/clientSession/jsonschema/1-0-0 CONTEXT",
        "iglu:com.acme.geo/geolocation/jsonschema/1-0-0 CONTEXT",
        "iglu:com.snowplowanalytics.snowplow/duplicate/jsonschema/1-0-0 CONTEXT"), types);

    // What the job prints: each folder and its rows.
    assertTrue(outcome.written().contains(new ShredRun.Written(out.toUri() + LINK_CLICK, 2)), outcome.written().toString());
    assertTrue(outcome.written().contains(new ShredRun.Written(out.toUri() + ATOMIC, 5)));
  }

  @Test
  void eachTableGetsFewFilesWhateverTheNumberOfTasks() throws IOException {
    // local[2]: the deduplication runs in two tasks, each with rows of most tables.
    Path perTask = dir.resolve("run-per-task");
    withConf(ShredRun.ADAPTIVE_CONF, "false", () -> new ShredRun(spark, args(perTask, "NONE", "natural,synthetic")).run());
    assertEquals(2, OutputFolders.partFiles(perTask).get(ATOMIC).size(), "without regrouping: a file per task");

    Path regrouped = dir.resolve("run-regrouped");
    new ShredRun(spark, args(regrouped, "NONE", "natural,synthetic")).run();
    OutputFolders.partFiles(regrouped).forEach((folder, files) -> assertEquals(1, files.size(), folder));
    assertEquals(OutputFolders.sortedLines(perTask), OutputFolders.sortedLines(regrouped));

    // A table larger than the advisory size is split (at task boundaries), the small ones are not.
    Path split = dir.resolve("run-split");
    withConf(ShredRun.ADVISORY_SIZE_CONF, "600", () -> new ShredRun(spark, args(split, "NONE", "natural,synthetic")).run());
    Map<String, List<Path>> files = OutputFolders.partFiles(split);
    assertEquals(2, files.get(ATOMIC).size());
    assertEquals(1, files.get(DUPLICATE).size());
    assertEquals(OutputFolders.sortedLines(regrouped), OutputFolders.sortedLines(split));
  }

  /** Runs with one Spark SQL setting changed, then restores it. */
  private static void withConf(String key, String value, Runnable run) {
    String before = spark.conf().getOption(key).getOrElse(() -> null);
    spark.conf().set(key, value);
    try {
      run.run();
    } finally {
      if (before == null) {
        spark.conf().unset(key);
      } else {
        spark.conf().set(key, before);
      }
    }
  }

  @Test
  void aRerunReplacesTheRunWithTheSameRowsAndReadsTheInputOnce() throws IOException {
    Path out = dir.resolve("run-again");
    Files.createDirectories(out);
    Files.writeString(out.resolve("stale.txt"), "from an earlier run");
    RunCounters counters = RunCounters.listen(spark);
    new ShredRun(spark, args(out, "GZIP", "natural,synthetic")).run();
    counters.drain(spark);
    assertEquals(INPUT.size(), counters.recordsRead.get(), "every input line read exactly once");
    assertTrue(spark.sparkContext().getPersistentRDDs().isEmpty(), "nothing cached");
    Map<String, List<String>> first = OutputFolders.sortedLines(out);
    assertFalse(Files.exists(out.resolve("stale.txt")));
    OutputFolders.partFiles(out).values().forEach(files -> assertTrue(files.get(0).toString().endsWith(".gz")));

    new ShredRun(spark, args(out, "GZIP", "natural,synthetic")).run();
    Map<String, List<String>> second = OutputFolders.sortedLines(out);
    assertEquals(first, second);
    assertEquals(5, first.get(ATOMIC).size());
    assertTrue(Files.exists(out.resolve("shredding_complete.json")));
  }

  @Test
  void withoutDeduplicationEveryCopyIsShreddedAndNothingIsShuffled() throws IOException {
    Path out = dir.resolve("run-none");
    RunCounters counters = RunCounters.listen(spark);
    List<String> plans = new java.util.concurrent.CopyOnWriteArrayList<>();
    QueryExecutionListener planListener = new QueryExecutionListener() {
      @Override
      public void onSuccess(String funcName, QueryExecution qe, long durationNs) {
        plans.add(qe.executedPlan().toString());
      }

      @Override
      public void onFailure(String funcName, QueryExecution qe, Exception exception) {}
    };
    spark.listenerManager().register(planListener);
    new ShredRun(spark, args(out, "NONE", "none")).run();
    counters.drain(spark);
    spark.listenerManager().unregister(planListener);
    // The writer keeps a file open per folder instead of sorting the rows by folder first.
    assertEquals(1, plans.size(), plans.toString());
    assertFalse(plans.get(0).contains("Sort ["), plans.get(0));
    assertEquals(INPUT.size(), counters.recordsRead.get());
    assertEquals(0, counters.shuffleRecordsWritten.get());
    Map<String, List<String>> lines = OutputFolders.sortedLines(out);
    assertEquals(6, lines.get(ATOMIC).size()); // 8 lines - 2 bad
    assertFalse(lines.containsKey(DUPLICATE));
    assertEquals(2, lines.get(ATOMIC).stream().filter(l -> l.split("\t", -1)[Field.EVENT_ID.ordinal()].equals(DUP)).count());
  }

  @Test
  void aConfigurationErrorStopsTheRunBeforeAnythingIsRead() throws IOException {
    Path out = dir.resolve("run-misconfigured");
    Path badResolver = dir.resolve("bad-resolver.json");
    Files.writeString(badResolver, "{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\","
        + " \"data\": {\"cacheSize\": 500, \"repositories\": [{\"name\": \"x\", \"priority\": 0,"
        + " \"vendorPrefixes\": [], \"connection\": {\"http\": {\"uri\": \"not a uri\"}}}]}}");
    RunCounters counters = RunCounters.listen(spark);
    ShredJobArgs withBadResolver = ShredJobArgs.parse(new String[] {"--input-folder", input.toString(),
        "--output-folder", out.toString(), "--iglu-config", badResolver.toString()});
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> new ShredRun(spark, withBadResolver).run());
    assertTrue(e.getMessage().contains(badResolver.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("data.repositories[0].connection.http.uri"), e.getMessage());

    ShredJobArgs withoutInput = ShredJobArgs.parse(new String[] {"--input-folder", dir.resolve("nothing").toString(),
        "--output-folder", out.toString(), "--iglu-config", resolver.toString()});
    e = assertThrows(ConfigurationException.class, () -> new ShredRun(spark, withoutInput).run());
    assertTrue(e.getMessage().contains("--input-folder"), e.getMessage());

    counters.drain(spark);
    assertEquals(0, counters.jobs.get());
    assertFalse(Files.exists(out));
  }

  /** Counts what Spark did while it listens. */
  static final class RunCounters extends SparkListener {
    final AtomicInteger jobs = new AtomicInteger();
    final AtomicLong recordsRead = new AtomicLong();
    final AtomicLong shuffleRecordsWritten = new AtomicLong();

    static RunCounters listen(SparkSession spark) {
      RunCounters c = new RunCounters();
      spark.sparkContext().addSparkListener(c);
      return c;
    }

    void drain(SparkSession spark) {
      try {
        spark.sparkContext().listenerBus().waitUntilEmpty(30_000);
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError("Spark's listener bus did not drain", e);
      }
      spark.sparkContext().removeSparkListener(this);
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
      jobs.incrementAndGet();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
      if (taskEnd.taskMetrics() != null) {
        recordsRead.addAndGet(taskEnd.taskMetrics().inputMetrics().recordsRead());
        shuffleRecordsWritten.addAndGet(taskEnd.taskMetrics().shuffleWriteMetrics().recordsWritten());
      }
    }
  }
}
