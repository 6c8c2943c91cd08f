package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.iglu.SchemaKey;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Vero ({@code io.vero/v1}): a JSON object body, one event whose {@code type} ({@code sent},
 * {@code delivered}, {@code opened}, {@code clicked}, {@code bounced}, {@code unsubscribed},
 * {@code user_created}, {@code user_updated}) names its schema ({@code io.vero/sent/jsonschema/1-0-0}...,
 * {@code io.vero/created}, {@code io.vero/updated}). The entity is the event without {@code type}, its
 * {@code TYPE_at} and {@code triggered_at} (epoch seconds, at any depth) ISO date-times. The
 * content type is not checked, as in Snowplow.
 */
public final class VeroWebhook implements WebhookReader {

  public static final Api API = new Api("io.vero", "v1");
  static final EventSchemas SCHEMAS = EventSchemas.of(
      "sent", "iglu:io.vero/sent/jsonschema/1-0-0",
      "delivered", "iglu:io.vero/delivered/jsonschema/1-0-0",
      "opened", "iglu:io.vero/opened/jsonschema/1-0-0",
      "clicked", "iglu:io.vero/clicked/jsonschema/1-0-0",
      "bounced", "iglu:io.vero/bounced/jsonschema/1-0-0",
      "unsubscribed", "iglu:io.vero/unsubscribed/jsonschema/1-0-0",
      "user_created", "iglu:io.vero/created/jsonschema/1-0-0",
      "user_updated", "iglu:io.vero/updated/jsonschema/1-0-0");

  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);

  @Override
  public Api api() {
    return API;
  }

  @Override
  public Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload) {
    Result<JsonNode, FailureMessage> json = WebhookRequests.body(payload)
        .flatMap(body -> WebhookRequests.jsonObject("body", body));
    if (!json.isOk()) {
      return WebhookRequests.fail(json.error());
    }
    ObjectNode event = (ObjectNode) json.value();
    Result<SchemaKey, FailureMessage> schema = SCHEMAS.lookup("type", WebhookJson.text(event, "type"),
        OptionalInt.empty());
    if (!schema.isOk()) {
      return WebhookRequests.fail(schema.error());
    }
    String type = event.get("type").textValue();
    event.remove("type");
    WebhookJson.secondsToIso(event, Set.of(type + "_at", "triggered_at"));
    return Result.ok(List.of(WebhookEvent.parameters(TRACKER_VERSION, WebhookEvent.SERVER,
        WebhookRequests.querystring(payload), schema.value(), event)));
  }
}
