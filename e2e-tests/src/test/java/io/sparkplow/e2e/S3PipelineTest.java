package io.sparkplow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrichjob.EnrichRun;
import io.sparkplow.event.Field;
import io.sparkplow.sample.SampleLogGenerator;
import io.sparkplow.shredjob.ShredRun;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jobs against a real S3 server (S3Proxy), with no local or HDFS path anywhere: input,
 * configuration and output are s3a:// URIs, and results are read back through the S3 API.
 *
 * <p>The jobs run in this JVM (their run classes on one shared local SparkSession) rather than as
 * spark-submit processes: one Spark start and one set of enrichments (YAUAA, uap-java...) serve
 * every run, the runs' outcomes are at hand, and a fault can be injected at a fixed point of a
 * write ({@link OutageCommitterFactory}). The spark-submit way of running the same jars is covered
 * by {@link SparkSubmitCompatibilityTest}.
 */
class S3PipelineTest {

  private static final SampleLogGenerator.Settings RAW =
      new SampleLogGenerator.Settings("clj-tomcat", 1500, 5, 4, 20, LocalDate.of(2025, 1, 15));
  private static final String RAW_INPUT = "s3a://raw/tomcat/";
  private static final String ATOMIC = "com.snowplowanalytics.snowplow/atomic/1";

  @TempDir
  static Path dir;

  private static S3ProxyServer s3;
  private static S3Objects objects;
  private static SparkSession spark;
  private static SampleLogGenerator.Totals expected;
  private static EnrichRun.Outcome cleanEnrich;
  private static ShredRun.Outcome cleanShred;

  @BeforeAll
  static void start() throws Exception {
    s3 = S3ProxyServer.start();
    objects = new S3Objects(s3.client());
    S3Pipeline.storeConfiguration(s3, objects);
    expected = S3Pipeline.uploadRawLogs(objects, RAW, dir.resolve("raw"), "tomcat/2025/01/15");
    spark = LocalSpark.start(s3);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
    if (s3 != null) {
      s3.close();
    }
  }

  /** The reference enrich run, into s3a://enriched/run=clean/: done once, used by every test. */
  private static synchronized EnrichRun.Outcome cleanEnrich() {
    if (cleanEnrich == null) {
      cleanEnrich = S3Pipeline.enrich(spark, RAW_INPUT, "s3a://enriched/run=clean");
    }
    return cleanEnrich;
  }

  /** The reference shred run of the reference enrich run, into s3a://shredded/run=clean/. */
  private static synchronized ShredRun.Outcome cleanShred() {
    cleanEnrich();
    if (cleanShred == null) {
      cleanShred = S3Pipeline.shred(spark, "s3a://enriched/run=clean/output=good", "s3a://shredded/run=clean");
    }
    return cleanShred;
  }

  @Test
  void enrichReadsAndWritesOnlyThroughS3WithTheMagicCommitter() {
    EnrichRun.Outcome outcome = cleanEnrich();

    assertEquals(expected.lines(), outcome.stats().inputRecords());
    assertEquals(expected.goodEvents(), outcome.stats().goodEvents());
    assertEquals(expected.badRows(), outcome.stats().badRowsTotal());
    assertEquals(expected.discarded(), outcome.stats().discardedRecords());
    assertEquals(RAW.files(), outcome.inputFiles());

    List<String> good = objects.partFileLines("enriched", "run=clean/output=good");
    List<String> bad = objects.partFileLines("enriched", "run=clean/output=bad");
    assertEquals(expected.goodEvents(), good.size());
    assertEquals(expected.badRows(), bad.size());
    int located = 0;
    for (String line : good) {
      String[] fields = line.split("\t", -1);
      assertEquals(131, fields.length);
      // The enrichments came from S3: YAUAA's context, and the Rhino script's context validated
      // against its schema from the registry in S3; the GeoIP database was fetched from S3.
      assertTrue(fields[Field.DERIVED_CONTEXTS.ordinal()].contains("iglu:nl.basjes/yauaa_context/")
          && fields[Field.DERIVED_CONTEXTS.ordinal()].contains("iglu:com.acme.shop/traffic_class/"));
      located += fields[Field.GEO_COUNTRY.ordinal()].isEmpty() ? 0 : 1;
    }
    assertTrue(located > good.size() / 2, "GeoIP located most events: " + located + " of " + good.size());

    assertCommittedByTheMagicCommitter("enriched", "run=clean");
    JsonNode summary = S3Pipeline.json(objects.text("enriched", "run=clean/" + EnrichRun.SUMMARY_FILE));
    assertEquals(expected.lines(), summary.path("records").path("input").asLong());
    assertEquals(expected.goodEvents(), summary.path("goodEvents").asLong());
    assertEquals(expected.badRows(), summary.path("badRows").asLong());
    assertFalse(objects.lastModified("enriched", "run=clean/" + EnrichRun.SUMMARY_FILE)
        .isBefore(objects.lastModified("enriched", "run=clean/_SUCCESS")), "the summary is written after _SUCCESS");
    assertNothingLeftBehind("enriched");
  }

  @Test
  void shredReadsTheEnrichedRunFromS3AndWritesOneRowPerEntityWithTheCompletionFileLast() {
    cleanShred();
    List<String> enriched = objects.partFileLines("enriched", "run=clean/output=good");
    Map<String, List<String>> shredded = objects.sortedLinesByFolder("shredded", "run=clean");

    Map<String, Long> rows = new TreeMap<>();
    shredded.forEach((folder, lines) -> rows.put(table(folder), (long) lines.size()));
    assertEquals(entityCounts(enriched), rows, "one row per event and per entity of the enriched events");
    assertEquals(expected.goodEvents(), rows.get(ATOMIC));

    JsonNode completion = S3Pipeline.json(objects.text("shredded", "run=clean/" + ShredRun.COMPLETION_FILE)).path("data");
    assertEquals("s3a://shredded/run=clean/", completion.path("base").asText());
    assertEquals(expected.goodEvents(), completion.path("count").path("good").asLong());
    assertEquals(0, completion.path("count").path("bad").asLong(), "every schema was found in the registry in S3");
    Set<String> types = new HashSet<>();
    completion.path("typesInfo").path("types").forEach(t -> types.add(t.path("schemaKey").asText()));
    for (String table : rows.keySet()) {
      String[] parts = table.split("/");
      assertTrue(table.equals(ATOMIC) || types.stream().anyMatch(
          t -> t.startsWith("iglu:" + parts[0] + "/" + parts[1] + "/jsonschema/" + parts[2] + "-")), table + " in " + types);
    }
    assertTrue(objects.text("shredded", "run=clean/sql/create_tables.sql").contains("CREATE TABLE"));

    assertCommittedByTheMagicCommitter("shredded", "run=clean");
    assertFalse(objects.lastModified("shredded", "run=clean/" + ShredRun.COMPLETION_FILE)
        .isBefore(objects.lastModified("shredded", "run=clean/_SUCCESS")), "the completion file is written last");
    assertNothingLeftBehind("shredded");
  }

  @Test
  void anS3OutageDuringTheEnrichWriteFailsFastLeavesNothingCompleteAndARerunEqualsACleanRun() {
    cleanEnrich();
    String run = "run=outage";
    afterAnOutageDuringTheWrite("enriched", run, EnrichRun.SUMMARY_FILE,
        () -> S3Pipeline.enrich(spark, RAW_INPUT, "s3a://enriched/" + run));

    assertEquals(objects.sortedLinesByFolder("enriched", "run=clean"), objects.sortedLinesByFolder("enriched", run),
        "the re-run wrote what a clean run writes");
  }

  @Test
  void anS3OutageDuringTheShredWriteFailsFastLeavesNothingCompleteAndARerunEqualsACleanRun() {
    cleanShred();
    String run = "run=outage";
    afterAnOutageDuringTheWrite("shredded", run, ShredRun.COMPLETION_FILE,
        () -> S3Pipeline.shred(spark, "s3a://enriched/run=clean/output=good", "s3a://shredded/" + run));

    assertEquals(objects.sortedLinesByFolder("shredded", "run=clean"), objects.sortedLinesByFolder("shredded", run),
        "the re-run wrote what a clean run writes");
  }

  /**
   * Runs a job into {@code bucket/run} (holding what a previous complete run left) while the S3
   * server is stopped during its write; checks it fails fast and leaves nothing that looks
   * complete; restarts the server and runs the job again, which must complete cleanly.
   */
  private static void afterAnOutageDuringTheWrite(String bucket, String run, String lastFile, Supplier<?> job) {
    objects.putText(bucket, run + "/_SUCCESS", "{}");
    objects.putText(bucket, run + "/" + lastFile, "{}");
    objects.putText(bucket, run + "/output=good/part-00000-previous.txt", "previous");

    AtomicLong stoppedAt = new AtomicLong();
    Exception failure = null;
    Runnable restoreLogs = QuietLogs.off("an S3 outage provoked on purpose");
    Runnable uninstall = OutageCommitterFactory.install(spark.sparkContext().hadoopConfiguration(), () -> {
      s3.stop();
      stoppedAt.set(System.nanoTime());
    });
    try {
      job.get();
    } catch (Exception e) { // Spark's own exceptions are checked ones, thrown undeclared
      failure = e;
    } finally {
      uninstall.run();
      restoreLogs.run();
    }
    Duration toFailure = Duration.ofNanos(System.nanoTime() - stoppedAt.get());
    if (stoppedAt.get() != 0) {
      s3.restart(); // first, so that a failed check below leaves the other tests a server
    }
    assertTrue(stoppedAt.get() != 0, "the server was stopped during the write");
    assertNotNull(failure, "the run failed");
    assertTrue(toFailure.compareTo(Duration.ofSeconds(60)) < 0, "the run failed " + toFailure + " after S3 went away");
    List<String> causes = causes(failure);
    assertTrue(causes.stream().anyMatch(m -> m.contains("127.0.0.1:" + s3.port())),
        "the failure names the unreachable endpoint: " + causes);
    System.out.printf("S3 outage: the %s run failed %d ms after the server stopped%n", bucket, toFailure.toMillis());

    assertFalse(objects.exists(bucket, run + "/_SUCCESS"), "no _SUCCESS after a failed write");
    assertFalse(objects.exists(bucket, run + "/" + lastFile), "no " + lastFile + " after a failed write");
    assertEquals(List.of(), objects.partFilesUnder(bucket, run), "no visible output, old or new");
    assertFalse(objects.pendingUploads(bucket).isEmpty(),
        "the first task's files were uploaded (pending, invisible) when S3 went away");

    job.get();
    assertCommittedByTheMagicCommitter(bucket, run);
    assertTrue(objects.exists(bucket, run + "/" + lastFile));
    assertNothingLeftBehind(bucket);
  }

  /** {@code _SUCCESS} is the magic committer's JSON, listing every part file of the run. */
  private static void assertCommittedByTheMagicCommitter(String bucket, String run) {
    JsonNode success = S3Pipeline.json(objects.text(bucket, run + "/_SUCCESS"));
    assertEquals("magic", success.path("committer").asText(), success.toString());
    List<String> committed = new ArrayList<>();
    success.path("filenames").forEach(f -> committed.add(f.asText()));
    assertFalse(committed.isEmpty(), "files went through the magic committer: " + success);
    List<String> visible = objects.partFilesUnder(bucket, run);
    assertEquals(visible.size(), committed.size(), committed + " vs " + visible);
    for (String key : visible) {
      assertTrue(committed.stream().anyMatch(f -> f.endsWith("/" + key)), key + " is in " + committed);
    }
  }

  /** No staging folders and no pending multipart uploads remain in a bucket. */
  private static void assertNothingLeftBehind(String bucket) {
    List<String> staging = objects.keys(bucket, "").stream()
        .filter(k -> k.contains("__magic") || k.contains("_temporary") || k.contains(".spark-staging")).toList();
    assertEquals(List.of(), staging, "no staging objects left");
    assertEquals(List.of(), objects.pendingUploads(bucket).stream().map(u -> u.getKey()).toList(),
        "no pending multipart uploads left");
  }

  /** Rows expected per table ({@code vendor/name/model}), counted from the enriched events themselves. */
  private static Map<String, Long> entityCounts(List<String> enriched) {
    Map<String, Long> counts = new TreeMap<>();
    Set<String> eventIds = new HashSet<>();
    for (String line : enriched) {
      String[] fields = line.split("\t", -1);
      assertTrue(eventIds.add(fields[Field.EVENT_ID.ordinal()]), "the generated events have distinct ids");
      counts.merge(ATOMIC, 1L, Long::sum);
      String unstruct = fields[Field.UNSTRUCT_EVENT.ordinal()];
      if (!unstruct.isEmpty()) {
        countEntity(counts, S3Pipeline.json(unstruct).path("data"));
      }
      for (Field field : List.of(Field.CONTEXTS, Field.DERIVED_CONTEXTS)) {
        String contexts = fields[field.ordinal()];
        if (!contexts.isEmpty()) {
          S3Pipeline.json(contexts).path("data").forEach(entity -> countEntity(counts, entity));
        }
      }
    }
    return counts;
  }

  private static void countEntity(Map<String, Long> counts, JsonNode entity) {
    // iglu:VENDOR/NAME/jsonschema/MODEL-REVISION-ADDITION
    String[] parts = entity.path("schema").asText().substring("iglu:".length()).split("/");
    counts.merge(parts[0] + "/" + parts[1] + "/" + parts[3].substring(0, parts[3].indexOf('-')), 1L, Long::sum);
  }

  /** {@code output=good/vendor=V/name=N/format=tsv/model=M} as {@code V/N/M}. */
  private static String table(String folder) {
    Map<String, String> values = new TreeMap<>();
    for (String segment : folder.split("/")) {
      values.put(segment.substring(0, segment.indexOf('=')), segment.substring(segment.indexOf('=') + 1));
    }
    assertEquals("good", values.get("output"), folder);
    return values.get("vendor") + "/" + values.get("name") + "/" + values.get("model");
  }

  private static List<String> causes(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null && messages.size() < 20; t = t.getCause()) {
      messages.add(t.getClass().getName() + ": " + t.getMessage());
    }
    return messages;
  }
}
