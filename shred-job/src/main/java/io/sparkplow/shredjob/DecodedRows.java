package io.sparkplow.shredjob;

import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The map side of a deduplicating run: each enriched line decoded into the row that is shuffled
 * by {@link #KEY} and sorted by {@link #SORT_COLUMNS}, the order
 * {@link io.sparkplow.shred.SortedRunDeduplicator} reads.
 *
 * <ul>
 *   <li>an event: key = event_id, its fingerprint, whether it has an etl_tstamp, the etl_tstamp,
 *       its TSV as decoded (timestamps normalised), and the original line when that differs;</li>
 *   <li>a line that does not decode: its bad row, under a key of its own ({@code !TASK:N}, never a
 *       UUID, so it never joins an event's run and bad rows spread over the partitions), with the
 *       bad row's schema.</li>
 * </ul>
 */
final class DecodedRows implements MapPartitionsFunction<String, Row> {

  static final String KEY = "key";
  static final String[] SORT_COLUMNS = {KEY, "fingerprint", "etl_missing", "etl", "tsv"};

  static final StructType SCHEMA = new StructType()
      .add(KEY, DataTypes.StringType, false)
      .add("fingerprint", DataTypes.StringType, false)
      .add("etl_missing", DataTypes.BooleanType, false)
      .add("etl", DataTypes.StringType, false)
      .add("tsv", DataTypes.StringType, false)
      .add("original", DataTypes.StringType, true)
      .add("bad_schema", DataTypes.StringType, true);

  static final int TSV = 4;
  static final int ORIGINAL = 5;
  static final int BAD_SCHEMA = 6;

  private final ShredSettings settings;

  DecodedRows(ShredSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<String> lines) {
    ShredTools tools = ShredTools.get(settings);
    TaskContext task = TaskContext.get();
    String badKeyPrefix = "!" + (task == null ? 0 : task.partitionId()) + ":";
    return new Iterator<>() {
      private long index;

      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Row next() {
        String line = lines.next();
        index++;
        Result<EnrichedEvent, BadRow.LoaderParsingError> decoded = tools.decoder.decode(line);
        if (!decoded.isOk()) {
          BadRow bad = decoded.error();
          return RowFactory.create(badKeyPrefix + index, "", false, "", bad.toJson(), null, bad.schemaKey().toUri());
        }
        EnrichedEvent e = decoded.value();
        String tsv = e.toTsv();
        String etl = e.get(Field.ETL_TSTAMP);
        return RowFactory.create(e.get(Field.EVENT_ID), e.get(Field.EVENT_FINGERPRINT), etl.isEmpty(), etl, tsv,
            tsv.equals(line) ? null : line, null);
      }
    };
  }
}
