package io.sparkplow.shred;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.event.EnrichedEvent;
import io.sparkplow.event.Field;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the entities out of the three JSON fields of an enriched event: the unstruct event's
 * envelope ({@code {"schema": ..., "data": ENTITY}}) and the contexts envelopes
 * ({@code {"schema": ..., "data": [ENTITY, ...]}}). An empty field has no entity; anything else
 * that is not such an envelope is an error, with the reason.
 */
final class EntityFields {

  private EntityFields() {}

  /** Why one JSON field holds no valid envelope. */
  record FieldError(Field field, String reason) {}

  /** Every entity of an event: the unstruct event's, then derived contexts, then contexts. */
  static Result<List<Entity>, FieldError> all(EnrichedEvent event) {
    List<Entity> out = new ArrayList<>();
    Result<Optional<Entity>, String> unstruct = unstruct(event.get(Field.UNSTRUCT_EVENT));
    if (!unstruct.isOk()) {
      return Result.err(new FieldError(Field.UNSTRUCT_EVENT, unstruct.error()));
    }
    unstruct.value().ifPresent(out::add);
    for (Field f : new Field[] {Field.DERIVED_CONTEXTS, Field.CONTEXTS}) {
      Result<List<Entity>, String> contexts = contexts(event.get(f));
      if (!contexts.isOk()) {
        return Result.err(new FieldError(f, contexts.error()));
      }
      out.addAll(contexts.value());
    }
    return Result.ok(out);
  }

  /** The entity of an {@code unstruct_event} field; empty for an empty field. */
  static Result<Optional<Entity>, String> unstruct(String value) {
    if (value.isEmpty()) {
      return Result.ok(Optional.empty());
    }
    Result<JsonNode, String> envelope = envelope(value);
    if (!envelope.isOk()) {
      return Result.err(envelope.error());
    }
    return entity(envelope.value().get("data"), Entity.Kind.SELF_DESCRIBING_EVENT).map(Optional::of);
  }

  /** The entities of a {@code contexts} or {@code derived_contexts} field; none for an empty field. */
  static Result<List<Entity>, String> contexts(String value) {
    if (value.isEmpty()) {
      return Result.ok(List.of());
    }
    Result<JsonNode, String> envelope = envelope(value);
    if (!envelope.isOk()) {
      return Result.err(envelope.error());
    }
    JsonNode data = envelope.value().get("data");
    if (!data.isArray()) {
      return Result.err("data is not an array of entities");
    }
    List<Entity> out = new ArrayList<>(data.size());
    for (JsonNode item : data) {
      Result<Entity, String> entity = entity(item, Entity.Kind.CONTEXT);
      if (!entity.isOk()) {
        return Result.err(entity.error());
      }
      out.add(entity.value());
    }
    return Result.ok(out);
  }

  private static Result<JsonNode, String> envelope(String value) {
    Result<JsonNode, String> parsed = Json.parse(value);
    if (!parsed.isOk()) {
      return Result.err("invalid JSON: " + parsed.error());
    }
    JsonNode node = parsed.value();
    if (!node.isObject() || !node.has("data") || SchemaKey.parse(node.path("schema").asText(null)).isEmpty()) {
      return Result.err("not a self-describing JSON with an iglu: schema and data");
    }
    return Result.ok(node);
  }

  private static Result<Entity, String> entity(JsonNode node, Entity.Kind kind) {
    if (node == null || !node.isObject() || !node.has("data")) {
      return Result.err("an entity is not a self-describing JSON with schema and data");
    }
    Optional<SchemaKey> key = SchemaKey.parse(node.path("schema").asText(null));
    if (key.isEmpty()) {
      return Result.err("an entity's schema is not a valid iglu: schema key");
    }
    return Result.ok(new Entity(key.get(), node.get("data"), kind));
  }
}
