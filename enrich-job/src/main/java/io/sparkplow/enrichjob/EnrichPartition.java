package io.sparkplow.enrichjob;

import io.sparkplow.badrow.BadRow;
import io.sparkplow.enrich.EnrichPipeline;
import io.sparkplow.enrich.EnrichSettings;
import io.sparkplow.enrich.EnrichStats;
import io.sparkplow.event.EnrichedEvent;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import scala.Tuple2;

/**
 * The per-partition step of the enrich job: raw lines in, {@code (output, line)} pairs out, where
 * output is {@code good} or {@code bad}. Lazy: a line is processed when the writer asks for the
 * next pair, so a partition is never held in memory.
 */
final class EnrichPartition implements MapPartitionsFunction<String, Tuple2<String, String>> {

  static final String GOOD = "good";
  static final String BAD = "bad";

  private final EnrichSettings settings;
  private final EnrichStatsAccumulator accumulator;

  EnrichPartition(EnrichSettings settings, EnrichStatsAccumulator accumulator) {
    this.settings = settings;
    this.accumulator = accumulator;
  }

  @Override
  public Iterator<Tuple2<String, String>> call(Iterator<String> lines) {
    return new Outputs(PipelineCache.get(settings), lines, accumulator);
  }

  /** Pulls lines on demand and hands out their outputs; adds the partition's stats at the end. */
  private static final class Outputs implements Iterator<Tuple2<String, String>>, EnrichPipeline.Emitter {
    private final EnrichPipeline pipeline;
    private final Iterator<String> lines;
    private final EnrichStatsAccumulator accumulator;
    private final EnrichStats stats = new EnrichStats();
    private final ArrayDeque<Tuple2<String, String>> pending = new ArrayDeque<>();
    private boolean reported;

    Outputs(EnrichPipeline pipeline, Iterator<String> lines, EnrichStatsAccumulator accumulator) {
      this.pipeline = pipeline;
      this.lines = lines;
      this.accumulator = accumulator;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && lines.hasNext()) {
        pipeline.process(lines.next(), this, stats);
      }
      if (pending.isEmpty() && !reported) {
        reported = true;
        accumulator.add(stats);
      }
      return !pending.isEmpty();
    }

    @Override
    public Tuple2<String, String> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.poll();
    }

    @Override
    public void good(EnrichedEvent event) {
      pending.add(new Tuple2<>(GOOD, event.toTsv()));
    }

    @Override
    public void bad(BadRow row) {
      pending.add(new Tuple2<>(BAD, row.toJson()));
    }
  }
}
