package io.sparkplow.shred;

import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.iglu.SchemaVer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Redshift DDL for entity tables: {@code CREATE TABLE IF NOT EXISTS} with the 9 metadata columns
 * and the layout's data columns, {@code COMMENT ON TABLE} with the schema key the table is at, and
 * the migrations from each earlier version of the model. Column names are always quoted; the
 * table and database schema names are checked plain identifiers.
 */
public final class DdlGenerator {

  /** The metadata columns every entity table starts with, in order. */
  public static final List<Column> METADATA_COLUMNS = List.of(
      meta("schema_vendor", "VARCHAR(128)"),
      meta("schema_name", "VARCHAR(128)"),
      meta("schema_format", "VARCHAR(128)"),
      meta("schema_version", "VARCHAR(128)"),
      meta("root_id", "CHAR(36)"),
      meta("root_tstamp", "TIMESTAMP"),
      meta("ref_root", "VARCHAR(255)"),
      meta("ref_tree", "VARCHAR(1500)"),
      meta("ref_parent", "VARCHAR(255)"));

  private final String sqlSchema;

  /** @param sqlSchema the database schema of the tables, e.g. {@code atomic} */
  public DdlGenerator(String sqlSchema) {
    this.sqlSchema = Names.requireSqlSchema(sqlSchema);
  }

  private static Column meta(String name, String type) {
    return new Column(name, List.of(), type, true);
  }

  /** The database schema the tables live in, e.g. {@code atomic}. */
  public String sqlSchema() {
    return sqlSchema;
  }

  /** {@code atomic.com_acme_link_click_1}. */
  public String qualifiedTable(TableLayout layout) {
    return sqlSchema + "." + layout.tableName();
  }

  /** CREATE TABLE and COMMENT ON TABLE for the table at the layout's latest version. */
  public String createTable(TableLayout layout) {
    List<Column> all = new ArrayList<>(METADATA_COLUMNS);
    all.addAll(layout.columns());
    int nameWidth = 0;
    int typeWidth = 0;
    for (Column c : all) {
      nameWidth = Math.max(nameWidth, Names.quote(c.name()).length());
      typeWidth = Math.max(typeWidth, c.type().length());
    }
    String table = qualifiedTable(layout);
    StringBuilder sb = new StringBuilder();
    sb.append("CREATE TABLE IF NOT EXISTS ").append(table).append(" (\n");
    for (Column c : all) {
      String encode = c.name().equals("root_id") && c.path().isEmpty() ? "RAW " : "ZSTD";
      StringBuilder line = new StringBuilder("    ")
          .append(pad(Names.quote(c.name()), nameWidth)).append(' ')
          .append(pad(c.type(), typeWidth)).append(" ENCODE ").append(encode);
      if (c.notNull()) {
        line.append(" NOT NULL");
      }
      sb.append(stripTrailing(line)).append(",\n");
    }
    sb.append("    FOREIGN KEY (root_id) REFERENCES ").append(sqlSchema).append(".events(event_id)\n")
        .append(")\nDISTSTYLE KEY\nDISTKEY (root_id)\nSORTKEY (root_tstamp);\n\n")
        .append(comment(layout, layout.latest())).append('\n');
    return sb.toString();
  }

  /** The migrations to the latest version from each earlier one, oldest first. */
  public List<Migration> migrations(TableLayout layout) {
    List<Migration> out = new ArrayList<>();
    for (SchemaKey from : layout.versions()) {
      if (!from.equals(layout.latest())) {
        migration(layout, from.version()).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The migration from a table at {@code from} to the layout's latest version. */
  public Optional<Migration> migration(TableLayout layout, SchemaVer from) {
    Optional<TableLayout> before = layout.upTo(from);
    if (before.isEmpty() || before.get().latest().equals(layout.latest())) {
      return Optional.empty();
    }
    String table = qualifiedTable(layout);
    Map<String, Column> old = SchemaFlattener.byName(before.get().columns());
    List<String> outside = new ArrayList<>();
    List<String> inside = new ArrayList<>();
    for (Column c : layout.columns()) {
      Column was = old.get(c.name());
      if (was == null) {
        inside.add("ALTER TABLE " + table + " ADD COLUMN " + Names.quote(c.name()) + " " + c.type() + " ENCODE ZSTD;");
      } else if (!was.type().equals(c.type())) {
        outside.add("ALTER TABLE " + table + " ALTER COLUMN " + Names.quote(c.name()) + " TYPE " + c.type() + ";");
      }
    }
    inside.add(comment(layout, layout.latest()));
    return Optional.of(new Migration(before.get().latest(), layout.latest(), outside, inside));
  }

  /** {@code COMMENT ON TABLE atomic.T IS 'iglu:V/N/jsonschema/X-Y-Z';} */
  public String comment(TableLayout layout, SchemaKey version) {
    // A schema key holds no quote or backslash (SchemaKey checks its parts), so it is a safe literal.
    return "COMMENT ON TABLE " + qualifiedTable(layout) + " IS '" + version.toUri() + "';";
  }

  private static String pad(String s, int width) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < width) {
      sb.append(' ');
    }
    return sb.toString();
  }

  private static String stripTrailing(StringBuilder sb) {
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    return sb.substring(0, end);
  }
}
