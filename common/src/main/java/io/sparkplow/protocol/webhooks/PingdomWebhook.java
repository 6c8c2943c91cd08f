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
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Pingdom ({@code com.pingdom/v1}): a GET whose {@code message} querystring parameter is the
 * incident as a JSON object. Its {@code action} ({@code assign}, {@code notify_user},
 * {@code notify_of_close}) names the schema ({@code com.pingdom/incident_assign/jsonschema/1-0-0}...);
 * the entity is the incident without {@code action}. The other parameters are the request's (a
 * {@code p} parameter sets the platform).
 */
public final class PingdomWebhook implements WebhookReader {

  public static final Api API = new Api("com.pingdom", "v1");
  static final EventSchemas SCHEMAS = EventSchemas.of(
      "assign", "iglu:com.pingdom/incident_assign/jsonschema/1-0-0",
      "notify_user", "iglu:com.pingdom/incident_notify_user/jsonschema/1-0-0",
      "notify_of_close", "iglu:com.pingdom/incident_notify_of_close/jsonschema/1-0-0");

  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);

  @Override
  public Api api() {
    return API;
  }

  @Override
  public Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload) {
    Map<String, String> querystring = WebhookRequests.querystring(payload);
    if (querystring.isEmpty()) {
      return WebhookRequests.fail(new FailureMessage.InputData("querystring", Optional.empty(),
          "a message parameter holding the incident: the querystring is empty"));
    }
    String message = querystring.get("message");
    if (message == null) {
      return WebhookRequests.fail(new FailureMessage.InputData("message", Optional.empty(),
          "a message querystring parameter holding the incident as JSON"));
    }
    Result<JsonNode, FailureMessage> incident = WebhookRequests.jsonObject("message", message);
    if (!incident.isOk()) {
      return WebhookRequests.fail(incident.error());
    }
    Result<SchemaKey, FailureMessage> schema = SCHEMAS.lookup("action",
        WebhookJson.text(incident.value(), "action"), OptionalInt.empty());
    if (!schema.isOk()) {
      return WebhookRequests.fail(schema.error());
    }
    ObjectNode data = (ObjectNode) incident.value();
    data.remove("action");
    return Result.ok(List.of(WebhookEvent.parameters(TRACKER_VERSION, WebhookEvent.SERVER, querystring,
        schema.value(), data)));
  }
}
