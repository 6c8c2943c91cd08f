package io.sparkplow.enrichjob;

import io.sparkplow.enrich.EnrichStats;
import org.apache.spark.util.AccumulatorV2;

/**
 * Gathers the run's {@link EnrichStats} from the tasks of the one write job. Each task adds its
 * partition's stats once, when its input is exhausted; Spark merges the updates of successful
 * tasks only, once per partition of a result stage, so retried tasks are not counted twice.
 */
public final class EnrichStatsAccumulator extends AccumulatorV2<EnrichStats, EnrichStats> {

  private EnrichStats stats = new EnrichStats();

  @Override
  public boolean isZero() {
    return stats.isEmpty();
  }

  @Override
  public AccumulatorV2<EnrichStats, EnrichStats> copy() {
    EnrichStatsAccumulator c = new EnrichStatsAccumulator();
    c.stats = stats.copy();
    return c;
  }

  @Override
  public void reset() {
    stats = new EnrichStats();
  }

  @Override
  public void add(EnrichStats v) {
    stats.merge(v);
  }

  @Override
  public void merge(AccumulatorV2<EnrichStats, EnrichStats> other) {
    stats.merge(other.value());
  }

  @Override
  public EnrichStats value() {
    return stats;
  }
}
