package io.sparkplow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkplow.enrich.apirequest.ApiRequestFactory;
import io.sparkplow.enrich.javascript.JavaScriptFactory;
import io.sparkplow.enrich.pii.PiiFactory;
import io.sparkplow.enrich.sqlquery.SqlQueryFactory;
import io.sparkplow.enrich.uaparser.UaParserFactory;
import io.sparkplow.enrich.useragentutils.UserAgentUtilsFactory;
import io.sparkplow.enrich.yauaa.YauaaFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Specs travel from the driver to the executors: each survives Java serialization unchanged. */
class SpecsSerializableTest {

  private static final String SP = "com.snowplowanalytics.snowplow";
  private static final String SPE = "com.snowplowanalytics.snowplow.enrichments";

  @Test
  void everySpecRoundTrips() throws Exception {
    roundTrip(new UaParserFactory().parse(TestConfigs.config(SP, "ua_parser_config", "1-0-1",
        "{\"database\":\"regexes.yaml\",\"uri\":\"file:///opt/ua\"}")));
    roundTrip(new UserAgentUtilsFactory().parse(TestConfigs.config(SP, "user_agent_utils_config", "1-0-0", "{}")));
    roundTrip(new YauaaFactory().parse(TestConfigs.config(SPE, "yauaa_enrichment_config", "1-0-0", "{\"cacheSize\":5}")));
    String script = Base64.getEncoder().encodeToString("function process(e) { return []; }".getBytes(StandardCharsets.UTF_8));
    roundTrip(new JavaScriptFactory().parse(TestConfigs.config(SP, "javascript_script_config", "1-0-0",
        "{\"script\":\"" + script + "\"}")));
    roundTrip(new PiiFactory().parse(TestConfigs.config("pii.json", "{\"schema\":\"iglu:" + SPE
        + "/pii_enrichment_config/jsonschema/2-0-0\",\"data\":{\"emitEvent\":true,\"parameters\":{\"pii\":["
        + "{\"pojo\":{\"field\":\"user_id\"}},{\"json\":{\"field\":\"contexts\",\"schemaCriterion\":"
        + "\"iglu:com.acme/x/jsonschema/1-*-*\",\"jsonPath\":\"$..email[0]\"}}],"
        + "\"strategy\":{\"pseudonymize\":{\"hashFunction\":\"MD5\",\"salt\":\"s\"}}}}}")));
    roundTrip(new ApiRequestFactory().parse(TestConfigs.config(SPE, "api_request_enrichment_config", "1-0-0", """
        {"inputs":[{"key":"h","pojo":{"field":"page_urlhost"}},
                   {"key":"o","json":{"field":"derived_contexts","schemaCriterion":"iglu:a.b/c/jsonschema/1-0-*","jsonPath":"$.os"}}],
         "api":{"http":{"method":"GET","uri":"http://api/{{h}}/{{o}}","timeout":500,
                        "authentication":{"httpBasic":{"username":"u","password":"p"}}}},
         "outputs":[{"schema":"iglu:com.acme/user/jsonschema/1-0-0","json":{"jsonPath":"$.record[*]"}}],
         "cache":{"size":2,"ttl":60}}""")));
    roundTrip(new SqlQueryFactory().parse(TestConfigs.config(SPE, "sql_query_enrichment_config", "1-0-0", """
        {"inputs":[{"placeholder":1,"pojo":{"field":"geo_city"}}],
         "database":{"postgresql":{"host":"localhost","port":5432,"sslMode":false,"username":"e","password":"p",
                                   "database":"d"}},
         "query":{"sql":"SELECT 1 WHERE ? IS NOT NULL"},
         "output":{"expectedRows":"AT_LEAST_ZERO","json":{"schema":"iglu:com.acme/user/jsonschema/1-0-0",
                   "describes":"EVERY_ROW","propertyNames":"AS_IS"}},
         "cache":{"size":0,"ttl":0}}""")));
  }

  private static void roundTrip(EnrichmentSpec spec) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(spec, in.readObject());
    }
  }
}
