package io.sparkplow.shred;

import java.util.regex.Pattern;

/**
 * The generated Redshift DDL made runnable on PostgreSQL (for loading shredded runs into
 * PostgreSQL, and for testing the DDL and the TSV against a real database). Where the dialects
 * differ:
 * <ul>
 *   <li>column compression ({@code ENCODE ZSTD}, {@code ENCODE RAW}) does not exist: dropped;</li>
 *   <li>distribution and sort keys ({@code DISTSTYLE}, {@code DISTKEY}, {@code SORTKEY}) do not
 *       exist: dropped (PostgreSQL users index {@code root_id} and {@code root_tstamp} instead);</li>
 *   <li>every type the generator emits (VARCHAR(n) up to 65535, CHAR(n), SMALLINT, INT, BIGINT,
 *       DECIMAL(p,s), DOUBLE PRECISION, BOOLEAN, TIMESTAMP, DATE) is valid PostgreSQL as is, and
 *       so are {@code COMMENT ON TABLE}, the primary and foreign keys, and
 *       {@code ALTER TABLE ... ADD COLUMN};</li>
 *   <li>loading: the TSV files are read with {@code COPY ... FROM STDIN (FORMAT csv, DELIMITER
 *       E'\t', QUOTE E'\b', NULL ...)}: CSV mode because PostgreSQL's text format would treat a
 *       backslash inside a value as an escape (Redshift's COPY does not), with a quote character
 *       that never occurs; {@code NULL ''} for atomic.events (absent = empty, Redshift's
 *       EMPTYASNULL) and {@code NULL '\N'} for entity tables (Redshift's default NULL marker).</li>
 * </ul>
 */
public final class PostgresDialect {

  private static final Pattern ENCODE = Pattern.compile("\\s+ENCODE\\s+\\w+", Pattern.CASE_INSENSITIVE);
  private static final Pattern DISTRIBUTION =
      Pattern.compile("\\)\\s*DISTSTYLE\\s+\\w+\\s*(DISTKEY\\s*\\([^)]*\\)\\s*)?(SORTKEY\\s*\\([^)]*\\))?\\s*;",
          Pattern.CASE_INSENSITIVE);

  private PostgresDialect() {}

  /** Redshift DDL (CREATE TABLE, COMMENT, ALTER TABLE) as PostgreSQL DDL. */
  public static String ddl(String redshift) {
    String sql = ENCODE.matcher(redshift).replaceAll("");
    return DISTRIBUTION.matcher(sql).replaceAll(");");
  }

  /** The COPY options that read a shredded TSV file; {@code atomic} for atomic.events. */
  public static String copyOptions(boolean atomic) {
    return "(FORMAT csv, DELIMITER E'\\t', QUOTE E'\\b', NULL " + (atomic ? "''" : "'\\N'") + ")";
  }
}
