package io.sparkplow.enrich.sqlquery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import io.sparkplow.testing.LocalPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the SQL enrichment against a real PostgreSQL server ({@link LocalPostgres}). */
class SqlQueryEnrichmentTest {

  private static final String VENDOR = "com.snowplowanalytics.snowplow.enrichments";
  private static final String ENRICHER_PASSWORD = "s3cret-Enricher-pw";
  private static LocalPostgres pg;

  @BeforeAll
  static void startDatabase() throws IOException, SQLException {
    pg = LocalPostgres.startOrSkip();
    pg.execute("CREATE ROLE enricher LOGIN PASSWORD '" + ENRICHER_PASSWORD + "'",
        "CREATE TABLE enrichment_test (pk serial PRIMARY KEY, city text NOT NULL, country text, "
            + "speed double precision, \"foundedOn\" date, tags text[], meta jsonb, population_k numeric(10,1), "
            + "capital boolean, updated_at timestamptz)",
        "GRANT SELECT ON enrichment_test TO enricher");
  }

  @AfterAll
  static void stopDatabase() {
    if (pg != null) {
      pg.close();
    }
  }

  @BeforeEach
  void rows() throws SQLException {
    pg.execute("TRUNCATE enrichment_test RESTART IDENTITY",
        "INSERT INTO enrichment_test (city, country, speed, \"foundedOn\", tags, meta, population_k, capital, updated_at) "
            + "VALUES ('Berlin', 'Germany', 10.5, '1237-10-28', ARRAY['big','old'], '{\"zone\":\"CET\"}', 3850.8, true,"
            + " '2024-05-01 12:30:00+00'),"
            + " ('Berlin', 'United States', 10.5, NULL, NULL, NULL, 19.1, false, NULL),"
            + " ('Lyon', 'France', 3, NULL, NULL, NULL, NULL, NULL, NULL)");
  }

  private static final String INPUTS = """
      [{"placeholder":1,"pojo":{"field":"geo_city"}},
       {"placeholder":2,"json":{"field":"contexts",
          "schemaCriterion":"iglu:com.snowplowanalytics.snowplow/geolocation_context/jsonschema/*-*-*","jsonPath":"$.speed"}}]""";

  private static String parameters(String sql, String expectedRows, String describes, String names, int cacheSize,
      String password, int port) {
    return "{\"inputs\":" + INPUTS + ",\"database\":{\"postgresql\":{\"host\":\"127.0.0.1\",\"port\":" + port
        + ",\"sslMode\":false,\"username\":\"enricher\",\"password\":\"" + password + "\",\"database\":\""
        + LocalPostgres.DATABASE + "\"}},\"query\":{\"sql\":\"" + sql + "\"},\"output\":{\"expectedRows\":\""
        + expectedRows + "\",\"json\":{\"schema\":\"iglu:com.acme/city/jsonschema/1-0-0\",\"describes\":\""
        + describes + "\",\"propertyNames\":\"" + names + "\"}},\"cache\":{\"size\":" + cacheSize + ",\"ttl\":60}}";
  }

  private static Enrichment enrichment(String sql, String expectedRows, String describes, String names, int cacheSize) {
    return build(parameters(sql, expectedRows, describes, names, cacheSize, ENRICHER_PASSWORD, pg.port()));
  }

  private static Enrichment build(String parameters) {
    return ((SqlQuerySpec) new SqlQueryFactory().parse(
        TestConfigs.config(VENDOR, "sql_query_enrichment_config", "1-0-0", parameters))).build(TestConfigs.LOCAL_FILES);
  }

  private static EventDraft event(String city, String speed) {
    EventDraft event = TestConfigs.event(Field.GEO_CITY, city);
    if (speed != null) {
      event.setContexts((ObjectNode) Json.parse("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema"
          + "/1-0-0\",\"data\":[{\"schema\":\"iglu:com.snowplowanalytics.snowplow/geolocation_context/jsonschema/"
          + "1-1-0\",\"data\":{\"latitude\":52.5,\"longitude\":13.4,\"speed\":" + speed + "}}]}").value());
    }
    return event;
  }

  private static final String BY_CITY_AND_SPEED =
      "SELECT city, country, pk FROM enrichment_test WHERE city = ? and speed = ? ORDER BY pk";

  @Test
  void allRowsMakeOneContext() {
    Enrichment e = enrichment(BY_CITY_AND_SPEED, "AT_LEAST_ONE", "ALL_ROWS", "CAMEL_CASE", 10);
    EventDraft event = event("Berlin", "10.5");
    assertEquals(Optional.empty(), e.enrich(null, event));
    assertEquals(1, event.derivedContexts().size());
    assertEquals("{\"schema\":\"iglu:com.acme/city/jsonschema/1-0-0\",\"data\":["
        + "{\"city\":\"Berlin\",\"country\":\"Germany\",\"pk\":1},"
        + "{\"city\":\"Berlin\",\"country\":\"United States\",\"pk\":2}]}", Json.compact(event.derivedContexts().get(0)));
  }

  @Test
  void everyRowMakesAContextWithTypedValues() {
    Enrichment e = enrichment("SELECT pk, country, speed, \\\"foundedOn\\\", tags, meta, population_k, capital, updated_at"
        + " FROM enrichment_test WHERE city = ? AND speed = ? ORDER BY pk", "AT_LEAST_ZERO", "EVERY_ROW", "SNAKE_CASE", 10);
    EventDraft event = event("Berlin", "10.5");
    assertEquals(Optional.empty(), e.enrich(null, event));
    assertEquals(2, event.derivedContexts().size());
    JsonNode first = event.derivedContexts().get(0).get("data");
    assertEquals("{\"pk\":1,\"country\":\"Germany\",\"speed\":10.5,\"founded_on\":\"1237-10-28\","
        + "\"tags\":[\"big\",\"old\"],\"meta\":{\"zone\":\"CET\"},\"population_k\":3850.8,\"capital\":true,"
        + "\"updated_at\":\"2024-05-01T12:30:00Z\"}", Json.compact(first));
    JsonNode second = event.derivedContexts().get(1).get("data");
    assertTrue(second.get("meta").isNull());
    assertFalse(second.get("capital").booleanValue());
  }

  @Test
  void noRowsIsAFailureOnlyWhenRowsAreExpected() {
    EventDraft unknownCity = event("Atlantis", "10.5");
    assertEquals(Optional.empty(), enrichment(BY_CITY_AND_SPEED, "AT_LEAST_ZERO", "ALL_ROWS", "AS_IS", 10)
        .enrich(null, unknownCity));
    assertTrue(unknownCity.derivedContexts().isEmpty());
    String none = enrichment(BY_CITY_AND_SPEED, "EXACTLY_ONE", "ALL_ROWS", "AS_IS", 10)
        .enrich(null, event("Atlantis", "10.5")).orElseThrow();
    assertTrue(none.contains("returned 0 row(s), expected EXACTLY_ONE"), none);
    String two = enrichment(BY_CITY_AND_SPEED, "AT_MOST_ONE", "EVERY_ROW", "AS_IS", 10)
        .enrich(null, event("Berlin", "10.5")).orElseThrow();
    assertTrue(two.contains("returned 2 row(s)"), two);
    EventDraft lyon = event("Lyon", "3");
    assertEquals(Optional.empty(), enrichment(BY_CITY_AND_SPEED, "EXACTLY_ONE", "EVERY_ROW", "UPPER_CASE", 10)
        .enrich(null, lyon));
    assertEquals("{\"CITY\":\"Lyon\",\"COUNTRY\":\"France\",\"PK\":3}", Json.compact(lyon.derivedContexts().get(0).get("data")));
  }

  @Test
  void anAbsentInputSkipsTheQuery() {
    Enrichment e = enrichment(BY_CITY_AND_SPEED, "EXACTLY_ONE", "ALL_ROWS", "AS_IS", 10);
    EventDraft noContext = event("Berlin", null);
    assertEquals(Optional.empty(), e.enrich(null, noContext));
    EventDraft noCity = event("", "10.5");
    assertEquals(Optional.empty(), e.enrich(null, noCity));
    assertTrue(noContext.derivedContexts().isEmpty());
    assertTrue(noCity.derivedContexts().isEmpty());
  }

  @Test
  void resultsAreCachedByInputValues() throws SQLException {
    Enrichment cached = enrichment(BY_CITY_AND_SPEED, "AT_LEAST_ONE", "EVERY_ROW", "AS_IS", 10);
    Enrichment uncached = enrichment(BY_CITY_AND_SPEED, "AT_LEAST_ONE", "EVERY_ROW", "AS_IS", 0);
    EventDraft first = event("Lyon", "3");
    assertEquals(Optional.empty(), cached.enrich(null, first));
    assertEquals(Optional.empty(), uncached.enrich(null, event("Lyon", "3")));
    ((ObjectNode) first.derivedContexts().get(0).get("data")).put("country", "changed");
    pg.execute("DELETE FROM enrichment_test WHERE city = 'Lyon'");
    EventDraft again = event("Lyon", "3");
    assertEquals(Optional.empty(), cached.enrich(null, again), "served from the cache");
    assertEquals("France", again.derivedContexts().get(0).get("data").get("country").textValue());
    assertTrue(uncached.enrich(null, event("Lyon", "3")).orElseThrow().contains("returned 0 row(s)"));
  }

  @Test
  void aWrongPasswordOrAnUnreachableServerFailsTheEventWithoutTheSecret() throws IOException {
    String wrong = "not-the-Password-123";
    String failure = build(parameters(BY_CITY_AND_SPEED, "AT_LEAST_ZERO", "ALL_ROWS", "AS_IS", 10, wrong, pg.port()))
        .enrich(null, event("Berlin", "10.5")).orElseThrow();
    assertTrue(failure.startsWith("SQL query failed"), failure);
    assertFalse(failure.contains(wrong), failure);
    assertFalse(failure.contains(ENRICHER_PASSWORD), failure);
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    String down = build(parameters(BY_CITY_AND_SPEED, "AT_LEAST_ZERO", "ALL_ROWS", "AS_IS", 10, ENRICHER_PASSWORD,
        closedPort)).enrich(null, event("Berlin", "10.5")).orElseThrow();
    assertTrue(down.startsWith("SQL query failed"), down);
  }

  @Test
  void reconnectsAfterTheConnectionIsLost() throws SQLException {
    Enrichment e = enrichment(BY_CITY_AND_SPEED, "AT_LEAST_ONE", "ALL_ROWS", "AS_IS", 0);
    assertEquals(Optional.empty(), e.enrich(null, event("Lyon", "3")));
    pg.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'enricher'");
    Optional<String> duringLoss = e.enrich(null, event("Lyon", "3"));
    duringLoss.ifPresent(f -> assertTrue(f.startsWith("SQL query failed"), f));
    EventDraft after = event("Lyon", "3");
    assertEquals(Optional.empty(), e.enrich(null, after));
    assertEquals(1, after.derivedContexts().size());
  }
}
