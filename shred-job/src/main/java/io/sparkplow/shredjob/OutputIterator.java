package io.sparkplow.shredjob;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * Pulls a task's input on demand and hands out the output rows it makes, so a partition is never
 * held in memory; when the input is exhausted, lets the subclass flush ({@link #end}) and adds the
 * task's stats to the accumulator, once.
 *
 * @param <I> an input item
 */
abstract class OutputIterator<I> implements Iterator<Row> {

  protected final PartitionOutput out;
  private final Iterator<I> input;
  private final ShredStatsAccumulator accumulator;
  private boolean ended;
  private boolean reported;

  OutputIterator(PartitionOutput out, Iterator<I> input, ShredStatsAccumulator accumulator) {
    this.out = out;
    this.input = input;
    this.accumulator = accumulator;
  }

  /** Turns one input item into zero or more output rows (given to {@link #out}). */
  abstract void process(I item);

  /** Called once after the last item. */
  void end() {}

  @Override
  public final boolean hasNext() {
    while (!out.hasPending()) {
      if (input.hasNext()) {
        process(input.next());
      } else if (!ended) {
        ended = true;
        end();
      } else {
        break;
      }
    }
    if (!out.hasPending() && !reported) {
      reported = true;
      accumulator.add(out.stats());
    }
    return out.hasPending();
  }

  @Override
  public final Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return out.poll();
  }
}
