package io.sparkplow.shred;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens one JSON Schema into the ordered data columns of its table.
 *
 * <p>An object with declared {@code properties} is descended into, one column per leaf, named by
 * the snake-cased property names joined with {@code .}; an array, or an object without
 * properties, is one column holding JSON. A column is NOT NULL only when it and every object
 * above it are required and none of them admits {@code null}. Columns are ordered NOT NULL
 * first, then nullable, each group by name. Two properties that snake-case to the same name give
 * one column (the first in that order); a property named like a metadata column has none.
 */
public final class SchemaFlattener {

  private static final Comparator<Column> ORDER =
      Comparator.comparing((Column c) -> !c.notNull()).thenComparing(Column::name);

  private static final Set<String> METADATA_NAMES = Set.of("schema_vendor", "schema_name", "schema_format",
      "schema_version", "root_id", "root_tstamp", "ref_root", "ref_tree", "ref_parent");

  private SchemaFlattener() {}

  /** The ordered columns of a schema; empty when it declares no properties. */
  public static List<Column> columns(JsonNode schema) {
    List<Column> out = new ArrayList<>();
    if (schema != null && schema.isObject()) {
      descend(schema, new ArrayList<>(), "", true, out);
    }
    out.sort(ORDER);
    // The metadata columns' names are taken; a property of the same name cannot have a column.
    Set<String> seen = new HashSet<>(METADATA_NAMES);
    out.removeIf(c -> !seen.add(c.name()));
    return List.copyOf(out);
  }

  private static void descend(JsonNode object, List<String> path, String prefix, boolean required,
      List<Column> out) {
    JsonNode properties = object.get("properties");
    if (properties == null || !properties.isObject()) {
      return;
    }
    Set<String> requiredKeys = requiredKeys(object);
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode sub = e.getValue();
      if (!sub.isObject()) {
        continue;
      }
      List<String> subPath = new ArrayList<>(path);
      subPath.add(e.getKey());
      String name = prefix + Names.snakeCase(e.getKey());
      PropertySchema p = PropertySchema.of(sub);
      boolean subRequired = required && requiredKeys.contains(e.getKey()) && !p.nullable();
      if (hasProperties(sub) && p.onlyObject()) {
        descend(sub, subPath, name + ".", subRequired, out);
      } else {
        out.add(new Column(name, subPath, ColumnTypes.of(p), subRequired));
      }
    }
  }

  private static boolean hasProperties(JsonNode schema) {
    JsonNode properties = schema.get("properties");
    return properties != null && properties.isObject() && properties.size() > 0;
  }

  private static Set<String> requiredKeys(JsonNode object) {
    Set<String> keys = new HashSet<>();
    JsonNode required = object.get("required");
    if (required != null && required.isArray()) {
      required.forEach(r -> keys.add(r.asText()));
    }
    return keys;
  }

  /** Columns by name, in order (for merging versions). */
  static Map<String, Column> byName(List<Column> columns) {
    Map<String, Column> map = new LinkedHashMap<>();
    columns.forEach(c -> map.put(c.name(), c));
    return map;
  }
}
