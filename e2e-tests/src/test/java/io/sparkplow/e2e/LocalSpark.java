package io.sparkplow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

/** A local-mode Spark session for tests, optionally pointed at an S3Proxy server. */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession start(S3ProxyServer s3) {
    // Hadoop caches a file system per scheme and bucket, whatever its settings: one made for an
    // earlier test class's server (another port) would be used again.
    try {
      FileSystem.closeAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
