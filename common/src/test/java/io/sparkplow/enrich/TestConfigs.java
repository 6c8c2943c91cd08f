package io.sparkplow.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.nio.file.Path;

/** Builds enrichment configurations, as the registry reads them from a file, and events for tests. */
public final class TestConfigs {

  /** Fetches {@code file:} URIs in place, as the job's fetcher does for local files. */
  public static final FileFetcher LOCAL_FILES = uri -> Path.of(uri);

  private TestConfigs() {}

  /** A configuration from its self-describing JSON, as if read from {@code source}. */
  public static EnrichmentConfig config(String source, String json) {
    JsonNode root = Json.parse(json).value();
    JsonNode data = root.path("data");
    return new EnrichmentConfig(source, SchemaKey.parse(root.path("schema").asText()).orElseThrow(),
        data.path("vendor").asText(), data.path("name").asText(), data.path("enabled").asBoolean(), data);
  }

  /**
   * A configuration of {@code iglu:VENDOR/NAME/jsonschema/VERSION} with the given {@code parameters}
   * JSON, read from {@code NAME.json}.
   */
  public static EnrichmentConfig config(String vendor, String name, String version, String parameters) {
    return config(name + ".json", "{\"schema\":\"iglu:" + vendor + "/" + name + "/jsonschema/" + version
        + "\",\"data\":{\"vendor\":\"" + vendor + "\",\"name\":\"" + name + "\",\"enabled\":true,\"parameters\":"
        + parameters + "}}");
  }

  /** As {@link #config(String, String, String, String)} for vendor {@code com.snowplowanalytics.snowplow}. */
  public static EnrichmentConfig snowplow(String name, String version, String parameters) {
    return config("com.snowplowanalytics.snowplow", name, version, parameters);
  }

  /** An event draft with the given field values (pairs of field, value). */
  public static EventDraft event(Object... fieldsAndValues) {
    EventDraft d = new EventDraft();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      d.set((Field) fieldsAndValues[i], (String) fieldsAndValues[i + 1]);
    }
    return d;
  }
}
