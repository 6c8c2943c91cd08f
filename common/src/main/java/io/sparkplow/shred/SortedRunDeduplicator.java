package io.sparkplow.shred;

import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of {@link Deduplicator}, applied to a stream of events sorted in {@link #ORDER}
 * (grouped by event_id; within a group by fingerprint, then {@link Deduplicator#PREFERRED}), as a
 * Spark job gets them after a shuffle keyed by event_id and a sort within partitions. Memory is
 * O(cardinality) whatever the number of copies of an event.
 *
 * <ul>
 *   <li>Natural: sorted, the copies of one fingerprint are adjacent with the one to keep first, so
 *       a copy whose fingerprint equals the previous one's is dropped.</li>
 *   <li>Synthetic: the first {@code cardinality} survivors of a group are held back; when one more
 *       arrives, they and every later survivor of the group are emitted as
 *       {@link Deduplicator#syntheticCopy synthetic copies}; when the group ends first, the held
 *       ones are emitted unchanged.</li>
 * </ul>
 *
 * <p>The events kept are those {@link Deduplicator#deduplicate} keeps for each group (the output
 * order may differ). Each event travels with a tag of the caller's (e.g. its original line),
 * handed back with it. Not thread-safe: one per task.
 *
 * @param <T> the caller's tag of an event
 */
public final class SortedRunDeduplicator<T> {

  /** The order the input must be in. */
  public static final Comparator<EnrichedEvent> ORDER = Comparator
      .comparing((EnrichedEvent e) -> e.get(Field.EVENT_ID))
      .thenComparing(e -> e.get(Field.EVENT_FINGERPRINT))
      .thenComparing(Deduplicator.PREFERRED);

  /** Receives the events kept, with their tags. */
  @FunctionalInterface
  public interface Sink<T> {
    void accept(EnrichedEvent event, T tag);
  }

  private final DedupMode mode;
  private final int cardinality;
  private final Sink<T> sink;

  private final List<EnrichedEvent> heldEvents;
  private final List<T> heldTags;
  private final int[] heldRanks;

  // The current group (one event_id).
  private String eventId;
  private String lastFingerprint;
  private EnrichedEvent lastSurvivor;
  private int rank;
  private int survivors;
  private boolean renaming;

  public SortedRunDeduplicator(DedupMode mode, Sink<T> sink) {
    this(mode, 1, sink);
  }

  /** @param cardinality how many events may share an id before they are synthetic duplicates */
  public SortedRunDeduplicator(DedupMode mode, int cardinality, Sink<T> sink) {
    if (cardinality < 1) {
      throw new IllegalArgumentException("cardinality must be at least 1: " + cardinality);
    }
    this.mode = mode;
    this.cardinality = cardinality;
    this.sink = sink;
    this.heldEvents = new ArrayList<>(cardinality);
    this.heldTags = new ArrayList<>(cardinality);
    this.heldRanks = new int[cardinality];
  }

  /** The next event, in {@link #ORDER}. */
  public void accept(EnrichedEvent event, T tag) {
    String id = event.get(Field.EVENT_ID);
    if (!id.equals(eventId)) {
      finish();
      eventId = id;
    }
    String fingerprint = event.get(Field.EVENT_FINGERPRINT);
    if (mode.natural() && !fingerprint.isEmpty() && fingerprint.equals(lastFingerprint)) {
      return; // a later copy of the one just kept
    }
    lastFingerprint = fingerprint;
    if (!mode.synthetic()) {
      sink.accept(event, tag);
      return;
    }
    // Copies with the same discriminator are adjacent: count them for distinct new ids.
    rank = lastSurvivor != null && sameDiscriminator(lastSurvivor, event) ? rank + 1 : 0;
    lastSurvivor = event;
    survivors++;
    if (renaming) {
      sink.accept(Deduplicator.syntheticCopy(event, rank), tag);
    } else if (survivors <= cardinality) {
      heldRanks[heldEvents.size()] = rank;
      heldEvents.add(event);
      heldTags.add(tag);
    } else {
      renaming = true;
      for (int i = 0; i < heldEvents.size(); i++) {
        sink.accept(Deduplicator.syntheticCopy(heldEvents.get(i), heldRanks[i]), heldTags.get(i));
      }
      clearHeld();
      sink.accept(Deduplicator.syntheticCopy(event, rank), tag);
    }
  }

  /** Ends the current group (call once the input is exhausted): emits what is held back. */
  public void finish() {
    for (int i = 0; i < heldEvents.size(); i++) {
      sink.accept(heldEvents.get(i), heldTags.get(i));
    }
    clearHeld();
    eventId = null;
    lastFingerprint = null;
    lastSurvivor = null;
    rank = 0;
    survivors = 0;
    renaming = false;
  }

  private void clearHeld() {
    heldEvents.clear();
    heldTags.clear();
  }

  /** Equal discriminators ({@link Deduplicator}): same fingerprint, or both without one and equal. */
  private static boolean sameDiscriminator(EnrichedEvent a, EnrichedEvent b) {
    String fa = a.get(Field.EVENT_FINGERPRINT);
    String fb = b.get(Field.EVENT_FINGERPRINT);
    return fa.isEmpty() ? fb.isEmpty() && a.equals(b) : fa.equals(fb);
  }
}
