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
import io.sparkplow.shred.Compression;
import io.sparkplow.shred.DedupMode;
import io.sparkplow.shredjob.ShredJobArgs;
import io.sparkplow.shredjob.ShredRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

  static final String LINK_CLICK_1_0_0 = "schemas/com.snowplowanalytics.snowplow/link_click/jsonschema/1-0-0";
  static final String LINK_CLICK_1_0_0_SCHEMA = """
      {
        "$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
        "description": "Schema for a link click event",
        "self": {"vendor": "com.snowplowanalytics.snowplow", "name": "link_click", "format": "jsonschema",
                 "version": "1-0-0"},
        "type": "object",
        "properties": {
          "elementId": {"type": "string"},
          "elementClasses": {"type": "array", "items": {"type": "string"}},
          "elementTarget": {"type": "string"},
          "targetUrl": {"type": "string", "minLength": 1}
        },
        "required": ["targetUrl"],
        "additionalProperties": false
      }
      """;

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
    // A static registry cannot list a model: the shred job finds its versions by asking for 1-0-0,
    // 1-0-1... (io.sparkplow.iglu.ModelProbe), so every version from 1-0-0 must be there. The sample
    // registry, read as a folder, has link_click 1-0-1 only; Iglu Central's 1-0-0 is added here.
    if (!Files.exists(schemas.resolve(LINK_CLICK_1_0_0))) {
      objects.putPublicText("iglu", LINK_CLICK_1_0_0, LINK_CLICK_1_0_0_SCHEMA);
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

  /** Runs the shred job in this JVM, resolver from S3, default deduplication. */
  static ShredRun.Outcome shred(SparkSession spark, String input, String output) {
    ShredJobArgs args = new ShredJobArgs(input, output, RESOLVER, Compression.GZIP, DedupMode.BOTH,
        Optional.empty(), Optional.empty(), "atomic", 10);
    return new ShredRun(spark, args).run();
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
