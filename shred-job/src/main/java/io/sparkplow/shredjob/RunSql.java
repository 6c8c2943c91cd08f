package io.sparkplow.shredjob;

import io.sparkplow.shred.AtomicEventsTable;
import io.sparkplow.shred.CopyStatements;
import io.sparkplow.shred.DdlGenerator;
import io.sparkplow.shred.Migration;
import io.sparkplow.shred.TableLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL files of a run ({@code OUTPUT/sql/}), made from the layouts its rows were written with:
 * <ul>
 *   <li>{@value #CREATE_TABLES}: CREATE TABLE IF NOT EXISTS and COMMENT ON TABLE of atomic.events,
 *       then of each entity table at the version the run's rows have;</li>
 *   <li>{@value #MIGRATIONS}: for tables created at an earlier version of their model, the
 *       statements from each earlier version to this one;</li>
 *   <li>{@value #COPY}: the COPY of atomic.events, then of each entity table.</li>
 * </ul>
 */
final class RunSql {

  static final String FOLDER = "sql";
  static final String CREATE_TABLES = "create_tables.sql";
  static final String MIGRATIONS = "migrations.sql";
  static final String COPY = "copy.sql";

  private RunSql() {}

  /**
   * File name → content, for the layouts in any order (written by table name).
   *
   * @param goodEvents whether the run has atomic rows: a COPY from a folder that does not exist fails
   */
  static Map<String, String> files(List<TableLayout> layouts, boolean goodEvents, DdlGenerator ddl,
      CopyStatements copy) {
    List<TableLayout> tables = new ArrayList<>(layouts);
    tables.sort(Comparator.comparing(TableLayout::tableName));
    Map<String, String> files = new LinkedHashMap<>();

    StringBuilder create = new StringBuilder("-- atomic.events, then the entity tables of this run's shredded types,"
        + " at the version of its rows.\n\n");
    create.append(AtomicEventsTable.createTable(ddl.sqlSchema())).append('\n');
    for (TableLayout t : tables) {
      create.append(ddl.createTable(t)).append('\n');
    }
    files.put(CREATE_TABLES, create.toString());

    StringBuilder migrations = new StringBuilder(
        "-- For a table already created at an earlier version (its COMMENT ON TABLE tells which), run the\n"
            + "-- migration from that version; statements outside the transaction block cannot run in one.\n\n");
    int count = 0;
    for (TableLayout t : tables) {
      for (Migration m : ddl.migrations(t)) {
        migrations.append(m.render()).append('\n');
        count++;
      }
    }
    if (count == 0) {
      migrations.append("-- No table of this run has an earlier version.\n");
    }
    files.put(MIGRATIONS, migrations.toString());

    StringBuilder copies = new StringBuilder("-- Loads this run: atomic.events, then each entity table.\n");
    if (!goodEvents) {
      files.put(COPY, copies.append("-- This run has no good event: nothing to load.\n").toString());
      return files;
    }
    String all = String.join("\n", copy.all(tables));
    if (all.contains("{{")) {
      copies.append("-- Placeholders to replace before running: ").append(CopyStatements.RUN_PATH_PLACEHOLDER)
          .append(" = the s3:// folder of this run,\n-- ").append(CopyStatements.ROLE_PLACEHOLDER)
          .append(" = the IAM role Redshift assumes, ").append(CopyStatements.REGION_PLACEHOLDER)
          .append(" = the bucket's region\n-- (the job fills them in from --copy-role-arn, --copy-region and an s3a:// output folder).\n");
    }
    copies.append('\n').append(all).append('\n');
    files.put(COPY, copies.toString());
    return files;
  }
}
