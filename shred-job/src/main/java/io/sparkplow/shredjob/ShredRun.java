package io.sparkplow.shredjob;

import io.sparkplow.ConfigurationException;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.event.EventTimestamps;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.jobs.ConfigText;
import io.sparkplow.jobs.HadoopFiles;
import io.sparkplow.jobs.OutputCommitters;
import io.sparkplow.jobs.OutputSizing;
import io.sparkplow.shred.Compression;
import io.sparkplow.shred.CopyStatements;
import io.sparkplow.shred.DdlGenerator;
import io.sparkplow.shred.DedupMode;
import io.sparkplow.shred.ShreddingComplete;
import io.sparkplow.shred.TableLayout;
import io.sparkplow.shred.TableLayouts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the shred job: arguments and configuration checked first (before any data is read),
 * then ONE pass that reads the enriched lines, decodes, deduplicates (a shuffle keyed by event_id,
 * sorted within partitions), shreds, regroups the rows by table (a shuffle sized by adaptive
 * execution) and writes good and bad rows together; then, from
 * the accumulated stats only, the SQL files and the completion file, last.
 */
public final class ShredRun {

  private static final Logger LOG = LoggerFactory.getLogger(ShredRun.class);

  /** The file that tells a loader the run is complete; written last. */
  public static final String COMPLETION_FILE = "shredding_complete.json";

  /** Rough size of the shredded output per byte of enriched input (JSON fields become entity rows). */
  static final double SHRED_EXPANSION = 1.0;

  /**
   * Files a task keeps open at once, one per output folder, before Spark falls back to sorting the
   * rest of its rows by folder: enough for the atomic folder, the bad rows and the entity types
   * of most pipelines, few enough for the memory of the (compressing) writers.
   */
  static final int CONCURRENT_WRITERS = 128;
  static final String CONCURRENT_WRITERS_CONF = "spark.sql.maxConcurrentOutputFileWriters";
  static final String ADAPTIVE_CONF = "spark.sql.adaptive.enabled";
  static final String ADVISORY_SIZE_CONF = "spark.sql.adaptive.advisoryPartitionSizeInBytes";
  static final String SHUFFLE_PARTITIONS_CONF = "spark.sql.shuffle.partitions";
  /** Hash buckets of the regrouping by folder (at least), before adaptive execution sizes them. */
  static final int REBALANCE_BUCKETS = 1024;

  private final SparkSession spark;
  private final ShredJobArgs args;
  private final HadoopFiles files;

  public ShredRun(SparkSession spark, ShredJobArgs args) {
    this.spark = spark;
    this.args = args;
    this.files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
  }

  /** The folder a table's (or bad row type's) rows went to, and how many. */
  public record Written(String folder, long rows) {}

  /** What a run did. */
  public record Outcome(ShreddingComplete completion, List<Written> written, Map<String, String> sqlFiles) {}

  /** Checks the configuration, then runs; a ConfigurationException means nothing was read. */
  public Outcome run() {
    Instant started = Instant.now();
    ShredSettings settings = checkedSettings();
    files.requireExists("--input-folder", args.inputFolder());
    CopyStatements copy = copyStatements();
    OutputCommitters.configure(spark, files.scheme(args.outputFolder()));
    if (!spark.conf().contains(CONCURRENT_WRITERS_CONF)) {
      spark.conf().set(CONCURRENT_WRITERS_CONF, CONCURRENT_WRITERS);
    }

    String completionPath = HadoopFiles.join(args.outputFolder(), COMPLETION_FILE);
    // A loader must never take an old completion file for new (or partial) data.
    files.deleteIfExists(completionPath);

    ShredStatsAccumulator accumulator = new ShredStatsAccumulator();
    spark.sparkContext().register(accumulator, "shred stats");

    Dataset<String> lines = spark.read().option("recursiveFileLookup", "true").textFile(args.inputFolder());
    Dataset<Row> outputs = shredded(lines, settings, accumulator);
    outputs.write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "static") // the whole run folder is replaced
        .option("compression", args.compression() == Compression.GZIP ? "gzip" : "none")
        .partitionBy(PartitionOutput.PARTITION_COLUMNS)
        .text(args.outputFolder());

    ShredStats stats = accumulator.value();
    List<TableLayout> layouts = layoutsOf(stats, ShredTools.get(settings));
    Map<String, String> sql = RunSql.files(layouts, stats.good() > 0, new DdlGenerator(args.copySchema()), copy);
    String sqlFolder = HadoopFiles.join(args.outputFolder(), RunSql.FOLDER);
    sql.forEach((name, text) -> files.write(HadoopFiles.join(sqlFolder, name), text));

    String qualified = files.qualified(args.outputFolder());
    String base = qualified.endsWith("/") ? qualified : qualified + "/";
    ShreddingComplete completion = new ShreddingComplete(base, stats.types(), started, Instant.now(),
        stats.minCollectorTstamp().map(ShredRun::instant), stats.maxCollectorTstamp().map(ShredRun::instant),
        args.compression(), ShredTools.PROCESSOR, stats.good(), stats.bad());
    files.write(completionPath, completion.toJson());

    List<Written> written = new ArrayList<>();
    stats.rows().forEach((folder, rows) -> written.add(new Written(HadoopFiles.join(args.outputFolder(), folder), rows)));
    return new Outcome(completion, written, sql);
  }

  /**
   * The output rows of the enriched lines: deduplicated through one shuffle keyed by event_id
   * (sorted within partitions as {@link io.sparkplow.shred.SortedRunDeduplicator} reads), or,
   * without deduplication, with no shuffle; then, when more than one task would write, gathered
   * by output folder ({@link #byFolder}) so that each table gets few large files.
   */
  private Dataset<Row> shredded(Dataset<String> lines, ShredSettings settings, ShredStatsAccumulator accumulator) {
    int partitions = OutputSizing.partitionsFor(OutputSizing.uncompressedInputBytes(lines) * SHRED_EXPANSION,
        OutputSizing.TARGET_FILE_BYTES);
    int read = lines.rdd().getNumPartitions();
    if (settings.deduplication() == DedupMode.NONE) {
      int tasks = Math.min(read, partitions);
      LOG.info("input: {} partitions; shredding in {} partitions, no deduplication", read, tasks);
      return byFolder((partitions < read ? lines.coalesce(partitions) : lines)
          .mapPartitions(new LinePartition(settings, accumulator), Encoders.row(PartitionOutput.SCHEMA)), tasks);
    }
    // Files per table no longer depend on these tasks (byFolder regroups), so use every core.
    int tasks = Math.max(partitions, spark.sparkContext().defaultParallelism());
    LOG.info("input: {} partitions; deduplication {} over {} partitions", read, settings.deduplication(), tasks);
    Column[] sort = new Column[DecodedRows.SORT_COLUMNS.length];
    for (int i = 0; i < sort.length; i++) {
      sort[i] = functions.col(DecodedRows.SORT_COLUMNS[i]);
    }
    return byFolder(lines
        .mapPartitions(new DecodedRows(settings), Encoders.row(DecodedRows.SCHEMA))
        .repartition(tasks, functions.col(DecodedRows.KEY))
        .sortWithinPartitions(sort)
        .mapPartitions(new DedupPartition(settings, accumulator), Encoders.row(PartitionOutput.SCHEMA)), tasks);
  }

  /**
   * Rows regrouped by output folder before writing. Each writing task makes one file per folder it
   * has rows for, so without this every table, however small, would get a file per task: hundreds
   * of tiny files per table on a large run. A REBALANCE by the folder columns is a shuffle that
   * adaptive query execution sizes from the actual bytes of each folder: small folders are merged
   * into one task (one file each), large ones split, at map task boundaries, into chunks of about
   * the advisory size ({@link OutputSizing#TARGET_FILE_BYTES} unless set) of shuffle data, which
   * Spark measures compressed (lz4): 2 to 5 times that as TSV. It costs one more shuffle of the output,
   * so a run that writes from one task anyway skips it; without adaptive execution (turned off by
   * the user) there would be nothing to split a large folder, so it is skipped too. Folders are
   * hashed into {@link #REBALANCE_BUCKETS} buckets (empty ones cost nothing): a small table that
   * shares its bucket with a large one is split with it, a few files instead of one, so the buckets
   * are many more than Spark's default 200. Row order within a file is not fixed (it follows the
   * shuffle's fetch order); the rows are.
   */
  private Dataset<Row> byFolder(Dataset<Row> rows, int tasks) {
    if (tasks <= 1) {
      return rows;
    }
    if (!Boolean.parseBoolean(spark.conf().get(ADAPTIVE_CONF, "true"))) {
      LOG.warn("{}=false: each writing task writes a file per table (no rebalancing by table)", ADAPTIVE_CONF);
      return rows;
    }
    if (!spark.conf().contains(ADVISORY_SIZE_CONF)) {
      spark.conf().set(ADVISORY_SIZE_CONF, Long.toString(OutputSizing.TARGET_FILE_BYTES));
    }
    // The hint takes expressions (Column objects are not unwrapped): the bucket count, then the columns.
    int buckets = Math.max(REBALANCE_BUCKETS, Integer.parseInt(spark.conf().get(SHUFFLE_PARTITIONS_CONF, "200")));
    Object[] parameters = new Object[1 + PartitionOutput.PARTITION_COLUMNS.length];
    parameters[0] = functions.lit(buckets).expr();
    for (int i = 0; i < PartitionOutput.PARTITION_COLUMNS.length; i++) {
      parameters[1 + i] = functions.col(PartitionOutput.PARTITION_COLUMNS[i]).expr();
    }
    return rows.hint("rebalance", parameters);
  }

  /** Reads the resolver configuration and builds the resolver, so that any error stops the run now. */
  ShredSettings checkedSettings() {
    ConfigText configs = new ConfigText(files);
    String resolverJson = configs.read("--iglu-config", args.igluConfig());
    // A path names the file; inline base64 is not printed (it may hold an API key).
    String source = configs.isInline(args.igluConfig()) ? "--iglu-config (base64)" : args.igluConfig();
    ShredSettings settings = new ShredSettings(source, resolverJson, args.deduplication());
    ShredTools.get(settings);
    return settings;
  }

  /** The run's COPY statements, with placeholders for what is not known. */
  CopyStatements copyStatements() {
    String scheme = files.scheme(args.outputFolder());
    boolean s3 = scheme.equals("s3") || scheme.equals("s3a") || scheme.equals("s3n");
    try {
      return new CopyStatements(s3 ? args.outputFolder() : CopyStatements.RUN_PATH_PLACEHOLDER,
          args.copyRoleArn().orElse(CopyStatements.ROLE_PLACEHOLDER),
          args.copyRegion().orElse(CopyStatements.REGION_PLACEHOLDER),
          args.copySchema(), args.copyMaxError(), args.compression());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("command line", "--output-folder", e.getMessage());
    }
  }

  /**
   * The layouts the run's rows were written with: for each model, its versions up to the latest
   * one the tasks used. Resolved on the driver from the stats alone (a few schemas, no data).
   */
  static List<TableLayout> layoutsOf(ShredStats stats, ShredTools tools) {
    List<TableLayout> layouts = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (SchemaKey latest : new TreeMap<>(stats.layoutVersions()).values()) {
      Result<TableLayout, List<FailureMessage>> layout = TableLayouts.atVersion(tools.resolver, latest);
      if (layout.isOk()) {
        layouts.add(layout.value());
      } else {
        failures.add(latest.toUri() + ": " + layout.error());
      }
    }
    if (!failures.isEmpty()) {
      // The data is written but cannot be described: no completion file, the run must be redone.
      throw new IllegalStateException("cannot resolve the layouts of the run's tables: " + String.join("; ", failures));
    }
    return layouts;
  }

  private static Instant instant(String tstamp) {
    return Instant.ofEpochMilli(EventTimestamps.parse(tstamp).orElseThrow());
  }
}
