package io.sparkplow.shredjob;

import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.shred.EntityRow;
import io.sparkplow.shred.OutputKey;
import io.sparkplow.shred.ShreddedEvent;
import io.sparkplow.shred.ShreddedType;
import io.sparkplow.shred.TableLayout;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The output rows of one task, {@code (output, vendor, name, format, model, line)}, written with
 * {@code partitionBy} on the first five so that each row lands in
 * {@code output=good/vendor=V/name=N/format=tsv/model=M} or
 * {@code output=bad/vendor=com.snowplowanalytics.snowplow.badrows/name=TYPE/format=json/model=M}.
 * Shreds events as they are given and keeps the task's stats in plain counters (folded into a
 * {@link ShredStats} once, at the end). Not thread-safe: one per task.
 */
final class PartitionOutput {

  static final String GOOD = "good";
  static final String BAD = "bad";
  static final String JSON = "json";
  static final String LINE_COLUMN = "line";
  static final String[] PARTITION_COLUMNS = {"output", "vendor", "name", "format", "model"};

  /** The rows written: the partition columns, then the line. */
  static final StructType SCHEMA = new StructType()
      .add("output", DataTypes.StringType, false)
      .add("vendor", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("format", DataTypes.StringType, false)
      .add("model", DataTypes.StringType, false)
      .add(LINE_COLUMN, DataTypes.StringType, false);

  /** One output folder of the task: its model as text (made once) and its row count. */
  private static final class Folder {
    final String model;
    long rows;

    Folder(int model) {
      this.model = Integer.toString(model);
    }
  }

  private static final String BAD_PREFIX = "output=" + BAD + "/vendor=";

  private final ShredTools tools;
  private final ArrayDeque<Row> pending = new ArrayDeque<>();
  private final Folder atomic = new Folder(OutputKey.ATOMIC.model());
  private final Map<OutputKey, Folder> entityFolders = new HashMap<>();
  private final Map<SchemaKey, Folder> badFolders = new HashMap<>();
  private final HashSet<ShreddedType> types = new HashSet<>();
  private final ShredStats stats = new ShredStats();
  private String minTstamp = "";
  private String maxTstamp = "";

  PartitionOutput(ShredTools tools) {
    this.tools = tools;
  }

  /** Shreds a decoded (and deduplicated) event read from {@code line}. */
  void event(EnrichedEvent event, String line) {
    Result<ShreddedEvent, BadRow> shredded = tools.shredder.shred(event, line);
    if (!shredded.isOk()) {
      bad(shredded.error());
      return;
    }
    String tstamp = event.get(Field.COLLECTOR_TSTAMP);
    if (atomic.rows == 0 || tstamp.compareTo(minTstamp) < 0) {
      minTstamp = tstamp;
    }
    if (atomic.rows == 0 || tstamp.compareTo(maxTstamp) > 0) {
      maxTstamp = tstamp;
    }
    atomic.rows++;
    OutputKey a = OutputKey.ATOMIC;
    pending.add(RowFactory.create(GOOD, a.vendor(), a.name(), a.format(), atomic.model, shredded.value().atomicRow()));
    for (EntityRow row : shredded.value().entities()) {
      OutputKey key = row.output();
      Folder folder = entityFolders.get(key);
      if (folder == null) {
        folder = new Folder(key.model());
        entityFolders.put(key, folder);
        recordLayout(row);
      }
      folder.rows++;
      types.add(ShreddedType.of(row));
      pending.add(RowFactory.create(GOOD, key.vendor(), key.name(), key.format(), folder.model, row.row()));
    }
  }

  /** The layout a model's rows were written with: the DDL of the run must be made from the same. */
  private void recordLayout(EntityRow row) {
    Result<TableLayout, ?> layout = tools.layouts.forModelOf(row.schemaKey());
    if (layout.isOk()) { // it is: the row was just made from it, and layouts stay cached
      stats.addLayout(row.output().path(), layout.value().latest());
    }
  }

  void bad(BadRow row) {
    bad(row.schemaKey(), row.toJson());
  }

  /** A bad row already serialised, of the given bad row schema. */
  void bad(SchemaKey schema, String json) {
    Folder folder = badFolders.computeIfAbsent(schema, s -> new Folder(s.version().model()));
    folder.rows++;
    pending.add(RowFactory.create(BAD, schema.vendor(), schema.name(), JSON, folder.model, json));
  }

  boolean hasPending() {
    return !pending.isEmpty();
  }

  Row poll() {
    return pending.poll();
  }

  /** The task's stats (call once, at the end). */
  ShredStats stats() {
    stats.addGood(atomic.rows, minTstamp, maxTstamp);
    if (atomic.rows > 0) {
      stats.addRows(folderOf(OutputKey.ATOMIC), atomic.rows);
    }
    entityFolders.forEach((key, folder) -> stats.addRows(folderOf(key), folder.rows));
    long badRows = 0;
    for (Map.Entry<SchemaKey, Folder> e : badFolders.entrySet()) {
      SchemaKey s = e.getKey();
      stats.addRows(BAD_PREFIX + s.vendor() + "/name=" + s.name() + "/format=" + JSON + "/model=" + s.version().model(),
          e.getValue().rows);
      badRows += e.getValue().rows;
    }
    stats.addBad(badRows);
    types.forEach(stats::addType);
    return stats;
  }

  /** {@code output=good/vendor=V/name=N/format=tsv/model=M}. */
  static String folderOf(OutputKey key) {
    return "output=" + GOOD + "/" + key.path();
  }
}
