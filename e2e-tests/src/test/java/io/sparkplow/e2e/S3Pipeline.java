package io.sparkplow.e2e;

import com.amazonaws.services.s3.model.CannedAccessControlList;
import com.amazonaws.services.s3.model.CreateBucketRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.enrich.EnrichSettings;
import io.sparkplow.enrichjob.EnrichJobArgs;
import io.sparkplow.enrichjob.EnrichRun;
import io.sparkplow.sample.SampleLogGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The pipeline's S3 setting, as on EMR with no HDFS: raw logs, configuration (resolver,
 * enrichments, the GeoIP database) and the Iglu registry (a static website) all in S3; the jobs
 * read and write s3a:// only. Buckets: {@code raw}, {@code config}, {@code iglu} (public read),
 * {@code enriched}, {@code shredded}.
 */
final class S3Pipeline {

  static final long ETL_TIMESTAMP = 1_736_950_000_000L;
  static final String RESOLVER = "s3a://config/resolver.json";
  static final String ENRICHMENTS = "s3a://config/enrichments";

  private static final ObjectMapper JSON = new ObjectMapper();

  private S3Pipeline() {}

  /** Creates the buckets and stores the bundled sample configuration and schemas in them. */
  static void storeConfiguration(S3ProxyServer s3, S3Objects objects) throws IOException {
    for (String bucket : List.of("raw", "config", "enriched", "shredded")) {
      s3.createBucket(bucket);
    }
    s3.client().createBucket(new CreateBucketRequest("iglu").withCannedAcl(CannedAccessControlList.PublicRead));
    Path sample = JobJars.repositoryRoot().resolve("sample");

    // The Iglu registry as a static website in S3: read over HTTP, without credentials.
    Path schemas = sample.resolve("iglu");
    try (Stream<Path> files = Files.walk(schemas.resolve("schemas"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        objects.putPublicFile("iglu", schemas.relativize(file).toString().replace('\\', '/'), file);
      }
    }
    ObjectNode resolver = (ObjectNode) JSON.readTree(sample.resolve("config/resolver.json").toFile());
    for (JsonNode repository : resolver.path("data").path("repositories")) {
      if (repository.path("connection").has("embedded")) {
        ObjectNode connection = (ObjectNode) repository.path("connection");
        connection.remove("embedded");
        connection.putObject("http").put("uri", s3.endpoint() + "/iglu");
      }
    }
    objects.putText("config", "resolver.json", JSON.writeValueAsString(resolver));

    // The enrichments, with the GeoIP database they name fetched from S3 too.
    objects.putFile("config", "files/sample-city.mmdb", sample.resolve("config/files/sample-city.mmdb"));
    try (Stream<Path> files = Files.list(sample.resolve("config/enrichments"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        ObjectNode enrichment = (ObjectNode) JSON.readTree(file.toFile());
        JsonNode geo = enrichment.path("data").path("parameters").path("geo");
        if (geo.isObject()) {
          ((ObjectNode) geo).put("uri", "s3a://config/files");
        }
        objects.putText("config", "enrichments/" + file.getFileName(), JSON.writeValueAsString(enrichment));
      }
    }
  }

  /** Generates raw logs locally and uploads them under {@code s3://raw/PREFIX/}. */
  static SampleLogGenerator.Totals uploadRawLogs(S3Objects objects, SampleLogGenerator.Settings settings,
                                                 Path localFolder, String prefix) {
    SampleLogGenerator.Totals totals = SampleLogGenerator.write(settings, localFolder);
    try (Stream<Path> files = Files.list(localFolder)) {
      for (Path file : files.toList()) {
        objects.putFile("raw", prefix + "/" + file.getFileName(), file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return totals;
  }

  /** Runs the enrich job in this JVM, configuration from S3. */
  static EnrichRun.Outcome enrich(SparkSession spark, String input, String output) {
    EnrichJobArgs args = new EnrichJobArgs(input, "clj-tomcat", output, ENRICHMENTS, RESOLVER, ETL_TIMESTAMP,
        "GZIP", EnrichSettings.DEFAULT_MAX_RECORD_BYTES);
    return new EnrichRun(spark, args).run();
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
