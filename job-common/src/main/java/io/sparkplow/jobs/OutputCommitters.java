package io.sparkplow.jobs;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses how a job's output is committed, so that nothing is staged on HDFS and no rename-based
 * commit runs on S3.
 *
 * <p>For {@code s3a://} outputs the S3A magic committer is configured (unless the user configured
 * a committer): task output is written as pending multipart uploads and made visible at job
 * commit, with {@code _SUCCESS} last. On EMR, {@code s3://} outputs go through EMRFS, whose
 * S3-optimized committer does the same for Dataset writes. Other file systems keep Hadoop's
 * default committer.
 */
public final class OutputCommitters {

  private static final Logger LOG = LoggerFactory.getLogger(OutputCommitters.class);

  static final String COMMIT_PROTOCOL = "spark.sql.sources.commitProtocolClass";
  static final String PATH_OUTPUT_PROTOCOL = "org.apache.spark.internal.io.cloud.PathOutputCommitProtocol";
  static final String PARQUET_COMMITTER = "spark.sql.parquet.output.committer.class";
  static final String BINDING_PARQUET = "org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter";

  private OutputCommitters() {}

  /** Configures the session for writing under {@code outputUri}, whose scheme is {@code scheme}. */
  public static void configure(SparkSession spark, String scheme) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    if (!"s3a".equals(scheme)) {
      return;
    }
    if (hadoop.get("fs.s3a.committer.name") == null || "file".equals(hadoop.get("fs.s3a.committer.name"))) {
      hadoop.set("fs.s3a.committer.name", "magic");
    }
    hadoop.setBoolean("fs.s3a.committer.magic.enabled", true);
    // Without this protocol the magic committer is silently bypassed (files go straight to the destination).
    if (!spark.conf().contains(COMMIT_PROTOCOL)
        || spark.conf().get(COMMIT_PROTOCOL).contains("SQLHadoopMapReduceCommitProtocol")) {
      spark.conf().set(COMMIT_PROTOCOL, PATH_OUTPUT_PROTOCOL);
    }
    if (!spark.conf().contains(PARQUET_COMMITTER)) {
      spark.conf().set(PARQUET_COMMITTER, BINDING_PARQUET);
    }
    LOG.info("s3a output: committer {} with {}", hadoop.get("fs.s3a.committer.name"), spark.conf().get(COMMIT_PROTOCOL));
  }
}
