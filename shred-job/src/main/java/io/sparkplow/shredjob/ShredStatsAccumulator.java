package io.sparkplow.shredjob;

import org.apache.spark.util.AccumulatorV2;

/**
 * Gathers the run's {@link ShredStats} from the tasks of the write. Each task adds its partition's
 * stats once, when its input is exhausted; the tasks that add are those of the final (result)
 * stage, whose updates Spark merges once per partition, so retried tasks are not counted twice.
 */
final class ShredStatsAccumulator extends AccumulatorV2<ShredStats, ShredStats> {

  private ShredStats stats = new ShredStats();

  @Override
  public boolean isZero() {
    return stats.isEmpty();
  }

  @Override
  public AccumulatorV2<ShredStats, ShredStats> copy() {
    ShredStatsAccumulator c = new ShredStatsAccumulator();
    c.stats = stats.copy();
    return c;
  }

  @Override
  public void reset() {
    stats = new ShredStats();
  }

  @Override
  public void add(ShredStats v) {
    stats.merge(v);
  }

  @Override
  public void merge(AccumulatorV2<ShredStats, ShredStats> other) {
    stats.merge(other.value());
  }

  @Override
  public ShredStats value() {
    return stats;
  }
}
