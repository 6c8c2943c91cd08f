package io.sparkplow.enrich.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.event.EventDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The three JSON fields of an event, as enrichment configurations name them, giving access to
 * their self-describing entities.
 */
public enum JsonField {
  CONTEXTS("contexts"),
  UNSTRUCT_EVENT("unstruct_event"),
  DERIVED_CONTEXTS("derived_contexts");

  private final String configName;

  JsonField(String configName) {
    this.configName = configName;
  }

  /** The name used in configurations ({@code contexts}, {@code unstruct_event}, {@code derived_contexts}). */
  public String configName() {
    return configName;
  }

  public static Optional<JsonField> byConfigName(String name) {
    for (JsonField f : values()) {
      if (f.configName.equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The event's entities in this field (the live nodes, in order): the contexts' {@code data}
   * array, the unstructured event's inner entity, or the derived contexts.
   */
  public List<ObjectNode> entities(EventDraft event) {
    if (this == DERIVED_CONTEXTS) {
      return event.derivedContexts();
    }
    Optional<ObjectNode> envelope = this == CONTEXTS ? event.contexts() : event.unstructEvent();
    if (envelope.isEmpty()) {
      return List.of();
    }
    JsonNode data = envelope.get().get("data");
    List<ObjectNode> out = new ArrayList<>();
    if (this == CONTEXTS) {
      if (data != null && data.isArray()) {
        for (JsonNode e : data) {
          if (EventDraft.isSelfDescribing(e)) {
            out.add((ObjectNode) e);
          }
        }
      }
    } else if (EventDraft.isSelfDescribing(data)) {
      out.add((ObjectNode) data);
    }
    return out;
  }

  /** The {@code data} of the first entity whose schema matches, if any. */
  public Optional<JsonNode> firstMatching(EventDraft event, SchemaCriterion criterion) {
    for (ObjectNode entity : entities(event)) {
      if (criterion.matches(entity.get("schema").textValue())) {
        return Optional.of(entity.get("data"));
      }
    }
    return Optional.empty();
  }
}
