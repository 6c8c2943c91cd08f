package io.sparkplow.enrich.sqlquery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.enrich.lookup.Input;
import io.sparkplow.event.Field;
import org.junit.jupiter.api.Test;

class SqlQueryConfigTest {

  private static final String VENDOR = "com.snowplowanalytics.snowplow.enrichments";

  private static final String VALID = """
      {"inputs":[{"placeholder":1,"pojo":{"field":"geo_city"}},
                 {"placeholder":2,"json":{"field":"contexts",
                    "schemaCriterion":"iglu:com.snowplowanalytics.snowplow/geolocation_context/jsonschema/*-*-*",
                    "jsonPath":"$.speed"}}],
       "database":{"postgresql":{"host":"db.internal","port":5432,"sslMode":true,"username":"enricher",
                                 "password":"supersecret1","database":"lookups"}},
       "query":{"sql":"SELECT city, country, pk FROM enrichment_test WHERE city = ? and speed = ?"},
       "output":{"expectedRows":"AT_LEAST_ONE",
                 "json":{"schema":"iglu:com.acme/user/jsonschema/1-0-0","describes":"ALL_ROWS","propertyNames":"CAMEL_CASE"}},
       "cache":{"size":1000,"ttl":60}}""";

  private static SqlQuerySpec parse(String parameters) {
    return (SqlQuerySpec) new SqlQueryFactory().parse(
        TestConfigs.config(VENDOR, "sql_query_enrichment_config", "1-0-0", parameters));
  }

  @Test
  void readsAValidConfiguration() {
    SqlQuerySpec spec = parse(VALID);
    assertEquals(new Input.Pojo(Field.GEO_CITY), spec.inputs().get(0));
    assertEquals("jdbc:postgresql://db.internal:5432/lookups", spec.database().jdbcUrl());
    assertEquals(SqlQuerySpec.ExpectedRows.AT_LEAST_ONE, spec.expectedRows());
    assertEquals(SqlQuerySpec.Describes.ALL_ROWS, spec.describes());
    assertEquals(PropertyNames.CAMEL_CASE, spec.propertyNames());
    assertFalse(spec.toString().contains("supersecret1"), "the password never shows");
  }

  @Test
  void errorsNameTheFileAndField() {
    assertField("data.parameters.inputs[1].placeholder", VALID.replace("\"placeholder\":2", "\"placeholder\":3"));
    assertField("data.parameters.inputs[1].placeholder", VALID.replace("\"placeholder\":2", "\"placeholder\":1"));
    assertField("data.parameters.inputs", VALID.replace("and speed = ?", "and speed = ? and country = ?"));
    assertField("data.parameters.database.mysql", VALID.replace("\"postgresql\"", "\"mysql\""));
    assertField("data.parameters.database.postgresql.port", VALID.replace("5432", "0"));
    assertField("data.parameters.database.postgresql.password", VALID.replace("\"password\":\"supersecret1\",", ""));
    assertField("data.parameters.output.expectedRows", VALID.replace("AT_LEAST_ONE", "SOME"));
    assertField("data.parameters.output.json.propertyNames", VALID.replace("CAMEL_CASE", "KEBAB_CASE"));
    assertField("data.parameters.output.json.schema", VALID.replace("iglu:com.acme/user/jsonschema/1-0-0", "user"));
    assertField("data.parameters.cache.ttl", VALID.replace("\"ttl\":60", "\"ttl\":90000"));
    assertField("data.parameters.inputs[0].pojo.field", VALID.replace("geo_city", "contexts"));
    assertField("data.parameters.inputs[1].json.field", VALID.replace("\"field\":\"contexts\"", "\"field\":\"ctx\""));
  }

  private static void assertField(String field, String parameters) {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse(parameters));
    assertEquals(field, e.field(), e.getMessage());
    assertEquals("sql_query_enrichment_config.json", e.source());
    assertFalse(e.getMessage().contains("supersecret1"));
  }

  @Test
  void countsPlaceholdersOutsideLiteralsAndComments() {
    assertEquals(2, Placeholders.count("SELECT * FROM t WHERE a = ? AND b = ?"));
    assertEquals(1, Placeholders.count("SELECT '?' AS q, \"we?ird\" FROM t WHERE a = ? -- and b = ?\n"));
    assertEquals(1, Placeholders.count("SELECT /* ? */ meta ?? 'k', $$?$$ FROM t WHERE a = ?"));
    assertEquals(0, Placeholders.count("SELECT 'it''s ?'"));
  }

  @Test
  void propertyNamesFollowTheConfiguredCase() {
    assertEquals("firstName", PropertyNames.CAMEL_CASE.apply("first_name"));
    assertEquals("FirstName", PropertyNames.PASCAL_CASE.apply("first_name"));
    assertEquals("first_name", PropertyNames.SNAKE_CASE.apply("firstName"));
    assertEquals("first_name", PropertyNames.LOWER_CASE.apply("FIRST_NAME"));
    assertEquals("FIRST_NAME", PropertyNames.UPPER_CASE.apply("first_name"));
    assertEquals("first_Name", PropertyNames.AS_IS.apply("first_Name"));
    assertEquals("pk", PropertyNames.CAMEL_CASE.apply("pk"));
  }
}
