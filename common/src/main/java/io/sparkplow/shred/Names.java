package io.sparkplow.shred;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Warehouse names derived from schema vendors, names and property names.
 *
 * <p>Property names come from schemas anyone can publish, so a column name may hold any
 * character: it is always written as a quoted identifier ({@link #quote}). Table names are built
 * only from validated schema keys and checked again here, so they are plain identifiers.
 */
public final class Names {

  private static final Pattern ACRONYM = Pattern.compile("([A-Z]+)([A-Z][a-z])");
  private static final Pattern LOWER_UPPER = Pattern.compile("([a-z\\d])([A-Z])");
  private static final Pattern TABLE = Pattern.compile("[a-z0-9_]{1,127}");
  private static final Pattern SQL_SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,126}");

  private Names() {}

  /**
   * {@code clientContext} → {@code client_context}, {@code x-amz-id-2} → {@code x_amz_id_2},
   * {@code ABTest} → {@code ab_test}, {@code s3Key} → {@code s3_key}. Control characters become
   * {@code _} (they can never be part of an identifier).
   */
  public static String snakeCase(String name) {
    String s = ACRONYM.matcher(name).replaceAll("$1_$2");
    s = LOWER_UPPER.matcher(s).replaceAll("$1_$2");
    s = s.replace('-', '_').toLowerCase(Locale.ROOT);
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, '_');
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * The table of one model: vendor with {@code .} and {@code -} as {@code _}, {@code _}, the name
   * in snake case, {@code _MODEL}, all lower case: {@code com_snowplowanalytics_snowplow_link_click_1}.
   */
  public static String tableName(String vendor, String name, int model) {
    String table = vendor.replace('.', '_').replace('-', '_').toLowerCase(Locale.ROOT)
        + "_" + snakeCase(name) + "_" + model;
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("not a safe table name: " + quote(table));
    }
    return table;
  }

  /** A quoted identifier: {@code "a""b"} for {@code a"b}. */
  public static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** Checks a database schema name given in configuration (e.g. {@code atomic}). */
  public static String requireSqlSchema(String schema) {
    if (schema == null || !SQL_SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException("not a plain SQL schema name: " + schema);
    }
    return schema;
  }
}
