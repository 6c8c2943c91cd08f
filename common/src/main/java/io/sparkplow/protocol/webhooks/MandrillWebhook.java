package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mandrill ({@code com.mandrill/v1}): an {@code application/x-www-form-urlencoded} body whose
 * {@code mandrill_events} field is a JSON array of events. Each event's {@code event}
 * ({@code send}, {@code open}, {@code hard_bounce}...) names its schema; the entity is the event
 * without {@code event}, every {@code ts} (epoch seconds, at any depth) an ISO date-time. One
 * unreadable event fails the whole request.
 */
public final class MandrillWebhook implements WebhookReader {

  public static final Api API = new Api("com.mandrill", "v1");
  static final EventSchemas SCHEMAS = EventSchemas.of(
      "hard_bounce", "iglu:com.mandrill/message_bounced/jsonschema/1-0-1",
      "click", "iglu:com.mandrill/message_clicked/jsonschema/1-0-1",
      "deferral", "iglu:com.mandrill/message_delayed/jsonschema/1-0-1",
      "spam", "iglu:com.mandrill/message_marked_as_spam/jsonschema/1-0-1",
      "open", "iglu:com.mandrill/message_opened/jsonschema/1-0-1",
      "reject", "iglu:com.mandrill/message_rejected/jsonschema/1-0-0",
      "send", "iglu:com.mandrill/message_sent/jsonschema/1-0-0",
      "soft_bounce", "iglu:com.mandrill/message_soft_bounced/jsonschema/1-0-1",
      "unsub", "iglu:com.mandrill/recipient_unsubscribed/jsonschema/1-0-1");

  static final String EVENTS_FIELD = "mandrill_events";
  private static final Set<String> TIMESTAMPS = Set.of("ts");
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
    String events = form.value().get(EVENTS_FIELD);
    if (events == null) {
      return WebhookRequests.fail(new FailureMessage.InputData(EVENTS_FIELD, Optional.empty(),
          "a form field " + EVENTS_FIELD + " holding a JSON array of events"));
    }
    Result<JsonNode, FailureMessage> array = WebhookRequests.jsonArray(EVENTS_FIELD, events);
    if (!array.isOk()) {
      return WebhookRequests.fail(array.error());
    }
    return JsonEvents.read(array.value(), EVENTS_FIELD, "event", SCHEMAS, event -> {
      event.remove("event");
      WebhookJson.secondsToIso(event, TIMESTAMPS);
      return event;
    }, TRACKER_VERSION, WebhookEvent.SERVER, WebhookRequests.querystring(payload));
  }
}
