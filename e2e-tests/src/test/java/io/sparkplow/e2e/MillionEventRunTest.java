package io.sparkplow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.enrichjob.EnrichJobArgs;
import io.sparkplow.enrichjob.EnrichRun;
import io.sparkplow.sample.SampleLogGenerator;
import io.sparkplow.shred.Compression;
import io.sparkplow.shred.DedupMode;
import io.sparkplow.shred.ShreddingComplete;
import io.sparkplow.shredjob.ShredJobArgs;
import io.sparkplow.shredjob.ShredRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day of one million generated events, with every sample enrichment on, enriched then shredded
 * in local mode: every input line is accounted for (good + bad + discarded), every good event
 * reaches atomic.events, and the output stays in few files. Prints the throughput; BENCHMARKS.md
 * records the same run made with {@code bin/run-local}.
 */
@Tag("slow")
class MillionEventRunTest {

  private static final SampleLogGenerator.Settings RAW =
      new SampleLogGenerator.Settings("clj-tomcat", 1_000_000, 42, 24, 10, LocalDate.of(2025, 1, 15));

  @TempDir
  Path dir;

  @Test
  void aMillionEventsAreEnrichedAndShreddedWithEveryLineAccountedFor() throws IOException {
    SampleLogGenerator.Totals expected = SampleLogGenerator.write(RAW, dir.resolve("raw"));
    assertTrue(expected.goodEvents() >= 1_000_000, expected.toString());
    SampleConfiguration config = SampleConfiguration.copyTo(dir);
    Path enriched = dir.resolve("enriched");
    Path shredded = dir.resolve("shredded");

    SparkSession spark = LocalSpark.start(null);
    EnrichRun.Outcome enrich;
    ShredRun.Outcome shred;
    Duration enrichTime;
    Duration shredTime;
    try {
      long start = System.nanoTime();
      enrich = new EnrichRun(spark, new EnrichJobArgs(dir.resolve("raw").toString(), "clj-tomcat",
          enriched.toString(), config.enrichments().toString(), config.resolver().toString(), 1_736_950_000_000L,
          "GZIP", 1 << 20)).run();
      enrichTime = Duration.ofNanos(System.nanoTime() - start);
      start = System.nanoTime();
      shred = new ShredRun(spark, new ShredJobArgs(enriched.resolve("output=good").toString(), shredded.toString(),
          config.resolver().toString(), Compression.GZIP, DedupMode.parse("natural,synthetic"), Optional.empty(),
          Optional.empty(), "atomic", 10)).run();
      shredTime = Duration.ofNanos(System.nanoTime() - start);
    } finally {
      spark.stop();
    }

    // Enrich: input = records with output + discarded; good and bad as the generator made them.
    assertEquals(expected.lines(), enrich.stats().inputRecords());
    assertEquals(expected.lines(), enrich.stats().recordsWithOutput() + enrich.stats().discardedRecords());
    assertEquals(expected.discarded(), enrich.stats().discardedRecords());
    assertEquals(expected.goodEvents(), enrich.stats().goodEvents());
    assertEquals(expected.badRows(), enrich.stats().badRowsTotal());
    assertTrue(Files.exists(enriched.resolve("_SUCCESS")) && Files.exists(enriched.resolve("enrich_summary.json")));
    // Few, large output files: one per writing task at most, and few tasks for ~1 GB of output.
    assertTrue(enrich.writePartitions() <= 16, enrich.writePartitions() + " write partitions");
    assertTrue(partFiles(enriched.resolve("output=good")).size() <= enrich.writePartitions());

    // Shred: the generator makes unique event ids, so every good event is one atomic row.
    ShreddingComplete completion = shred.completion();
    assertEquals(expected.goodEvents(), completion.good());
    assertEquals(0, completion.bad());
    long atomicRows = shred.written().stream().filter(w -> w.folder().contains("/name=atomic/"))
        .mapToLong(ShredRun.Written::rows).sum();
    assertEquals(expected.goodEvents(), atomicRows);
    assertTrue(shred.written().size() >= 6, "entity tables: " + shred.written());
    for (ShredRun.Written written : shred.written()) {
      List<Path> parts = partFiles(Path.of(written.folder().replaceFirst("^file:", "")));
      assertTrue(!parts.isEmpty() && parts.size() <= 16, written.folder() + ": " + parts.size() + " files");
    }

    System.out.printf("million-event run: %d lines, %d good events, %d bad rows, %d discarded; "
            + "enrich %.1f s (%.0f events/s, %d read and %d write partitions), shred %.1f s (%.0f events/s), "
            + "%d shredded tables; %d cores%n",
        expected.lines(), expected.goodEvents(), expected.badRows(), expected.discarded(),
        enrichTime.toMillis() / 1000.0, expected.goodEvents() * 1000.0 / enrichTime.toMillis(),
        enrich.readPartitions(), enrich.writePartitions(), shredTime.toMillis() / 1000.0,
        expected.goodEvents() * 1000.0 / shredTime.toMillis(), shred.written().size(),
        Runtime.getRuntime().availableProcessors());
  }

  private static List<Path> partFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
    }
  }
}
