package io.sparkplow.protocol.webhooks;

import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.iglu.SchemaKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** A vendor's event types, each with the schema of its events. Immutable. */
final class EventSchemas {

  private final Map<String, SchemaKey> byType;
  private final String known;

  private EventSchemas(Map<String, SchemaKey> byType) {
    this.byType = Collections.unmodifiableMap(byType);
    this.known = String.join(", ", byType.keySet());
  }

  /**
   * From alternating event types and schema URIs.
   *
   * @throws IllegalArgumentException on a malformed URI (a bug)
   */
  static EventSchemas of(String... typesAndUris) {
    Map<String, SchemaKey> map = new LinkedHashMap<>();
    for (int i = 0; i < typesAndUris.length; i += 2) {
      String uri = typesAndUris[i + 1];
      map.put(typesAndUris[i], SchemaKey.parse(uri)
          .orElseThrow(() -> new IllegalArgumentException("not a schema URI: " + uri)));
    }
    return new EventSchemas(map);
  }

  /**
   * The schema of event type {@code type}, read from {@code field}; a failure naming the field when
   * the type is missing, empty or unknown. {@code index} is the event's position in a request that
   * carries several.
   */
  Result<SchemaKey, FailureMessage> lookup(String field, Optional<String> type, OptionalInt index) {
    String at = index.isPresent() ? " (event at index " + index.getAsInt() + ")" : "";
    if (type.isEmpty()) {
      return Result.err(new FailureMessage.InputData(field, Optional.empty(),
          "an event type, one of: " + known + at));
    }
    SchemaKey schema = byType.get(type.get());
    if (schema == null) {
      return Result.err(new FailureMessage.InputData(field, type,
          (type.get().isEmpty() ? "a non-empty event type, one of: " : "a known event type, one of: ") + known + at));
    }
    return Result.ok(schema);
  }
}
