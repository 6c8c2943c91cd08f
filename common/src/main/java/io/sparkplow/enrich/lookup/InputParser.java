package io.sparkplow.enrich.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.jsonpath.JsonField;
import io.sparkplow.enrich.jsonpath.JsonPath;
import io.sparkplow.enrich.jsonpath.SchemaCriterion;
import io.sparkplow.event.Field;
import java.util.Iterator;

/** Reads an input ({@code pojo} or {@code json}) of a lookup enrichment's configuration. */
public final class InputParser {

  private InputParser() {}

  /**
   * Reads the input object at {@code path} (e.g. {@code parameters.inputs.0}), which must hold
   * exactly one of {@code pojo} and {@code json} beside its key field {@code keyField}.
   */
  public static Input parse(ConfigFields config, String path, String keyField) {
    JsonNode node = config.node(path);
    if (!node.isObject()) {
      throw config.error(path, "expected an object with \"" + keyField + "\" and \"pojo\" or \"json\"");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!n.equals(keyField) && !n.equals("pojo") && !n.equals("json")) {
        throw config.error(path + "." + n, "unknown property");
      }
    }
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
