package io.sparkplow.jobs;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Few, large output files. A task writes one file per output folder it has rows for, so the
 * number of tasks of the writing stage is the number of files of the biggest folder. This sizes
 * that stage from the input: about one partition per {@code targetBytes} of estimated output.
 *
 * <p>Spark's file source already packs small input files into partitions of up to
 * {@code spark.sql.files.maxPartitionBytes} (128 MB), but a gzip file is one partition and many
 * small gzip files or a small input still give many partitions, hence many small files.
 */
public final class OutputSizing {

  private static final Logger LOG = LoggerFactory.getLogger(OutputSizing.class);

  /** Aim of each output file, uncompressed: large enough for COPY and S3, small enough to parallelise. */
  public static final long TARGET_FILE_BYTES = 128L << 20;
  /** Rough gzip ratio of text logs and TSV. */
  public static final double GZIP_RATIO = 8.0;

  private OutputSizing() {}

  /**
   * The estimated uncompressed size of a Dataset read from text files, from the sizes in the file
   * index Spark has already listed: no second listing, no data read.
   */
  public static double uncompressedInputBytes(Dataset<?> input) {
    long inputBytes = input.queryExecution().optimizedPlan().stats().sizeInBytes().longValue();
    String[] inputFiles = input.inputFiles();
    long gzipped = Arrays.stream(inputFiles).filter(f -> f.endsWith(".gz")).count();
    double ratio = inputFiles.length == 0 ? 1.0 : 1.0 + (GZIP_RATIO - 1.0) * gzipped / inputFiles.length;
    return inputBytes * ratio;
  }

  /** How many partitions write {@code estimatedOutputBytes} in files of about {@code targetBytes}: at least 1. */
  public static int partitionsFor(double estimatedOutputBytes, long targetBytes) {
    long wanted = (long) Math.ceil(estimatedOutputBytes / targetBytes);
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, wanted));
  }

  /**
   * Narrows the partitions of {@code lines} (a coalesce: no shuffle, no second pass) to what the
   * estimated output needs, when that is fewer than it has, but never below the cluster's
   * parallelism: a coalesced partition is also read by one task, and many small input files read
   * one after another by a single task would leave the other cores idle.
   *
   * @param expansion estimated output bytes per uncompressed input byte
   */
  public static <T> Dataset<T> packed(Dataset<T> lines, double expansion, long targetBytes) {
    int partitions = lines.rdd().getNumPartitions();
    double estimated = uncompressedInputBytes(lines) * expansion;
    int parallelism = lines.sparkSession().sparkContext().defaultParallelism();
    int wanted = Math.min(partitions, Math.max(parallelism, partitionsFor(estimated, targetBytes)));
    LOG.info("input: {} partitions, about {} bytes of output; writing {} partitions", partitions,
        (long) estimated, wanted);
    return wanted < partitions ? lines.coalesce(wanted) : lines;
  }
}
