package io.sparkplow.shredjob;

import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.event.EnrichedEvent;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The task of a run without deduplication: enriched lines in, output rows out (decode, shred),
 * with no shuffle.
 */
final class LinePartition implements MapPartitionsFunction<String, Row> {

  private final ShredSettings settings;
  private final ShredStatsAccumulator accumulator;

  LinePartition(ShredSettings settings, ShredStatsAccumulator accumulator) {
    this.settings = settings;
    this.accumulator = accumulator;
  }

  @Override
  public Iterator<Row> call(Iterator<String> lines) {
    ShredTools tools = ShredTools.get(settings);
    return new OutputIterator<String>(new PartitionOutput(tools), lines, accumulator) {
      @Override
      void process(String line) {
        Result<EnrichedEvent, BadRow.LoaderParsingError> decoded = tools.decoder.decode(line);
        if (decoded.isOk()) {
          out.event(decoded.value(), line);
        } else {
          out.bad(decoded.error());
        }
      }
    };
  }
}
