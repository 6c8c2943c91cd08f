package io.sparkplow.shred;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.iglu.SchemaKey;

/** One self-describing entity of an event: its schema key, its data, and what it is to the event. */
public record Entity(SchemaKey key, JsonNode data, Kind kind) {

  /** The role of an entity, as the completion message names it. */
  public enum Kind { SELF_DESCRIBING_EVENT, CONTEXT }
}
