package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/** Reads a JSON array of typed event objects, the shape of several vendors' batches. */
final class JsonEvents {

  private JsonEvents() {}

  /**
   * One event per element of {@code array} (read from {@code arrayField}, which must not be empty):
   * each must be an object whose string field {@code typeField} is a type of {@code schemas}; its
   * entity is {@code entity} applied to the element (which it may change in place). Every failure
   * is collected, and any failure fails the whole batch.
   */
  static Result<List<Map<String, String>>, List<FailureMessage>> read(JsonNode array, String arrayField,
      String typeField,
      EventSchemas schemas, UnaryOperator<ObjectNode> entity, String trackerVersion, String platform,
      Map<String, String> querystring) {
    if (array.isEmpty()) {
      return Result.err(List.of(new FailureMessage.InputData(arrayField, Optional.of("[]"),
          "a non-empty array of events")));
    }
    List<Map<String, String>> out = new ArrayList<>(array.size());
    List<FailureMessage> failures = new ArrayList<>(0);
    int index = 0;
    for (JsonNode event : array) {
      if (!event.isObject()) {
        failures.add(new FailureMessage.InputData(arrayField, Optional.of(Json.compact(event)),
            "an event object (event at index " + index + ")"));
      } else {
        Result<SchemaKey, FailureMessage> schema = schemas.lookup(typeField, WebhookJson.text(event, typeField),
            OptionalInt.of(index));
        if (schema.isOk()) {
          out.add(WebhookEvent.parameters(trackerVersion, platform, querystring, schema.value(),
              entity.apply((ObjectNode) event)));
        } else {
          failures.add(schema.error());
        }
      }
      index++;
    }
    return failures.isEmpty() ? Result.ok(out) : Result.err(failures);
  }
}
