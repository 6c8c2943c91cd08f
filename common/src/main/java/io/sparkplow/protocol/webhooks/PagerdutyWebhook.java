package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PagerDuty ({@code com.pagerduty/v1}, webhooks v1): an {@code application/json} body
 * {@code {"messages": [...]}}, one event per message, every type ({@code incident.trigger},
 * {@code incident.resolve}...) of schema {@code com.pagerduty/incident/jsonschema/1-0-0}. The
 * entity is the message with, at any depth: {@code type} without its {@code incident.} prefix;
 * {@code created_on} and {@code last_status_change_on} with a space (a {@code +} that was
 * URL-decoded on the way) put back as {@code +} in their offset; the string {@code "null"} a null.
 */
public final class PagerdutyWebhook implements WebhookReader {

  public static final Api API = new Api("com.pagerduty", "v1");
  private static final String INCIDENT = "iglu:com.pagerduty/incident/jsonschema/1-0-0";
  static final EventSchemas SCHEMAS = EventSchemas.of(
      "incident.trigger", INCIDENT,
      "incident.acknowledge", INCIDENT,
      "incident.unacknowledge", INCIDENT,
      "incident.resolve", INCIDENT,
      "incident.assign", INCIDENT,
      "incident.escalate", INCIDENT,
      "incident.delegate", INCIDENT);

  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public Api api() {
    return API;
  }

  @Override
  public Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload) {
    Result<JsonNode, FailureMessage> json = WebhookRequests.body(payload, WebhookRequests.JSON)
        .flatMap(body -> WebhookRequests.jsonObject("body", body));
    if (!json.isOk()) {
      return WebhookRequests.fail(json.error());
    }
    JsonNode messages = json.value().get("messages");
    if (messages == null || !messages.isArray()) {
      return WebhookRequests.fail(new FailureMessage.InputData("messages",
          Optional.ofNullable(messages).map(Json::compact), "an array of messages"));
    }
    return JsonEvents.read(messages, "messages", "type", SCHEMAS, PagerdutyWebhook::entity, TRACKER_VERSION,
        WebhookEvent.SERVER, WebhookRequests.querystring(payload));
  }

  private static ObjectNode entity(ObjectNode message) {
    WebhookJson.transformFields(message, PagerdutyWebhook::reformat);
    return message;
  }

  static JsonNode reformat(String key, JsonNode value) {
    if (!value.isTextual()) {
      return value;
    }
    String text = value.textValue();
    if (key.equals("type") && text.startsWith("incident.")) {
      return NODES.textNode(text.substring("incident.".length()));
    }
    if (key.equals("created_on") || key.equals("last_status_change_on")) {
      return NODES.textNode(text.replace(' ', '+'));
    }
    if (text.equals("null")) {
      return NODES.nullNode();
    }
    return value;
  }
}
