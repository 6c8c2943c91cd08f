package io.sparkplow.enrich;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one run (or one partition of it): input records, where each ended, and the range of
 * collector timestamps of the good events. Mutable, confined to one thread; partitions' stats are
 * merged into the run's.
 *
 * <p>Invariant of a run: {@code inputRecords == discardedRecords + recordsWithOutput}, and every
 * record with output produced at least one good event or bad row.
 */
public final class EnrichStats implements Serializable {

  private long inputRecords;
  private long discardedRecords;
  private long recordsWithOutput;
  private long goodEvents;
  private final TreeMap<String, Long> badRows = new TreeMap<>();
  private String minCollectorTstamp = "";
  private String maxCollectorTstamp = "";

  public void recordRead() {
    inputRecords++;
  }

  public void recordDiscarded() {
    discardedRecords++;
  }

  public void recordWithOutput() {
    recordsWithOutput++;
  }

  /** A good event, with its collector_tstamp as written ({@code yyyy-MM-dd HH:mm:ss.SSS}). */
  public void goodEvent(String collectorTstamp) {
    goodEvents++;
    // The fixed-width format sorts as text, so no parsing is needed.
    if (!collectorTstamp.isEmpty()) {
      if (minCollectorTstamp.isEmpty() || collectorTstamp.compareTo(minCollectorTstamp) < 0) {
        minCollectorTstamp = collectorTstamp;
      }
      if (maxCollectorTstamp.isEmpty() || collectorTstamp.compareTo(maxCollectorTstamp) > 0) {
        maxCollectorTstamp = collectorTstamp;
      }
    }
  }

  public void badRow(String type) {
    badRows.merge(type, 1L, Long::sum);
  }

  /** Adds another partition's counts to these. */
  public void merge(EnrichStats other) {
    inputRecords += other.inputRecords;
    discardedRecords += other.discardedRecords;
    recordsWithOutput += other.recordsWithOutput;
    goodEvents += other.goodEvents;
    other.badRows.forEach((k, v) -> badRows.merge(k, v, Long::sum));
    if (!other.minCollectorTstamp.isEmpty()
        && (minCollectorTstamp.isEmpty() || other.minCollectorTstamp.compareTo(minCollectorTstamp) < 0)) {
      minCollectorTstamp = other.minCollectorTstamp;
    }
    if (other.maxCollectorTstamp.compareTo(maxCollectorTstamp) > 0) {
      maxCollectorTstamp = other.maxCollectorTstamp;
    }
  }

  public EnrichStats copy() {
    EnrichStats c = new EnrichStats();
    c.merge(this);
    return c;
  }

  public boolean isEmpty() {
    return inputRecords == 0 && discardedRecords == 0 && recordsWithOutput == 0 && goodEvents == 0 && badRows.isEmpty();
  }

  public long inputRecords() {
    return inputRecords;
  }

  public long discardedRecords() {
    return discardedRecords;
  }

  public long recordsWithOutput() {
    return recordsWithOutput;
  }

  public long goodEvents() {
    return goodEvents;
  }

  /** Bad rows by type, sorted by type. */
  public Map<String, Long> badRows() {
    return java.util.Collections.unmodifiableMap(badRows);
  }

  public long badRowsTotal() {
    long total = 0;
    for (long v : badRows.values()) {
      total += v;
    }
    return total;
  }

  /** Empty when there was no good event. */
  public String minCollectorTstamp() {
    return minCollectorTstamp;
  }

  public String maxCollectorTstamp() {
    return maxCollectorTstamp;
  }
}
