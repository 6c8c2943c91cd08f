package io.sparkplow.enrichjob;

import io.sparkplow.BuildInfo;
import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.EnrichPipeline;
import io.sparkplow.enrich.EnrichSettings;
import io.sparkplow.enrich.EnrichStats;
import io.sparkplow.enrich.EnrichSummary;
import io.sparkplow.enrich.EnrichmentConfigs;
import io.sparkplow.enrich.EnrichmentRegistry;
import io.sparkplow.jobs.ConfigText;
import io.sparkplow.jobs.HadoopFiles;
import io.sparkplow.jobs.OutputCommitters;
import io.sparkplow.jobs.OutputSizing;
import io.sparkplow.jobs.SparkFilesFetcher;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the enrich job: configuration checked first (before any data is read), then one
 * Spark job that reads the raw lines, enriches them and writes good and bad output together.
 */
public final class EnrichRun {

  private static final Logger LOG = LoggerFactory.getLogger(EnrichRun.class);

  /** The summary file, written after {@code _SUCCESS}. */
  public static final String SUMMARY_FILE = "enrich_summary.json";

  /** Rough growth of a raw line into an enriched line (131 fields, split URLs, contexts). */
  static final double ENRICHED_EXPANSION = 1.5;

  private final SparkSession spark;
  private final EnrichJobArgs args;
  private final HadoopFiles files;

  public EnrichRun(SparkSession spark, EnrichJobArgs args) {
    this.spark = spark;
    this.args = args;
    this.files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
  }

  /**
   * What a run did.
   *
   * @param inputFiles the number of files read
   * @param readPartitions the partitions Spark's file source packed those files into
   * @param writePartitions the tasks that wrote the output; each writes at most one file per output folder
   */
  public record Outcome(EnrichStats stats, String summaryJson, int inputFiles, int readPartitions,
                        int writePartitions) {}

  /** Validates the configuration, then runs; a ConfigurationException means nothing was read. */
  public Outcome run() {
    Instant started = Instant.now();
    EnrichSettings settings = checkedSettings();
    files.requireExists("--input-folder", args.inputFolder());
    String scheme = files.scheme(args.outputFolder());
    OutputCommitters.configure(spark, scheme);

    String summaryPath = HadoopFiles.join(args.outputFolder(), SUMMARY_FILE);
    // A reader must never pair an old summary with new (or partial) data.
    files.deleteIfExists(summaryPath);

    EnrichStatsAccumulator accumulator = new EnrichStatsAccumulator();
    spark.sparkContext().register(accumulator, "enrich stats");

    Dataset<String> lines = spark.read().option("recursiveFileLookup", "true").textFile(args.inputFolder());
    int inputFiles = lines.inputFiles().length;
    int readPartitions = lines.rdd().getNumPartitions();
    lines = OutputSizing.packed(lines, ENRICHED_EXPANSION, OutputSizing.TARGET_FILE_BYTES);
    int writePartitions = lines.rdd().getNumPartitions();
    Dataset<Row> outputs = lines
        .mapPartitions(new EnrichPartition(settings, accumulator), Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
        .toDF("output", "value");
    // Good and bad of every task go to their folders in the same write: one pass, no cache.
    outputs.write()
        .mode(SaveMode.Overwrite)
        .partitionBy("output")
        .option("compression", args.compression().equals("GZIP") ? "gzip" : "none")
        .text(args.outputFolder());

    EnrichStats stats = accumulator.value();
    String summary = EnrichSummary.toJson(stats, args.inputFolder(), args.inputFormat(), args.outputFolder(),
        args.etlTimestampMs(), BuildInfo.V_ETL, started, Instant.now());
    files.write(summaryPath, summary);
    return new Outcome(stats, summary, inputFiles, readPartitions, writePartitions);
  }

  /** Reads and validates every configuration; ships enrichment files to the executors. */
  EnrichSettings checkedSettings() {
    ConfigText configs = new ConfigText(files);
    String resolver = configs.read("--iglu-config", args.igluConfig());
    List<EnrichmentConfigs.Source> enrichmentSources = args.enrichments().isEmpty()
        ? List.of() : configs.enrichments("--enrichments", args.enrichments());
    EnrichSettings settings = new EnrichSettings(args.inputFormat(), resolver, enrichmentSources,
        args.etlTimestampMs(), args.maxRecordBytes());
    // Everything the executors will build is built here first, so that any error stops the run now.
    EnrichmentRegistry registry = EnrichPipeline.validate(settings);
    shipFiles(registry.files());
    LOG.info("enrichments: {}", registry.entries().stream().map(EnrichmentRegistry.Entry::name).toList());
    return settings;
  }

  private void shipFiles(List<URI> uris) {
    Map<String, URI> byName = new HashMap<>();
    for (URI uri : uris) {
      String name = SparkFilesFetcher.fileName(uri);
      URI other = byName.putIfAbsent(name, uri);
      if (other != null && !other.equals(uri)) {
        throw new ConfigurationException("--enrichments", name,
            "two different files have this name (" + other + ", " + uri + "); rename one");
      }
      boolean remote = uri.getScheme() != null && uri.getScheme().startsWith("http");
      if (!remote && !files.exists(uri.toString())) {
        throw new ConfigurationException("--enrichments", uri.toString(), "file does not exist or cannot be read");
      }
      spark.sparkContext().addFile(uri.toString());
    }
  }
}
