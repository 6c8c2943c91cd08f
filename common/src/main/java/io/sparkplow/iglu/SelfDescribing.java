package io.sparkplow.iglu;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.json.Json;
import java.util.Optional;

/**
 * A self-describing JSON, {@code {"schema": "iglu:VENDOR/NAME/FORMAT/VERSION", "data": ...}}.
 * Other keys are ignored, as Snowplow does.
 *
 * @param schema the key its {@code schema} names
 * @param data its {@code data} (shared with the parsed tree: do not modify)
 */
public record SelfDescribing(SchemaKey schema, JsonNode data) {

  /**
   * Reads the envelope; a {@link FailureMessage.NotIglu} naming {@code field} when it is not one.
   *
   * @param field the field the JSON came from, for the failure (e.g. {@code contexts})
   */
  public static Result<SelfDescribing, FailureMessage> parse(JsonNode json, String field) {
    if (json == null || json.isMissingNode()) {
      return Result.err(new FailureMessage.NotIglu(field, "", "no JSON value"));
    }
    if (!json.isObject()) {
      return notIglu(field, json, "expected a self-describing JSON object with \"schema\" and \"data\", found "
          + json.getNodeType().name().toLowerCase());
    }
    JsonNode schema = json.get("schema");
    if (schema == null || !schema.isTextual()) {
      return notIglu(field, json, schema == null ? "missing \"schema\""
          : "\"schema\" must be a string iglu: URI, found " + schema.getNodeType().name().toLowerCase());
    }
    Optional<SchemaKey> key = SchemaKey.parse(schema.textValue());
    if (key.isEmpty()) {
      return notIglu(field, json, "invalid schema URI " + schema.textValue()
          + " (expected iglu:VENDOR/NAME/FORMAT/MODEL-REVISION-ADDITION)");
    }
    JsonNode data = json.get("data");
    if (data == null) {
      return notIglu(field, json, "missing \"data\"");
    }
    return Result.ok(new SelfDescribing(key.get(), data));
  }

  private static Result<SelfDescribing, FailureMessage> notIglu(String field, JsonNode json, String error) {
    return Result.err(new FailureMessage.NotIglu(field, Json.compact(json), error));
  }
}
