package io.sparkplow.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An enriched event while it is being built: the event builder fills it from the tracker's
 * parameters, then each enrichment in turn reads and changes it, and {@link #toEvent()} freezes it.
 *
 * <p>Mutable on purpose: one draft per event, passed through the enrichments without copying.
 * Confined to one thread. The three JSON fields are held parsed, so that enrichments (PII, the
 * JavaScript enrichment, API inputs) read and change entities without re-parsing.
 */
public final class EventDraft {

  /** The envelope of derived contexts. */
  public static final String DERIVED_CONTEXTS_SCHEMA = "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1";

  private final String[] values = new String[Field.COUNT];
  private ObjectNode contexts;
  private ObjectNode unstructEvent;
  private final List<ObjectNode> derivedContexts = new ArrayList<>();

  public EventDraft() {
    Arrays.fill(values, "");
  }

  /** The value of a scalar field, empty when absent. */
  public String get(Field field) {
    requireScalar(field);
    return values[field.ordinal()];
  }

  public boolean has(Field field) {
    return !get(field).isEmpty();
  }

  /** Sets a scalar field; {@code null} or empty makes it absent. */
  public void set(Field field, String value) {
    requireScalar(field);
    values[field.ordinal()] = value == null ? "" : value;
  }

  /** The tracker's contexts envelope ({@code contexts} 1-0-x), once validated. */
  public Optional<ObjectNode> contexts() {
    return Optional.ofNullable(contexts);
  }

  public void setContexts(ObjectNode envelope) {
    this.contexts = envelope;
  }

  /** The tracker's {@code unstruct_event} envelope, once validated. */
  public Optional<ObjectNode> unstructEvent() {
    return Optional.ofNullable(unstructEvent);
  }

  public void setUnstructEvent(ObjectNode envelope) {
    this.unstructEvent = envelope;
  }

  /** Entities added by enrichments, in the order they were added. */
  public List<ObjectNode> derivedContexts() {
    return Collections.unmodifiableList(derivedContexts);
  }

  /** Appends a self-describing entity to the derived contexts. */
  public void addDerivedContext(ObjectNode entity) {
    derivedContexts.add(entity);
  }

  /**
   * Freezes the draft: JSON fields written compactly, derived contexts in their 1-0-1 envelope,
   * and every scalar value made safe for its TSV field as Snowplow wrote it: a tab becomes four
   * spaces, CR and LF are dropped, leading and trailing whitespace and control characters are
   * trimmed (whatever an enrichment or script set).
   */
  public EnrichedEvent toEvent() {
    String[] out = new String[Field.COUNT];
    for (int i = 0; i < Field.COUNT; i++) {
      out[i] = outputValue(values[i]);
    }
    out[Field.CONTEXTS.ordinal()] = contexts == null ? "" : Json.compact(contexts);
    out[Field.UNSTRUCT_EVENT.ordinal()] = unstructEvent == null ? "" : Json.compact(unstructEvent);
    if (derivedContexts.isEmpty()) {
      out[Field.DERIVED_CONTEXTS.ordinal()] = "";
    } else {
      ObjectNode envelope = Json.object();
      envelope.put("schema", DERIVED_CONTEXTS_SCHEMA);
      ArrayNode data = envelope.putArray("data");
      derivedContexts.forEach(data::add);
      out[Field.DERIVED_CONTEXTS.ordinal()] = Json.compact(envelope);
    }
    return EnrichedEvent.of(out);
  }

  /** A scalar value as written: no tab, CR or LF inside, trimmed. Unchanged values are not copied. */
  static String outputValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\r' || c == '\n') {
        StringBuilder sb = new StringBuilder(value.length() + 6);
        for (int j = 0; j < value.length(); j++) {
          char d = value.charAt(j);
          if (d == '\t') {
            sb.append("    ");
          } else if (d != '\r' && d != '\n') {
            sb.append(d);
          }
        }
        return sb.toString().trim();
      }
    }
    return value.trim();
  }

  private static void requireScalar(Field field) {
    if (field.isJson()) {
      throw new IllegalArgumentException(field.columnName() + " is held parsed: use its JSON accessors");
    }
  }

  /** Whether a JSON node is a self-describing entity ({@code schema} string + {@code data}). */
  public static boolean isSelfDescribing(JsonNode node) {
    return node != null && node.isObject() && node.path("schema").isTextual() && node.has("data");
  }
}
