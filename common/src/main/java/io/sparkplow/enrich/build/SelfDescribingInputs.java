package io.sparkplow.enrich.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.event.EventDraft;
import io.sparkplow.iglu.EntityValidator;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.util.List;
import java.util.Optional;

/**
 * The self-describing JSON a tracker sends: the {@code contexts} envelope ({@code co} / {@code cx})
 * and the {@code unstruct_event} envelope ({@code ue_pr} / {@code ue_px}). Each is parsed (not JSON:
 * {@code NotJson}), checked to be self-describing ({@code NotIglu}) under the expected envelope
 * schema (any 1-x-x), then the envelope and every entity inside are validated through the
 * {@link EntityValidator}. Every failure is appended to the caller's list, none stops the others.
 */
final class SelfDescribingInputs {

  static final String SNOWPLOW = "com.snowplowanalytics.snowplow";
  static final String CONTEXTS = "contexts";
  static final String UNSTRUCT_EVENT = "unstruct_event";

  private final EntityValidator validator;

  SelfDescribingInputs(EntityValidator validator) {
    this.validator = validator;
  }

  /** The tracker's contexts envelope, when it is JSON of the right shape (failures listed apart). */
  Optional<ObjectNode> contexts(String parameter, String text, List<FailureMessage> failures) {
    Optional<ObjectNode> envelope = envelope(parameter, text, CONTEXTS, failures);
    envelope.ifPresent(env -> {
      JsonNode data = env.get("data");
      if (data.isArray()) {
        for (JsonNode entity : data) {
          entity(parameter, entity, failures);
        }
      } else {
        failures.add(new FailureMessage.InputData(parameter, Optional.of(Json.compact(data)),
            "data: an array of self-describing entities"));
      }
    });
    return envelope;
  }

  /** The unstruct_event envelope and the schema of the event's own entity. */
  record Unstruct(ObjectNode envelope, Optional<SchemaKey> entitySchema) {}

  Optional<Unstruct> unstructEvent(String parameter, String text, List<FailureMessage> failures) {
    return envelope(parameter, text, UNSTRUCT_EVENT, failures)
        .map(env -> new Unstruct(env, entity(parameter, env.get("data"), failures)));
  }

  private Optional<ObjectNode> envelope(String parameter, String text, String envelopeName,
      List<FailureMessage> failures) {
    Result<JsonNode, String> parsed = Json.parse(text);
    if (!parsed.isOk()) {
      failures.add(new FailureMessage.NotJson(parameter, Optional.of(text), parsed.error()));
      return Optional.empty();
    }
    JsonNode node = parsed.value();
    if (!EventDraft.isSelfDescribing(node)) {
      failures.add(new FailureMessage.NotIglu(parameter, text,
          "not self-describing JSON: expected an object with a schema string and data"));
      return Optional.empty();
    }
    String schema = node.get("schema").textValue();
    Optional<SchemaKey> key = SchemaKey.parse(schema);
    if (key.isEmpty()) {
      failures.add(new FailureMessage.NotIglu(parameter, text, "invalid schema key: " + schema));
      return Optional.empty();
    }
    SchemaKey k = key.get();
    if (!k.vendor().equals(SNOWPLOW) || !k.name().equals(envelopeName) || !k.format().equals("jsonschema")
        || k.version().model() != 1) {
      failures.add(new FailureMessage.InputData(parameter, Optional.of(schema),
          "a schema matching iglu:" + SNOWPLOW + "/" + envelopeName + "/jsonschema/1-*-*"));
      return Optional.empty();
    }
    failures.addAll(validator.validate(node));
    return Optional.of((ObjectNode) node);
  }

  /** Validates one entity; its schema key when it has a valid one. */
  private Optional<SchemaKey> entity(String parameter, JsonNode entity, List<FailureMessage> failures) {
    if (!EventDraft.isSelfDescribing(entity)) {
      failures.add(new FailureMessage.NotIglu(parameter, Json.compact(entity),
          "entity is not self-describing JSON: expected an object with a schema string and data"));
      return Optional.empty();
    }
    String schema = entity.get("schema").textValue();
    Optional<SchemaKey> key = SchemaKey.parse(schema);
    if (key.isEmpty()) {
      failures.add(new FailureMessage.NotIglu(parameter, Json.compact(entity), "invalid schema key: " + schema));
      return Optional.empty();
    }
    failures.addAll(validator.validate(entity));
    return key;
  }
}
