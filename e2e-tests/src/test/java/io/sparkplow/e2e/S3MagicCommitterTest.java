package io.sparkplow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkplow.jobs.HadoopFiles;
import io.sparkplow.jobs.OutputCommitters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The jobs' partitioned text writes to s3a:// commit through the S3A magic committer. */
class S3MagicCommitterTest {

  private static S3ProxyServer s3;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    s3 = S3ProxyServer.start();
    s3.createBucket("committer");
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
  void partitionedWriteIsCommittedByTheMagicCommitterWithNothingLeftBehind() throws Exception {
    OutputCommitters.configure(spark, "s3a");
    String out = "s3a://committer/run=1";
    List<Tuple2<String, String>> rows = List.of(
        new Tuple2<>("good", "a"), new Tuple2<>("bad", "b"), new Tuple2<>("good", "c"));
    Dataset<Row> df = spark.createDataset(rows, Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
        .toDF("output", "value").repartition(2);
    df.write().mode(SaveMode.Overwrite).partitionBy("output").text(out);

    HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
    JsonNode success = new ObjectMapper().readTree(files.read(out + "/_SUCCESS"));
    assertEquals("magic", success.path("committer").asText(), success.toString());
    assertTrue(success.path("filenames").size() >= 2, "the magic committer lists what it committed: " + success);

    Dataset<String> back = spark.read().textFile(out + "/output=good");
    assertEquals(2, back.count());
    try (Stream<Path> stored = Files.walk(s3.bucketDir("committer"))) {
      assertFalse(stored.anyMatch(p -> p.toString().contains("__magic") || p.toString().contains("_temporary")),
          "no staging directories are left in the bucket");
    }
  }
}
