package io.sparkplow.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.FailureMessage.DataReport;
import io.sparkplow.badrow.FailureMessage.LookupAttempt;
import io.sparkplow.iglu.EntityValidator;
import io.sparkplow.iglu.SchemaKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small stand-in for the Iglu validator, with just enough of the real schemas' rules:
 * payload_data (non-empty array of objects of strings with e, p, tv and only protocol keys),
 * contexts (data is an array), unstruct_event (data is an object). Vendor {@code com.unknown}
 * does not resolve; an entity whose data has {@code "valid": false} fails validation. Every call is
 * recorded, to check what was (not) validated.
 */
public final class FakeValidator implements EntityValidator {

  private static final Set<String> PROTOCOL_KEYS = Set.of("e", "p", "tv", "aid", "eid", "dtm", "stm", "ttm", "url",
      "page", "refr", "co", "cx", "ue_pr", "ue_px", "se_ca", "se_ac", "se_la", "se_pr", "se_va", "uid", "duid",
      "sid", "vid", "res", "vp", "ds", "lang", "cs", "tz", "tna", "tid", "ip", "ua", "nuid", "tnuid", "cookie", "cd");

  public final List<JsonNode> calls = new CopyOnWriteArrayList<>();

  @Override
  public List<FailureMessage> validate(JsonNode sd) {
    calls.add(sd);
    SchemaKey key = SchemaKey.parse(sd.path("schema").asText()).orElseThrow();
    JsonNode data = sd.get("data");
    List<FailureMessage> out = new ArrayList<>();
    if (key.vendor().equals("com.unknown")) {
      out.add(new FailureMessage.ResolutionError(key, List.of(new LookupAttempt("Iglu Central", "NotFound"))));
      return out;
    }
    switch (key.name()) {
      case "payload_data":
        if (!data.isArray() || data.isEmpty()) {
          out.add(error(key, "$.data", "minItems", "data: a non-empty array"));
          return out;
        }
        for (int i = 0; i < data.size(); i++) {
          JsonNode element = data.get(i);
          for (String required : List.of("e", "p", "tv")) {
            if (!element.has(required)) {
              out.add(error(key, "$.data[" + i + "]", "required", "required property '" + required + "' not found"));
            }
          }
          for (Iterator<Map.Entry<String, JsonNode>> it = element.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!PROTOCOL_KEYS.contains(field.getKey())) {
              out.add(error(key, "$.data[" + i + "]", "additionalProperties", field.getKey() + " is not allowed"));
            } else if (!field.getValue().isTextual()) {
              out.add(error(key, "$.data[" + i + "]." + field.getKey(), "type", "string expected"));
            }
          }
        }
        return out;
      case "contexts":
        if (!data.isArray()) {
          out.add(error(key, "$.data", "type", "array expected"));
        }
        return out;
      case "unstruct_event":
        if (!data.isObject()) {
          out.add(error(key, "$.data", "type", "object expected"));
        }
        return out;
      default:
        if (data.path("valid").isBoolean() && !data.path("valid").booleanValue()) {
          out.add(error(key, "$.valid", "const", "must be true"));
        }
        return out;
    }
  }

  private static FailureMessage error(SchemaKey key, String path, String keyword, String message) {
    return new FailureMessage.ValidationError(key, List.of(new DataReport(path, keyword, message, List.of())));
  }
}
