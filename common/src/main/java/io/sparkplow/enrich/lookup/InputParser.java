package io.sparkplow.enrich.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.jsonpath.JsonField;
import io.sparkplow.enrich.jsonpath.JsonPath;
import io.sparkplow.enrich.jsonpath.SchemaCriterion;
import io.sparkplow.event.Field;
import io.sparkplow.iglu.SchemaKey;
import java.util.Set;

/**
 * Reads what the configurations of the lookup enrichments (API request, SQL query) share: their
 * inputs ({@code pojo} or {@code json}), output schemas and cache lifetime.
 */
public final class InputParser {

  private InputParser() {}

  /** The list at {@code parameters.inputs}: required, it may be empty. */
  public static JsonNode inputs(ConfigFields config) {
    JsonNode inputs = config.node("parameters.inputs");
    if (!inputs.isArray()) {
      throw config.error("parameters.inputs", "required list of inputs is missing");
    }
    return inputs;
  }

  /**
   * Reads the input object at {@code path} (e.g. {@code parameters.inputs.0}), which must hold
   * exactly one of {@code pojo} and {@code json} beside its key field {@code keyField}.
   */
  public static Input parse(ConfigFields config, String path, String keyField) {
    JsonNode node = config.node(path);
    if (!node.isObject()) {
      throw config.error(path, "expected an object with \"" + keyField + "\" and \"pojo\" or \"json\"");
    }
    config.onlyKnown(path, Set.of(keyField, "pojo", "json"));
    boolean pojo = config.has(path + ".pojo");
    boolean json = config.has(path + ".json");
    if (pojo == json) {
      throw config.error(path, "exactly one of \"pojo\" and \"json\" is required");
    }
    if (pojo) {
      String name = config.text(path + ".pojo.field");
      return new Input.Pojo(scalarField(config, path + ".pojo.field", name));
    }
    String fieldPath = path + ".json.field";
    String fieldName = config.text(fieldPath);
    JsonField field = JsonField.byConfigName(fieldName).orElseThrow(() -> config.error(fieldPath,
        "expected contexts, unstruct_event or derived_contexts, found \"" + fieldName + "\""));
    return new Input.Json(field, criterion(config, path + ".json.schemaCriterion"),
        jsonPath(config, path + ".json.jsonPath"));
  }

  /** A scalar field named as in the enriched event (e.g. {@code page_urlhost}). */
  public static Field scalarField(ConfigFields config, String path, String name) {
    for (Field f : Field.values()) {
      if (f.columnName().equals(name)) {
        if (f.isJson()) {
          throw config.error(path, name + " is a JSON field: use a \"json\" input");
        }
        return f;
      }
    }
    throw config.error(path, "unknown enriched event field \"" + name + "\"");
  }

  /** The URI of the schema of an output, such as {@code iglu:com.acme/user/jsonschema/1-0-0}. */
  public static String schemaUri(ConfigFields config, String path) {
    String schema = config.text(path);
    if (SchemaKey.parse(schema).isEmpty()) {
      throw config.error(path, "expected a schema URI such as iglu:com.acme/user/jsonschema/1-0-0");
    }
    return schema;
  }

  /** How long a looked-up answer is kept, {@code parameters.cache.ttl}: 0 to 86400 seconds. */
  public static int cacheTtl(ConfigFields config) {
    int ttl = config.integer("parameters.cache.ttl");
    if (ttl < 0 || ttl > 86_400) {
      throw config.error("parameters.cache.ttl", "expected seconds between 0 and 86400, found " + ttl);
    }
    return ttl;
  }

  public static SchemaCriterion criterion(ConfigFields config, String path) {
    String text = config.text(path);
    return SchemaCriterion.parse(text).orElseThrow(() -> config.error(path,
        "expected a schema criterion such as iglu:com.acme/user/jsonschema/1-*-*, found \"" + text + "\""));
  }

  public static JsonPath jsonPath(ConfigFields config, String path) {
    String text = config.text(path);
    try {
      return JsonPath.compile(text);
    } catch (IllegalArgumentException e) {
      throw config.error(path, e.getMessage());
    }
  }
}
