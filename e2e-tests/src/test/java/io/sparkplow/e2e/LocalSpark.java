package io.sparkplow.e2e;

import org.apache.spark.sql.SparkSession;

/** A local-mode Spark session for tests, optionally pointed at an S3Proxy server. */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession start(S3ProxyServer s3) {
    SparkSession.Builder builder = SparkSession.builder()
        .master("local[2]")
        .appName("sparkplow-e2e")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.hadoop.fs.s3a.buffer.dir", System.getProperty("java.io.tmpdir") + "/s3a-buffer");
    if (s3 != null) {
      for (String[] kv : s3.sparkHadoopSettings()) {
        builder.config(kv[0], kv[1]);
      }
    }
    return builder.getOrCreate();
  }
}
