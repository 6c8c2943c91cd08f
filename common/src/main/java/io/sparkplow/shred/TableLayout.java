package io.sparkplow.shred;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.iglu.SchemaVer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of one model ({@code vendor/name/jsonschema/MODEL-*-*}): its data columns, merged
 * from the JSON Schemas of every known version in SchemaVer order. Immutable and thread-safe.
 *
 * <p>The first version's columns come first (NOT NULL, then nullable, each by name); columns that
 * a later version adds are appended after them, in the same order, and are always nullable (rows
 * of the earlier versions have no value for them, and an {@code ALTER TABLE ADD COLUMN} cannot be
 * NOT NULL). A column stays NOT NULL only while every version declares it so. When a later
 * version widens a VARCHAR, the column takes the wider length; any other type change keeps the
 * first type (Redshift cannot change it in place).
 */
public final class TableLayout {

  private static final Pattern VARCHAR = Pattern.compile("VARCHAR\\((\\d+)\\)");

  private final List<SchemaKey> versions;
  private final List<List<Column>> versionColumns;
  private final List<Column> columns;
  private final String tableName;

  private TableLayout(List<SchemaKey> versions, List<List<Column>> versionColumns) {
    this.versions = List.copyOf(versions);
    this.versionColumns = List.copyOf(versionColumns);
    this.columns = merge(versionColumns);
    SchemaKey first = versions.get(0);
    this.tableName = Names.tableName(first.vendor(), first.name(), first.version().model());
  }

  /**
   * The layout of a model from its schemas (keys and JSON Schemas in the same order, any order of
   * versions; all of one vendor, name and model).
   */
  public static TableLayout of(List<SchemaKey> keys, List<JsonNode> schemas) {
    if (keys.isEmpty() || keys.size() != schemas.size()) {
      throw new IllegalArgumentException("a layout needs one schema per key, and at least one");
    }
    SchemaKey first = keys.get(0);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      SchemaKey k = keys.get(i);
      if (!k.vendor().equals(first.vendor()) || !k.name().equals(first.name())
          || k.version().model() != first.version().model()) {
        throw new IllegalArgumentException("schemas of different models: " + first + ", " + k);
      }
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> keys.get(i).version()));
    List<SchemaKey> sortedKeys = new ArrayList<>();
    List<List<Column>> flat = new ArrayList<>();
    for (int i : order) {
      if (!sortedKeys.isEmpty() && sortedKeys.get(sortedKeys.size() - 1).version().equals(keys.get(i).version())) {
        continue;
      }
      sortedKeys.add(keys.get(i));
      flat.add(SchemaFlattener.columns(schemas.get(i)));
    }
    return new TableLayout(sortedKeys, flat);
  }

  private static List<Column> merge(List<List<Column>> versionColumns) {
    Map<String, Column> merged = new LinkedHashMap<>();
    for (int v = 0; v < versionColumns.size(); v++) {
      Map<String, Column> current = SchemaFlattener.byName(versionColumns.get(v));
      for (Map.Entry<String, Column> e : merged.entrySet()) {
        Column existing = e.getValue();
        Column now = current.get(e.getKey());
        Column updated = now == null || !now.notNull() ? existing.nullable() : existing;
        if (now != null) {
          updated = updated.withType(widen(updated.type(), now.type()));
        }
        e.setValue(updated);
      }
      for (Column c : versionColumns.get(v)) {
        if (!merged.containsKey(c.name())) {
          merged.put(c.name(), v == 0 ? c : c.nullable());
        }
      }
    }
    return List.copyOf(merged.values());
  }

  private static String widen(String type, String later) {
    Matcher a = VARCHAR.matcher(type);
    Matcher b = VARCHAR.matcher(later);
    if (a.matches() && b.matches() && Integer.parseInt(b.group(1)) > Integer.parseInt(a.group(1))) {
      return later;
    }
    return type;
  }

  /** The layout as it was at an earlier version (the versions up to and including it). */
  public Optional<TableLayout> upTo(SchemaVer version) {
    int n = 0;
    while (n < versions.size() && versions.get(n).version().compareTo(version) <= 0) {
      n++;
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(n == versions.size() ? this
        : new TableLayout(versions.subList(0, n), versionColumns.subList(0, n)));
  }

  /** The versions the layout is made of, in SchemaVer order. */
  public List<SchemaKey> versions() {
    return versions;
  }

  /** The newest version: the one the table is at. */
  public SchemaKey latest() {
    return versions.get(versions.size() - 1);
  }

  public boolean contains(SchemaVer version) {
    for (SchemaKey k : versions) {
      if (k.version().equals(version)) {
        return true;
      }
    }
    return false;
  }

  /** The data columns (after the 9 metadata columns), in table order. */
  public List<Column> columns() {
    return columns;
  }

  public String vendor() {
    return versions.get(0).vendor();
  }

  public String name() {
    return versions.get(0).name();
  }

  public int model() {
    return versions.get(0).version().model();
  }

  /** The table name, without the database schema: {@code com_acme_link_click_1}. */
  public String tableName() {
    return tableName;
  }

  @Override
  public String toString() {
    return "TableLayout[" + tableName + " " + versions.size() + " versions, " + columns.size() + " columns]";
  }
}
