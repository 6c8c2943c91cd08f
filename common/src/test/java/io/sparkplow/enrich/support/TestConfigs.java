package io.sparkplow.enrich.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;

/** Builds enrichment configurations as the registry would read them from a file. */
public final class TestConfigs {

  public static final String SOURCE = "enrichments/test.json";

  private TestConfigs() {}

  /** A configuration from the whole self-describing JSON of a file. */
  public static EnrichmentConfig config(String selfDescribingJson) {
    JsonNode root = Json.parse(selfDescribingJson).value();
    JsonNode data = root.path("data");
    return new EnrichmentConfig(SOURCE, SchemaKey.parse(root.path("schema").asText()).orElseThrow(),
        data.path("vendor").asText(), data.path("name").asText(), data.path("enabled").asBoolean(), data);
  }

  /** A configuration of {@code iglu:VENDOR/NAME/jsonschema/VERSION} with these parameters (a JSON object). */
  public static EnrichmentConfig config(String vendor, String name, String version, String parametersJson) {
    return config("{\"schema\":\"iglu:" + vendor + "/" + name + "/jsonschema/" + version + "\",\"data\":{\"vendor\":\""
        + vendor + "\",\"name\":\"" + name + "\",\"enabled\":true,\"parameters\":" + parametersJson + "}}");
  }

  /** As {@link #config(String, String, String, String)} for vendor {@code com.snowplowanalytics.snowplow}. */
  public static EnrichmentConfig snowplow(String name, String version, String parametersJson) {
    return config("com.snowplowanalytics.snowplow", name, version, parametersJson);
  }
}
