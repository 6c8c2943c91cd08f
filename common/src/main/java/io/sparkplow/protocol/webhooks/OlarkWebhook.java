package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.iglu.SchemaKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Olark ({@code com.olark/v1}): an {@code application/x-www-form-urlencoded} body whose {@code data}
 * field is the conversation as a JSON object. A conversation with {@code operators} is a
 * {@code com.olark/transcript/jsonschema/1-0-0}, one without an
 * {@code com.olark/offline_message/jsonschema/1-0-0}. The entity is the conversation, the
 * {@code timestamp} of each of its {@code items} (epoch seconds as a string, with a fraction) an
 * ISO date-time, every key in camelCase. A timestamp that is not a number is an adapter failure.
 */
public final class OlarkWebhook implements WebhookReader {

  public static final Api API = new Api("com.olark", "v1");
  static final SchemaKey TRANSCRIPT = SchemaKey.parse("iglu:com.olark/transcript/jsonschema/1-0-0").orElseThrow();
  static final SchemaKey OFFLINE_MESSAGE = SchemaKey.parse("iglu:com.olark/offline_message/jsonschema/1-0-0")
      .orElseThrow();

  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);

  @Override
  public Api api() {
    return API;
  }

  @Override
  public Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload) {
    Result<Map<String, String>, FailureMessage> form = WebhookRequests.formBody(payload);
    if (!form.isOk()) {
      return WebhookRequests.fail(form.error());
    }
    String data = form.value().get("data");
    if (data == null) {
      return WebhookRequests.fail(new FailureMessage.InputData("data", Optional.empty(),
          "a form field data holding the conversation as JSON"));
    }
    Result<JsonNode, FailureMessage> conversation = WebhookRequests.jsonObject("data", data);
    if (!conversation.isOk()) {
      return WebhookRequests.fail(conversation.error());
    }
    JsonNode event = conversation.value();
    List<FailureMessage> failures = itemTimestamps(event);
    if (!failures.isEmpty()) {
      return Result.err(failures);
    }
    SchemaKey schema = event.has("operators") ? TRANSCRIPT : OFFLINE_MESSAGE;
    return Result.ok(List.of(WebhookEvent.parameters(TRACKER_VERSION, WebhookEvent.SERVER,
        WebhookRequests.querystring(payload), schema, WebhookJson.camelize(event))));
  }

  /** Converts the items' timestamps in place; the failures of those that are not numbers. */
  private static List<FailureMessage> itemTimestamps(JsonNode event) {
    List<FailureMessage> failures = new ArrayList<>(0);
    JsonNode items = event.get("items");
    if (items == null || !items.isArray()) {
      return failures;
    }
    for (JsonNode item : items) {
      JsonNode timestamp = item.get("timestamp");
      if (timestamp == null || !timestamp.isTextual()) {
        continue;
      }
      Optional<String> iso = WebhookJson.decimal(timestamp.textValue()).flatMap(WebhookJson::isoFromEpochSeconds);
      if (iso.isPresent()) {
        ((ObjectNode) item).put("timestamp", iso.get());
      } else {
        failures.add(new FailureMessage.InputData("timestamp", Optional.of(timestamp.textValue()),
            "epoch seconds, such as 1307116657.1"));
      }
    }
    return failures;
  }
}
