package io.sparkplow.shredjob;

import io.sparkplow.event.EnrichedTsv;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.shred.SortedRunDeduplicator;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The reduce side of a deduplicating run: the {@link DecodedRows} of one partition, sorted, in;
 * output rows out. Events stream through a {@link SortedRunDeduplicator} (memory O(1) per
 * event_id, whatever the number of copies) and are shredded as it lets them out; bad rows pass.
 */
final class DedupPartition implements MapPartitionsFunction<Row, Row> {

  private final ShredSettings settings;
  private final ShredStatsAccumulator accumulator;

  DedupPartition(ShredSettings settings, ShredStatsAccumulator accumulator) {
    this.settings = settings;
    this.accumulator = accumulator;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    PartitionOutput output = new PartitionOutput(ShredTools.get(settings));
    SortedRunDeduplicator<String> dedup = new SortedRunDeduplicator<>(settings.deduplication(), output::event);
    return new OutputIterator<Row>(output, rows, accumulator) {
      @Override
      void process(Row row) {
        String tsv = row.getString(DecodedRows.TSV);
        if (!row.isNullAt(DecodedRows.BAD_SCHEMA)) {
          out.bad(SchemaKey.parse(row.getString(DecodedRows.BAD_SCHEMA)).orElseThrow(), tsv);
          return;
        }
        // Decoded before the shuffle: splitting it again is all it takes.
        String line = row.isNullAt(DecodedRows.ORIGINAL) ? tsv : row.getString(DecodedRows.ORIGINAL);
        dedup.accept(EnrichedTsv.parse(tsv).value(), line);
      }

      @Override
      void end() {
        dedup.finish();
      }
    };
  }
}
