package io.sparkplow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrichjob.EnrichJobArgs;
import io.sparkplow.enrichjob.EnrichRun;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.EnrichedTsv;
import io.sparkplow.event.Field;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import io.sparkplow.shred.Compression;
import io.sparkplow.shred.CopyStatements;
import io.sparkplow.shred.DedupMode;
import io.sparkplow.shred.Names;
import io.sparkplow.shred.PostgresDialect;
import io.sparkplow.shredjob.ShredJobArgs;
import io.sparkplow.shredjob.ShredRun;
import io.sparkplow.testing.LocalPostgres;
import io.sparkplow.testing.SampleRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * The bundled sample run, enriched and shredded, loaded into a real PostgreSQL: tables created
 * from the generated DDL (through {@link PostgresDialect}), every TSV folder loaded with COPY, and
 * the rows of each table equal to the entities of the enriched input.
 */
class SampleRunPostgresLoadTest {

  @TempDir
  Path dir;

  @Test
  void theSampleRunLoadsIntoPostgresWithOneRowPerEntity() throws Exception {
    Path root = SampleRegistry.repositoryRoot();
    Path enriched = dir.resolve("enriched");
    Path shredded = dir.resolve("shredded");
    Map<String, Long> written = new TreeMap<>();
    SparkSession spark = LocalSpark.start(null);
    try {
      SampleConfiguration config = SampleConfiguration.copyTo(dir);
      new EnrichRun(spark, new EnrichJobArgs(root.resolve("sample/raw/clj-tomcat").toString(), "clj-tomcat",
          enriched.toString(), config.enrichments().toString(), config.resolver().toString(), 1_736_950_000_000L, "GZIP",
          1 << 20)).run();
      ShredRun.Outcome outcome = new ShredRun(spark, new ShredJobArgs(enriched.resolve("output=good").toString(),
          shredded.toString(), config.resolver().toString(), Compression.GZIP, DedupMode.parse("natural,synthetic"),
          Optional.empty(), Optional.empty(), "atomic", 10)).run();
      outcome.written().forEach(w -> written.put(w.folder(), w.rows()));
    } finally {
      spark.stop();
    }

    Map<String, Long> expected = entityCounts(enriched.resolve("output=good"));
    try (LocalPostgres postgres = LocalPostgres.startOrSkip(); Connection connection = postgres.connect()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA atomic");
        String ddl = PostgresDialect.ddl(Files.readString(shredded.resolve("sql/create_tables.sql")));
        statement.execute(ddl);
      }
      Map<String, Long> loaded = new TreeMap<>();
      Path good = shredded.resolve("output=good");
      try (Stream<Path> folders = Files.walk(good)) {
        // atomic.events first: every entity row references its event.
        java.util.List<Path> models = new java.util.ArrayList<>(
            folders.filter(p -> p.getFileName().toString().startsWith("model=")).toList());
        models.sort(java.util.Comparator.comparing((Path p) -> !p.toString().contains("/name=atomic/"))
            .thenComparing(Path::toString));
        for (Path model : models) {
          String vendor = value(model.getParent().getParent().getParent());
          String name = value(model.getParent().getParent());
          int modelNumber = Integer.parseInt(value(model));
          boolean atomic = name.equals("atomic");
          String table = atomic ? "atomic.events (" + CopyStatements.ATOMIC_COLUMNS + ")"
              : "atomic." + Names.tableName(vendor, name, modelNumber);
          long rows = 0;
          try (Stream<Path> parts = Files.list(model)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
              try (InputStream in = new GZIPInputStream(Files.newInputStream(part))) {
                rows += connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN " + PostgresDialect.copyOptions(atomic), in);
              }
            }
          }
          String tableName = atomic ? "atomic.events" : "atomic." + Names.tableName(vendor, name, modelNumber);
          try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + tableName)) {
            rs.next();
            assertEquals(rows, rs.getLong(1), tableName);
          }
          loaded.put(vendor + "/" + name + "/" + modelNumber, rows);
        }
      }
      assertEquals(expected, loaded, "rows per table = entities of the enriched input");
      assertTrue(loaded.size() >= 6, "the sample holds several kinds of entities: " + loaded.keySet());
      assertEquals(written.values().stream().mapToLong(Long::longValue).sum(),
          loaded.values().stream().mapToLong(Long::longValue).sum(), "the job's own counts agree");
    }
  }

  /** Events and entities per (vendor/name/model), counted from the enriched events themselves. */
  private static Map<String, Long> entityCounts(Path good) throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    try (Stream<Path> parts = Files.walk(good)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(part))) {
          text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String line : text.split("\n")) {
          if (line.isEmpty()) {
            continue;
          }
          EnrichedEvent event = EnrichedTsv.parse(line).value();
          counts.merge("com.snowplowanalytics.snowplow/atomic/1", 1L, Long::sum);
          if (event.has(Field.UNSTRUCT_EVENT)) {
            count(counts, Json.parse(event.get(Field.UNSTRUCT_EVENT)).value().path("data"));
          }
          for (Field f : new Field[] {Field.CONTEXTS, Field.DERIVED_CONTEXTS}) {
            if (event.has(f)) {
              Json.parse(event.get(f)).value().path("data").forEach(entity -> count(counts, entity));
            }
          }
        }
      }
    }
    return counts;
  }

  private static void count(Map<String, Long> counts, JsonNode entity) {
    SchemaKey key = SchemaKey.parse(entity.path("schema").asText()).orElseThrow();
    counts.merge(key.vendor() + "/" + key.name() + "/" + key.version().model(), 1L, Long::sum);
  }

  private static String value(Path folder) {
    String name = folder.getFileName().toString();
    return name.substring(name.indexOf('=') + 1);
  }
}
