package io.sparkplow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.enrichjob.EnrichRun;
import io.sparkplow.sample.SampleLogGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of small gzip files in S3, as a collector's rotation makes them: Spark's file source
 * packs them into few read partitions, and the job writes few output files. Prints the figures
 * recorded in BENCHMARKS.md ("Small files on S3").
 */
@Tag("slow")
class S3SmallFilesTest {

  static final int FILES = 3000;
  private static final SampleLogGenerator.Settings RAW =
      new SampleLogGenerator.Settings("clj-tomcat", 30_000, 17, FILES, 10, LocalDate.of(2025, 1, 15));

  @TempDir
  static Path dir;

  private static S3ProxyServer s3;
  private static S3Objects objects;
  private static SparkSession spark;

  @BeforeAll
  static void start() throws IOException {
    s3 = S3ProxyServer.start();
    objects = new S3Objects(s3.client());
    S3Pipeline.storeConfiguration(s3, objects);
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

  @Test
  void thousandsOfSmallFilesArePackedIntoFewPartitionsAndWrittenAsFewFiles() throws Exception {
    Path local = dir.resolve("raw");
    SampleLogGenerator.Totals expected = SampleLogGenerator.write(RAW, local);
    long uploadStart = System.nanoTime();
    long bytes = upload(local, "small");
    Duration upload = Duration.ofNanos(System.nanoTime() - uploadStart);

    // The S3 side alone: listing and reading every file, all partitions in parallel.
    long readStart = System.nanoTime();
    long lines = spark.read().option("recursiveFileLookup", "true").textFile("s3a://raw/small/").count();
    Duration read = Duration.ofNanos(System.nanoTime() - readStart);
    assertEquals(expected.lines(), lines);

    long runStart = System.nanoTime();
    EnrichRun.Outcome outcome = S3Pipeline.enrich(spark, "s3a://raw/small/", "s3a://enriched/run=small");
    Duration run = Duration.ofNanos(System.nanoTime() - runStart);

    assertEquals(FILES, outcome.inputFiles());
    assertEquals(expected.lines(), outcome.stats().inputRecords());
    assertEquals(expected.goodEvents(), outcome.stats().goodEvents());
    assertEquals(expected.badRows(), outcome.stats().badRowsTotal());
    List<String> good = objects.partFiles("enriched", "run=small/output=good");
    List<String> bad = objects.partFiles("enriched", "run=small/output=bad");
    assertEquals(expected.goodEvents(), objects.partFileLines("enriched", "run=small/output=good").size());
    // Spark's file source packs files into partitions (sc.textFile would make one per file)...
    assertTrue(outcome.readPartitions() * 10 <= FILES, outcome.readPartitions() + " read partitions");
    // ...and the job narrows them to what the output size needs: each writing task makes at most one file a folder.
    assertTrue(outcome.writePartitions() <= outcome.readPartitions());
    assertTrue(good.size() <= outcome.writePartitions() && bad.size() <= outcome.writePartitions(), good + " " + bad);

    System.out.printf("small files on S3: %d input files (%d bytes gzip, %d lines) uploaded in %.1f s; "
            + "read alone %.1f s; enrich run %.1f s: %d read partitions, %d write partitions, "
            + "%d good + %d bad output files (%d good events, %d bad rows); load average %s%n",
        FILES, bytes, expected.lines(), upload.toMillis() / 1000.0, read.toMillis() / 1000.0,
        run.toMillis() / 1000.0, outcome.readPartitions(), outcome.writePartitions(), good.size(), bad.size(),
        expected.goodEvents(), expected.badRows(), loadAverage());
  }

  /** The machine's load (the figures depend on it), where the system tells it. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Uploads every file of a folder under {@code s3://raw/PREFIX/}, a few at a time; returns the bytes sent. */
  private static long upload(Path folder, String prefix) throws Exception {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.sorted().toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> uploads = new ArrayList<>();
      for (Path file : files) {
        uploads.add(pool.submit(() -> objects.putFile("raw", prefix + "/" + file.getFileName(), file)));
      }
      for (Future<?> upload : uploads) {
        upload.get();
      }
    } finally {
      pool.shutdown();
    }
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    return bytes;
  }
}
