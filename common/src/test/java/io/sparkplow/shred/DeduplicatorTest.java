package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

  private static final String FP_A = "bed9a39a0917874d2ff072033a6413d9";
  private static final String FP_B = "e79bef64f3185e9d7c10d5dfdf27b9a3";

  /** Copies of one event: a and a2 are natural duplicates (a2 collected a second later), b differs. */
  private static final EnrichedEvent A = TestEvents.pageView().with(Field.EVENT_FINGERPRINT, FP_A);
  private static final EnrichedEvent A2 = A.with(Field.COLLECTOR_TSTAMP, "2024-03-05 10:14:59.003");
  private static final EnrichedEvent B = A.with(Field.EVENT_FINGERPRINT, FP_B).with(Field.BR_LANG, "ru");

  @Test
  void naturalDuplicatesKeepTheEarliestEtlTimestamp() {
    EnrichedEvent late = A.with(Field.ETL_TSTAMP, "2024-03-06 00:00:00.000").with(Field.COLLECTOR_TSTAMP, "2024-03-05 10:14:50.000");
    assertEquals(List.of(A), new Deduplicator(DedupMode.NATURAL).deduplicate(List.of(late, A)));
    // A tie on etl_tstamp is broken by the smaller line, whatever the input order.
    assertEquals(List.of(A), new Deduplicator(DedupMode.NATURAL).deduplicate(List.of(A2, A)));
    assertEquals(List.of(A), new Deduplicator(DedupMode.NATURAL).deduplicate(List.of(A, A2)));
  }

  @Test
  void naturalOnlyKeepsDifferentFingerprintsAsTheyAre() {
    List<EnrichedEvent> out = new Deduplicator(DedupMode.NATURAL).deduplicate(List.of(B, A2, A));
    assertEquals(2, out.size());
    assertTrue(out.contains(A) && out.contains(B));
  }

  @Test
  void eventsWithoutFingerprintAreNeverNaturalDuplicates() {
    EnrichedEvent none = A.with(Field.EVENT_FINGERPRINT, "");
    assertEquals(List.of(none, none), new Deduplicator(DedupMode.NATURAL).deduplicate(List.of(none, none)));
  }

  @Test
  void bothNaturalThenSyntheticGiveNewIdsAndADuplicateContext() {
    List<EnrichedEvent> out = new Deduplicator(DedupMode.BOTH).deduplicate(List.of(A, B, A2));
    assertEquals(2, out.size());
    HashSet<String> ids = new HashSet<>();
    for (EnrichedEvent e : out) {
      String id = e.get(Field.EVENT_ID);
      assertNotEquals(TestEvents.EVENT_ID, id);
      assertTrue(EnrichedLineDecoder.isUuid(id), id);
      ids.add(id);
      JsonNode derived = Json.parse(e.get(Field.DERIVED_CONTEXTS)).value();
      assertEquals("iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1", derived.get("schema").asText());
      assertEquals("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/duplicate/jsonschema/1-0-0\","
          + "\"data\":{\"originalEventId\":\"" + TestEvents.EVENT_ID + "\"}}", Json.compact(derived.get("data").get(0)));
    }
    assertEquals(2, ids.size());
    // The survivors are the first copy and B, each otherwise unchanged.
    assertTrue(out.stream().anyMatch(e -> e.with(Field.EVENT_ID, TestEvents.EVENT_ID).with(Field.DERIVED_CONTEXTS, "").equals(A)));
    assertTrue(out.stream().anyMatch(e -> e.with(Field.EVENT_ID, TestEvents.EVENT_ID).with(Field.DERIVED_CONTEXTS, "").equals(B)));
  }

  @Test
  void theDuplicateContextGoesFirstInExistingDerivedContexts() {
    String derived = "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1\",\"data\":["
        + "{\"schema\":\"iglu:com.acme.geo/geolocation/jsonschema/1-0-0\",\"data\":{\"latitude\":52.520,\"longitude\":13.40}}]}";
    List<EnrichedEvent> out = new Deduplicator(DedupMode.SYNTHETIC)
        .deduplicate(List.of(A.with(Field.DERIVED_CONTEXTS, derived), B.with(Field.DERIVED_CONTEXTS, derived)));
    for (EnrichedEvent e : out) {
      String d = e.get(Field.DERIVED_CONTEXTS);
      assertTrue(d.startsWith("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1\",\"data\":["
          + "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/duplicate/jsonschema/1-0-0\""), d);
      assertTrue(d.endsWith("{\"schema\":\"iglu:com.acme.geo/geolocation/jsonschema/1-0-0\",\"data\":{\"latitude\":52.520,\"longitude\":13.40}}]}"), d);
    }
  }

  @Test
  void newIdsAreTheSameWhateverTheOrderAndDistinctEvenForIdenticalCopies() {
    EnrichedEvent noFingerprint = A.with(Field.EVENT_FINGERPRINT, "");
    List<EnrichedEvent> input = List.of(A, A2, B, noFingerprint, noFingerprint);
    List<EnrichedEvent> expected = new Deduplicator(DedupMode.SYNTHETIC).deduplicate(input);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      List<EnrichedEvent> shuffled = new ArrayList<>(input);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, new Deduplicator(DedupMode.SYNTHETIC).deduplicate(shuffled));
    }
    assertEquals(5, expected.stream().map(e -> e.get(Field.EVENT_ID)).distinct().count());
  }

  @Test
  void noDeduplicationAndSmallGroupsChangeNothing() {
    assertEquals(List.of(A, A2, B).size(), new Deduplicator(DedupMode.NONE).deduplicate(List.of(A, A2, B)).size());
    assertEquals(List.of(A), new Deduplicator(DedupMode.BOTH).deduplicate(List.of(A)));
    // Within the cardinality, copies with different fingerprints keep their id.
    assertEquals(List.of(A, B), new Deduplicator(DedupMode.SYNTHETIC, 2).deduplicate(List.of(B, A)));
  }

  @Test
  void parsesModes() {
    assertEquals(DedupMode.BOTH, DedupMode.parse("natural,synthetic"));
    assertEquals(DedupMode.NATURAL, DedupMode.parse("natural"));
    assertEquals(DedupMode.SYNTHETIC, DedupMode.parse("Synthetic"));
    assertEquals(DedupMode.NONE, DedupMode.parse("none"));
    assertEquals(DedupMode.BOTH, DedupMode.parse("both"));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> DedupMode.parse("fuzzy"));
  }
}
