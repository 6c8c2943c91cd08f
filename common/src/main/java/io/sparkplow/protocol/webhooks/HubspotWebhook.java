package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import java.util.List;
import java.util.Map;

/**
 * HubSpot ({@code com.hubspot/v1}): an {@code application/json} body holding an array of event
 * objects. Each event's {@code subscriptionType} ({@code contact.creation}, {@code deal.propertyChange}...)
 * names its schema ({@code com.hubspot/contact_creation/jsonschema/1-0-0}...); the entity is the
 * event without {@code subscriptionType}, its {@code occurredAt} (epoch milliseconds) an ISO
 * date-time. An element that is not an object, or has no known type, fails the whole request.
 */
public final class HubspotWebhook implements WebhookReader {

  public static final Api API = new Api("com.hubspot", "v1");
  static final EventSchemas SCHEMAS = EventSchemas.of(
      "contact.creation", "iglu:com.hubspot/contact_creation/jsonschema/1-0-0",
      "contact.deletion", "iglu:com.hubspot/contact_deletion/jsonschema/1-0-0",
      "contact.propertyChange", "iglu:com.hubspot/contact_change/jsonschema/1-0-0",
      "company.creation", "iglu:com.hubspot/company_creation/jsonschema/1-0-0",
      "company.deletion", "iglu:com.hubspot/company_deletion/jsonschema/1-0-0",
      "company.propertyChange", "iglu:com.hubspot/company_change/jsonschema/1-0-0",
      "deal.creation", "iglu:com.hubspot/deal_creation/jsonschema/1-0-0",
      "deal.deletion", "iglu:com.hubspot/deal_deletion/jsonschema/1-0-0",
      "deal.propertyChange", "iglu:com.hubspot/deal_change/jsonschema/1-0-0");

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
    return JsonEvents.read(events.value(), "body", "subscriptionType", SCHEMAS, HubspotWebhook::entity,
        TRACKER_VERSION, WebhookEvent.SERVER, WebhookRequests.querystring(payload));
  }

  /** The event without its type, {@code occurredAt} as an ISO date-time (in place). */
  private static ObjectNode entity(ObjectNode event) {
    event.remove("subscriptionType");
    JsonNode occurredAt = event.get("occurredAt");
    if (occurredAt != null && occurredAt.isIntegralNumber() && occurredAt.canConvertToLong()) {
      WebhookJson.isoFromEpochMillis(occurredAt.longValue()).ifPresent(iso -> event.put("occurredAt", iso));
    }
    return event;
  }
}
