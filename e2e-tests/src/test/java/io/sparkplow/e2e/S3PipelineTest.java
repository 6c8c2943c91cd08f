package io.sparkplow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrichjob.EnrichRun;
import io.sparkplow.event.Field;
import io.sparkplow.sample.SampleLogGenerator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
 * every run, the run's outcome (counts, partitions) is at hand, and a fault can be injected at a
 * precise point of the write. The spark-submit way of running the same jars is covered by
 * {@link SparkSubmitCompatibilityTest}.
 */
class S3PipelineTest {

  private static final SampleLogGenerator.Settings RAW =
      new SampleLogGenerator.Settings("clj-tomcat", 1500, 5, 4, 20, LocalDate.of(2025, 1, 15));

  @TempDir
  static Path dir;

  private static S3ProxyServer s3;
  private static S3Objects objects;
  private static SparkSession spark;
  private static SampleLogGenerator.Totals expected;
  private static EnrichRun.Outcome cleanRun;

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

  /** The reference run, into s3a://enriched/run=clean/: done once, used by every test. */
  private static synchronized EnrichRun.Outcome cleanRun() {
    if (cleanRun == null) {
      cleanRun = S3Pipeline.enrich(spark, "s3a://raw/tomcat/", "s3a://enriched/run=clean");
    }
    return cleanRun;
  }

  @Test
  void enrichReadsAndWritesOnlyThroughS3WithTheMagicCommitter() {
    EnrichRun.Outcome outcome = cleanRun();

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

    assertCommittedByTheMagicCommitter("run=clean");
    JsonNode summary = S3Pipeline.json(objects.text("enriched", "run=clean/" + EnrichRun.SUMMARY_FILE));
    assertEquals(expected.lines(), summary.path("records").path("input").asLong());
    assertEquals(expected.goodEvents(), summary.path("goodEvents").asLong());
    assertEquals(expected.badRows(), summary.path("badRows").asLong());
    assertNothingLeftBehind("enriched");
  }

  @Test
  void anS3OutageDuringTheWriteFailsFastLeavesNothingCompleteAndARerunEqualsACleanRun() throws Exception {
    EnrichRun.Outcome clean = cleanRun();
    String run = "run=outage";
    // What a previous complete run left in the folder: the failed run must not leave it looking complete.
    objects.putText("enriched", run + "/_SUCCESS", "{}");
    objects.putText("enriched", run + "/" + EnrichRun.SUMMARY_FILE, "{\"goodEvents\":1}");
    objects.putText("enriched", run + "/output=good/part-00000-previous.txt", "previous");

    AtomicLong stoppedAt = new AtomicLong();
    Exception failure;
    try (AutoCloseable quiet = QuietLogs.during("an expected S3 outage");
         AutoCloseable outage = OutageCommitterFactory.install(spark.sparkContext().hadoopConfiguration(), () -> {
           s3.stop();
           stoppedAt.set(System.nanoTime());
         })) {
      failure = assertThrows(Exception.class, () -> S3Pipeline.enrich(spark, "s3a://raw/tomcat/", "s3a://enriched/" + run));
    }
    Duration toFailure = Duration.ofNanos(System.nanoTime() - stoppedAt.get());
    assertTrue(stoppedAt.get() != 0, "the server was stopped during the write: " + failure);
    assertTrue(toFailure.compareTo(Duration.ofSeconds(60)) < 0, "the run failed " + toFailure + " after S3 went away");
    assertTrue(causes(failure).stream().anyMatch(m -> m.contains("127.0.0.1:" + s3.port())),
        "the failure names the unreachable endpoint: " + causes(failure));
    System.out.printf("S3 outage: the enrich run failed %d ms after the server stopped%n", toFailure.toMillis());

    s3.restart();
    assertFalse(objects.exists("enriched", run + "/_SUCCESS"), "no _SUCCESS after a failed write");
    assertFalse(objects.exists("enriched", run + "/" + EnrichRun.SUMMARY_FILE), "no summary after a failed write");
    assertEquals(List.of(), objects.partFiles("enriched", run + "/output=good"), "no visible output, old or new");
    assertEquals(List.of(), objects.partFiles("enriched", run + "/output=bad"));
    assertFalse(objects.pendingUploads("enriched").isEmpty(),
        "the task's files had been uploaded (pending, invisible) when S3 went away");

    EnrichRun.Outcome rerun = S3Pipeline.enrich(spark, "s3a://raw/tomcat/", "s3a://enriched/" + run);
    assertEquals(clean.stats().goodEvents(), rerun.stats().goodEvents());
    assertEquals(sorted(objects.partFileLines("enriched", "run=clean/output=good")),
        sorted(objects.partFileLines("enriched", run + "/output=good")));
    assertEquals(sorted(objects.partFileLines("enriched", "run=clean/output=bad")),
        sorted(objects.partFileLines("enriched", run + "/output=bad")));
    assertCommittedByTheMagicCommitter(run);
    assertTrue(objects.exists("enriched", run + "/" + EnrichRun.SUMMARY_FILE));
    assertNothingLeftBehind("enriched");
  }

  /** {@code _SUCCESS} is the magic committer's JSON, listing every part file of the run. */
  private static void assertCommittedByTheMagicCommitter(String run) {
    JsonNode success = S3Pipeline.json(objects.text("enriched", run + "/_SUCCESS"));
    assertEquals("magic", success.path("committer").asText(), success.toString());
    List<String> committed = new ArrayList<>();
    success.path("filenames").forEach(f -> committed.add(f.asText()));
    assertFalse(committed.isEmpty(), "files went through the magic committer: " + success);
    List<String> visible = new ArrayList<>(objects.partFiles("enriched", run + "/output=good"));
    visible.addAll(objects.partFiles("enriched", run + "/output=bad"));
    assertEquals(visible.size(), committed.size(), committed + " vs " + visible);
    for (String key : visible) {
      assertTrue(committed.stream().anyMatch(f -> f.endsWith("/" + key)), key + " is in " + committed);
    }
  }

  /** No staging folders and no pending multipart uploads remain in a bucket. */
  private static void assertNothingLeftBehind(String bucket) {
    List<String> staging = objects.keys(bucket, "").stream()
        .filter(k -> k.contains("__magic") || k.contains("_temporary")).toList();
    assertEquals(List.of(), staging, "no staging objects left");
    assertEquals(List.of(), objects.pendingUploads(bucket).stream().map(u -> u.getKey()).toList(),
        "no pending multipart uploads left");
  }

  private static List<String> causes(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null && messages.size() < 20; t = t.getCause()) {
      messages.add(t.getClass().getName() + ": " + t.getMessage());
    }
    return messages;
  }

  private static List<String> sorted(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    Collections.sort(copy);
    return copy;
  }
}
