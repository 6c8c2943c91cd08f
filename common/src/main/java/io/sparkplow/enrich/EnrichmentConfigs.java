package io.sparkplow.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.ConfigurationException;
import io.sparkplow.Result;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads enrichment configuration files in Snowplow's format: one self-describing JSON per
 * enrichment ({@code {"schema": ..., "data": {"vendor", "name", "enabled", "parameters"}}}), or a
 * bundle {@code iglu:com.snowplowanalytics.snowplow/enrichments/jsonschema/1-0-0} whose
 * {@code data} lists them. Every error names the file and the field.
 */
public final class EnrichmentConfigs {

  /** The name of the bundle schema. */
  public static final String BUNDLE_NAME = "enrichments";

  /** A configuration text and where it came from (a file name, or "--enrichments"). */
  public record Source(String name, String text) implements java.io.Serializable {}

  private EnrichmentConfigs() {}

  /** Reads each source, which may be one configuration or a bundle of them. */
  public static List<EnrichmentConfig> read(List<Source> sources) {
    List<EnrichmentConfig> configs = new ArrayList<>();
    for (Source source : sources) {
      Result<JsonNode, String> parsed = Json.parse(source.text());
      if (!parsed.isOk()) {
        throw new ConfigurationException(source.name(), "(file)", "not valid JSON: " + parsed.error());
      }
      JsonNode root = parsed.value();
      SchemaKey key = schemaKey(source.name(), "schema", root);
      if (key.name().equals(BUNDLE_NAME)) {
        JsonNode data = root.path("data");
        if (!data.isArray()) {
          throw new ConfigurationException(source.name(), "data", "an enrichments bundle holds an array of configurations");
        }
        for (int i = 0; i < data.size(); i++) {
          configs.add(one(source.name(), "data[" + i + "].", data.get(i)));
        }
      } else {
        configs.add(one(source.name(), "", root));
      }
    }
    return List.copyOf(configs);
  }

  private static EnrichmentConfig one(String file, String prefix, JsonNode root) {
    if (!root.isObject()) {
      throw new ConfigurationException(file, prefix.isEmpty() ? "(file)" : prefix.substring(0, prefix.length() - 1),
          "expected a self-describing JSON object");
    }
    SchemaKey key = schemaKey(file, prefix + "schema", root);
    JsonNode data = root.path("data");
    if (!data.isObject()) {
      throw new ConfigurationException(file, prefix + "data", "expected an object with vendor, name, enabled, parameters");
    }
    String name = requiredText(file, prefix + "data.name", data.path("name"));
    String vendor = requiredText(file, prefix + "data.vendor", data.path("vendor"));
    if (!name.equals(key.name())) {
      throw new ConfigurationException(file, prefix + "data.name",
          "'" + name + "' does not match the schema's name '" + key.name() + "'");
    }
    JsonNode enabled = data.path("enabled");
    if (!enabled.isBoolean()) {
      throw new ConfigurationException(file, prefix + "data.enabled", "required boolean is missing or not true/false");
    }
    // Messages about fields inside this configuration name them from "data.".
    String source = prefix.isEmpty() ? file : file + " (" + prefix + "data)";
    return new EnrichmentConfig(source, key, vendor, name, enabled.booleanValue(), data);
  }

  private static SchemaKey schemaKey(String file, String field, JsonNode root) {
    JsonNode schema = root.path("schema");
    if (!schema.isTextual()) {
      throw new ConfigurationException(file, field, "required iglu: schema URI is missing");
    }
    return SchemaKey.parse(schema.textValue()).orElseThrow(() -> new ConfigurationException(file, field,
        "'" + schema.textValue() + "' is not an iglu:VENDOR/NAME/jsonschema/M-R-A URI"));
  }

  private static String requiredText(String file, String field, JsonNode node) {
    if (!node.isTextual() || node.textValue().isEmpty()) {
      throw new ConfigurationException(file, field, "required string is missing");
    }
    return node.textValue();
  }
}
