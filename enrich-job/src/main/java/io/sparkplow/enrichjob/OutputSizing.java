package io.sparkplow.enrichjob;

import io.sparkplow.jobs.HadoopFiles;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Few, large output files. Spark's file source already packs small input files into partitions of
 * up to {@code spark.sql.files.maxPartitionBytes} (128 MB) and a gzip file is one partition, but
 * many small gzip files or a small input still give many partitions, hence many small output
 * files. This narrows the partitions (a coalesce: no shuffle, no second pass) to what the
 * estimated output size needs.
 */
final class OutputSizing {

  private static final Logger LOG = LoggerFactory.getLogger(OutputSizing.class);

  /** Rough growth of a raw line into an enriched line (131 fields, split URLs, contexts). */
  static final double ENRICHED_EXPANSION = 1.5;
  /** Rough gzip ratio of collector logs. */
  static final double GZIP_RATIO = 8.0;

  private OutputSizing() {}

  static Dataset<String> packed(Dataset<String> lines, HadoopFiles files, String input, long targetBytes) {
    int partitions = lines.rdd().getNumPartitions();
    // Sizes come from the file index Spark has already listed: no second listing, no data read.
    long inputBytes = lines.queryExecution().optimizedPlan().stats().sizeInBytes().longValue();
    String[] inputFiles = lines.inputFiles();
    long gzipped = Arrays.stream(inputFiles).filter(f -> f.endsWith(".gz")).count();
    double ratio = inputFiles.length == 0 ? 1.0 : 1.0 + (GZIP_RATIO - 1.0) * gzipped / inputFiles.length;
    int wanted = wantedPartitions(inputBytes * ratio * ENRICHED_EXPANSION, targetBytes, partitions);
    LOG.info("input: {} files, {} bytes, {} partitions; writing {} partitions", inputFiles.length, inputBytes,
        partitions, wanted);
    return wanted < partitions ? lines.coalesce(wanted) : lines;
  }

  static int wantedPartitions(double estimatedOutputBytes, long targetBytes, int partitions) {
    long wanted = (long) Math.ceil(estimatedOutputBytes / targetBytes);
    return (int) Math.max(1, Math.min(partitions, wanted));
  }
}
