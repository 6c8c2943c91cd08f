package io.sparkplow.shred;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * In-batch deduplication of the events that share one event_id (the Spark job groups by it).
 * Pure and deterministic: the same events, in any order, give the same result. This form holds a
 * whole group in memory; {@link SortedRunDeduplicator} applies the same rules to sorted groups
 * holding at most {@code cardinality} events.
 *
 * <ul>
 *   <li>Natural duplicates (same event_fingerprint): one is kept, the one with the smallest
 *       etl_tstamp, ties broken by the smallest TSV line. Events without a fingerprint are never
 *       natural duplicates.</li>
 *   <li>Synthetic duplicates (more events left than the cardinality, default 1): every one gets a
 *       new event_id, a name-based (v3) UUID of the old id and its fingerprint (its whole line
 *       when it has none, plus its rank among equal ones), and a
 *       {@code com.snowplowanalytics.snowplow/duplicate/jsonschema/1-0-0}
 *       {@code {"originalEventId": OLD}} context first in its derived contexts.</li>
 * </ul>
 */
public final class Deduplicator {

  public static final String DUPLICATE_SCHEMA = "iglu:com.snowplowanalytics.snowplow/duplicate/jsonschema/1-0-0";

  /** Which copy of a natural duplicate is kept: smallest etl_tstamp first (absent last), then the smallest line. */
  public static final Comparator<EnrichedEvent> PREFERRED = Comparator
      .comparing((EnrichedEvent e) -> e.get(Field.ETL_TSTAMP).isEmpty())
      .thenComparing(e -> e.get(Field.ETL_TSTAMP))
      .thenComparing(EnrichedEvent::toTsv);

  private final DedupMode mode;
  private final int cardinality;

  public Deduplicator(DedupMode mode) {
    this(mode, 1);
  }

  /** @param cardinality how many events may share an id before they are synthetic duplicates */
  public Deduplicator(DedupMode mode, int cardinality) {
    if (cardinality < 1) {
      throw new IllegalArgumentException("cardinality must be at least 1: " + cardinality);
    }
    this.mode = mode;
    this.cardinality = cardinality;
  }

  /** The events to keep, of a group sharing one event_id, in a deterministic order. */
  public List<EnrichedEvent> deduplicate(List<EnrichedEvent> sameEventId) {
    List<EnrichedEvent> events = new ArrayList<>(sameEventId);
    events.sort(PREFERRED);
    if (events.size() <= 1) {
      return events;
    }
    if (mode.natural()) {
      Map<String, EnrichedEvent> byFingerprint = new LinkedHashMap<>();
      List<EnrichedEvent> kept = new ArrayList<>();
      for (EnrichedEvent e : events) {
        String fingerprint = e.get(Field.EVENT_FINGERPRINT);
        if (fingerprint.isEmpty()) {
          kept.add(e);
        } else if (byFingerprint.putIfAbsent(fingerprint, e) == null) {
          kept.add(e); // the first in PREFERRED order is the one to keep
        }
      }
      events = kept;
    }
    if (mode.synthetic() && events.size() > cardinality) {
      Map<String, Integer> seen = new HashMap<>();
      List<EnrichedEvent> renamed = new ArrayList<>(events.size());
      for (EnrichedEvent e : events) {
        String discriminator = discriminator(e);
        int rank = seen.merge(discriminator, 1, Integer::sum) - 1;
        renamed.add(withNewId(e, discriminator, rank));
      }
      events = renamed;
    }
    return events;
  }

  /**
   * A synthetic duplicate: the event with its new id and the duplicate context first in its
   * derived contexts.
   *
   * @param rank how many copies with the same {@link #discriminator} came before it in
   *     {@link #PREFERRED} order (0 for the first); identical copies still get distinct ids
   */
  public static EnrichedEvent syntheticCopy(EnrichedEvent event, int rank) {
    return withNewId(event, discriminator(event), rank);
  }

  /** What tells synthetic duplicates apart: the fingerprint, or the whole line without one. */
  static String discriminator(EnrichedEvent event) {
    String fingerprint = event.get(Field.EVENT_FINGERPRINT);
    return fingerprint.isEmpty() ? event.toTsv() : fingerprint;
  }

  /** The new id of a synthetic duplicate. */
  static String newEventId(String oldId, String discriminator, int rank) {
    String name = oldId + "\t" + discriminator + (rank == 0 ? "" : "\t" + rank);
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static EnrichedEvent withNewId(EnrichedEvent e, String discriminator, int rank) {
    String oldId = e.get(Field.EVENT_ID);
    ObjectNode duplicate = Json.object();
    duplicate.put("schema", DUPLICATE_SCHEMA);
    duplicate.putObject("data").put("originalEventId", oldId);
    return e.with(Field.EVENT_ID, newEventId(oldId, discriminator, rank))
        .with(Field.DERIVED_CONTEXTS, prepend(e.get(Field.DERIVED_CONTEXTS), duplicate));
  }

  private static String prepend(String derivedContexts, ObjectNode entity) {
    ObjectNode envelope;
    if (derivedContexts.isEmpty()) {
      envelope = Json.object();
      envelope.put("schema", EventDraft.DERIVED_CONTEXTS_SCHEMA);
      envelope.putArray("data");
    } else {
      Result<JsonNode, String> parsed = Json.parse(derivedContexts);
      if (!parsed.isOk() || !parsed.value().isObject() || !parsed.value().path("data").isArray()) {
        return derivedContexts; // not decodable: the shredder makes it a bad row, unchanged
      }
      envelope = (ObjectNode) parsed.value();
    }
    ((ArrayNode) envelope.get("data")).insert(0, entity);
    return Json.compact(envelope);
  }
}
