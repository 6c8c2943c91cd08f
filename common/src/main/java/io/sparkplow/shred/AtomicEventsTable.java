package io.sparkplow.shred;

import io.sparkplow.event.Field;
import java.util.Set;

/**
 * The {@code atomic.events} table: the 128 scalar fields of the enriched event (the three JSON
 * fields go to entity tables), typed as in enriched-event.md, in Snowplow's Redshift layout
 * (event_id the primary and distribution key, sorted by collector_tstamp).
 */
public final class AtomicEventsTable {

  /** Fields of fixed width (CHAR); every other text field is a VARCHAR of its width. */
  private static final Set<Field> FIXED_WIDTH = Set.of(Field.GEO_COUNTRY, Field.GEO_REGION, Field.EVENT_ID,
      Field.TR_CURRENCY, Field.TI_CURRENCY, Field.BASE_CURRENCY, Field.DOMAIN_SESSIONID);

  private AtomicEventsTable() {}

  /** The Redshift type of a scalar field. */
  public static String type(Field field) {
    switch (field.kind()) {
      case TEXT:
        return (FIXED_WIDTH.contains(field) ? "CHAR(" : "VARCHAR(") + field.maxLength() + ")";
      case TIMESTAMP:
        return "TIMESTAMP";
      case INTEGER:
        return "INT";
      case DECIMAL:
        return "DECIMAL(18,2)";
      case DOUBLE:
        return "DOUBLE PRECISION";
      case BOOLEAN:
        return "BOOLEAN";
      default:
        throw new IllegalArgumentException(field + " is not stored in atomic.events");
    }
  }

  /** CREATE TABLE IF NOT EXISTS {schema}.events, then its COMMENT ON TABLE. */
  public static String createTable(String sqlSchema) {
    String table = Names.requireSqlSchema(sqlSchema) + ".events";
    StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table).append(" (\n");
    for (Field field : Field.values()) {
      if (field.isJson()) {
        continue;
      }
      sb.append("    \"").append(field.columnName()).append("\" ").append(type(field))
          .append(field == Field.COLLECTOR_TSTAMP ? " ENCODE RAW" : " ENCODE ZSTD")
          .append(field.required() ? " NOT NULL" : "").append(",\n");
    }
    sb.append("    PRIMARY KEY (event_id)\n)\nDISTSTYLE KEY\nDISTKEY (event_id)\nSORTKEY (collector_tstamp);\n\n")
        .append("COMMENT ON TABLE ").append(table)
        .append(" IS 'iglu:com.snowplowanalytics.snowplow/atomic/jsonschema/1-0-0';\n");
    return sb.toString();
  }
}
