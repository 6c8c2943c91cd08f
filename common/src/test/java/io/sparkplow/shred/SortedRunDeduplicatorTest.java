package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortedRunDeduplicatorTest {

  private static final String[] IDS = {
      "0b6f1c2e-5d7a-4e3b-9f10-aa0000000001", "0b6f1c2e-5d7a-4e3b-9f10-aa0000000002",
      "0b6f1c2e-5d7a-4e3b-9f10-aa0000000003"};
  private static final String[] FINGERPRINTS = {"", "bed9a39a0917874d2ff072033a6413d9", "e79bef64f3185e9d7c10d5dfdf27b9a3"};
  private static final String[] ETL = {"", "2024-03-05 10:15:02.120", "2024-03-05 10:15:03.000"};
  private static final String[] LANG = {"en", "de"};

  /** The events kept, with their tags, in a canonical order (the output order is free). */
  private static List<String> streamed(DedupMode mode, int cardinality, List<EnrichedEvent> events) {
    List<EnrichedEvent> sorted = new ArrayList<>(events);
    sorted.sort(SortedRunDeduplicator.ORDER);
    List<String> out = new ArrayList<>();
    SortedRunDeduplicator<String> dedup = new SortedRunDeduplicator<>(mode, cardinality,
        (e, tag) -> out.add(e.toTsv() + "|" + tag));
    for (EnrichedEvent e : sorted) {
      dedup.accept(e, e.get(Field.BR_LANG));
    }
    dedup.finish();
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** The reference: Deduplicator per event_id group; a kept event's tag is its (unchanged) br_lang. */
  private static List<String> grouped(DedupMode mode, int cardinality, List<EnrichedEvent> events) {
    List<String> out = new ArrayList<>();
    for (String id : IDS) {
      List<EnrichedEvent> group = events.stream().filter(e -> e.get(Field.EVENT_ID).equals(id)).toList();
      for (EnrichedEvent e : new Deduplicator(mode, cardinality).deduplicate(group)) {
        out.add(e.toTsv() + "|" + e.get(Field.BR_LANG));
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  @Test
  void keepsWhatTheGroupedDeduplicatorKeepsOnRandomBatches() {
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      List<EnrichedEvent> events = new ArrayList<>();
      int n = 1 + random.nextInt(9);
      for (int i = 0; i < n; i++) {
        events.add(TestEvents.pageView()
            .with(Field.EVENT_ID, IDS[random.nextInt(IDS.length)])
            .with(Field.EVENT_FINGERPRINT, FINGERPRINTS[random.nextInt(FINGERPRINTS.length)])
            .with(Field.ETL_TSTAMP, ETL[random.nextInt(ETL.length)])
            .with(Field.BR_LANG, LANG[random.nextInt(LANG.length)]));
      }
      for (DedupMode mode : DedupMode.values()) {
        for (int cardinality : new int[] {1, 2}) {
          assertEquals(grouped(mode, cardinality, events), streamed(mode, cardinality, events),
              "round " + round + " " + mode + " cardinality " + cardinality);
        }
      }
    }
  }

  @Test
  void holdsOnlyUpToTheCardinalityAndRenamesEveryCopyOnceItIsExceeded() {
    // A thousand distinct copies of one event: each is renamed, the first ones too.
    List<EnrichedEvent> sorted = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      sorted.add(TestEvents.pageView().with(Field.EVENT_FINGERPRINT, String.format("%032x", i)));
    }
    sorted.sort(SortedRunDeduplicator.ORDER);
    List<EnrichedEvent> out = new ArrayList<>();
    SortedRunDeduplicator<Integer> dedup = new SortedRunDeduplicator<>(DedupMode.BOTH, (e, tag) -> out.add(e));
    for (EnrichedEvent e : sorted) {
      dedup.accept(e, 0);
      // Once the second copy is in, nothing is held back: everything so far is out.
      if (out.size() > 0) {
        assertEquals(out.size(), sorted.indexOf(e) + 1);
      }
    }
    dedup.finish();
    assertEquals(1000, out.size());
    assertEquals(1000, out.stream().map(e -> e.get(Field.EVENT_ID)).distinct().count());
    assertEquals(0, out.stream().filter(e -> e.get(Field.EVENT_ID).equals(TestEvents.EVENT_ID)).count());
  }

  @Test
  void aLoneEventIsEmittedUnchangedAtTheEndOfItsGroup() {
    EnrichedEvent a = TestEvents.pageView();
    EnrichedEvent b = a.with(Field.EVENT_ID, "ffffffff-5d7a-4e3b-9f10-aa0000000001");
    List<EnrichedEvent> out = new ArrayList<>();
    SortedRunDeduplicator<String> dedup = new SortedRunDeduplicator<>(DedupMode.BOTH, (e, tag) -> out.add(e));
    dedup.accept(a, "a");
    assertEquals(List.of(), out); // held: a copy with another fingerprint may follow
    dedup.accept(b, "b");
    assertEquals(List.of(a), out);
    dedup.finish();
    assertEquals(List.of(a, b), out);
    assertThrows(IllegalArgumentException.class, () -> new SortedRunDeduplicator<String>(DedupMode.BOTH, 0, (e, t) -> { }));
  }
}
