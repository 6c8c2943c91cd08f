package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SendGrid ({@code com.sendgrid/v3}, the v3 Event Webhook): an {@code application/json} body
 * holding an array of events. Each event's {@code event} ({@code processed}, {@code delivered},
 * {@code open}...) names its schema ({@code com.sendgrid/processed/jsonschema/2-0-0}...); the entity
 * is the event without {@code event}, its {@code timestamp} (epoch seconds) an ISO date-time. One
 * unreadable event fails the whole request.
 */
public final class SendgridWebhook implements WebhookReader {

  public static final Api API = new Api("com.sendgrid", "v3");
  static final EventSchemas SCHEMAS = EventSchemas.of(
      "processed", "iglu:com.sendgrid/processed/jsonschema/2-0-0",
      "dropped", "iglu:com.sendgrid/dropped/jsonschema/2-0-0",
      "delivered", "iglu:com.sendgrid/delivered/jsonschema/2-0-0",
      "deferred", "iglu:com.sendgrid/deferred/jsonschema/2-0-0",
      "bounce", "iglu:com.sendgrid/bounce/jsonschema/2-0-0",
      "open", "iglu:com.sendgrid/open/jsonschema/2-0-0",
      "click", "iglu:com.sendgrid/click/jsonschema/2-0-0",
      "spamreport", "iglu:com.sendgrid/spamreport/jsonschema/2-0-0",
      "unsubscribe", "iglu:com.sendgrid/unsubscribe/jsonschema/2-0-0",
      "group_unsubscribe", "iglu:com.sendgrid/group_unsubscribe/jsonschema/2-0-0",
      "group_resubscribe", "iglu:com.sendgrid/group_resubscribe/jsonschema/2-0-0");

  private static final Set<String> TIMESTAMPS = Set.of("timestamp");
  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);

  @Override
  public Api api() {
    return API;
  }

  @Override
  public Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload) {
    Result<JsonNode, FailureMessage> events = WebhookRequests.body(payload, WebhookRequests.JSON)
        .flatMap(body -> WebhookRequests.jsonArray("body", body));
    if (!events.isOk()) {
      return WebhookRequests.fail(events.error());
    }
    return JsonEvents.read(events.value(), "body", "event", SCHEMAS, SendgridWebhook::entity, TRACKER_VERSION,
        WebhookEvent.SERVER, WebhookRequests.querystring(payload));
  }

  private static ObjectNode entity(ObjectNode event) {
    event.remove("event");
    JsonNode timestamp = event.get("timestamp");
    if (timestamp != null) {
      WebhookJson.isoFromEpochSeconds(timestamp).ifPresent(iso -> event.put("timestamp", iso));
    }
    return event;
  }
}
