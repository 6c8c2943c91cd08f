package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.iglu.SchemaKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Urban Airship Connect ({@code com.urbanairship.connect/v1}): a JSON object body, one event whose
 * {@code type} ({@code OPEN}, {@code CLOSE}, {@code SEND}...) names its schema
 * ({@code com.urbanairship.connect/OPEN/jsonschema/1-0-0}...); the entity is the whole event. The
 * event's {@code id} is the event id ({@code eid}) and its {@code occurred} (ISO-8601) the true
 * timestamp ({@code ttm}, epoch milliseconds); both are required. The content type is not checked,
 * as in Snowplow.
 */
public final class UrbanAirshipWebhook implements WebhookReader {

  public static final Api API = new Api("com.urbanairship.connect", "v1");
  static final EventSchemas SCHEMAS = schemas("CLOSE", "CUSTOM", "FIRST_OPEN", "IN_APP_MESSAGE_DISPLAY",
      "IN_APP_MESSAGE_EXPIRATION", "IN_APP_MESSAGE_RESOLUTION", "LOCATION", "OPEN", "PUSH_BODY", "REGION",
      "RICH_DELETE", "RICH_DELIVERY", "RICH_HEAD", "SEND", "TAG_CHANGE", "UNINSTALL");

  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);

  private static EventSchemas schemas(String... types) {
    String[] pairs = new String[types.length * 2];
    for (int i = 0; i < types.length; i++) {
      pairs[2 * i] = types[i];
      pairs[2 * i + 1] = "iglu:com.urbanairship.connect/" + types[i] + "/jsonschema/1-0-0";
    }
    return EventSchemas.of(pairs);
  }

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
    JsonNode event = json.value();
    List<FailureMessage> failures = new ArrayList<>(0);
    Result<SchemaKey, FailureMessage> schema = SCHEMAS.lookup("type", WebhookJson.text(event, "type"),
        OptionalInt.empty());
    if (!schema.isOk()) {
      failures.add(schema.error());
    }
    Optional<String> id = WebhookJson.text(event, "id").filter(s -> !s.isEmpty());
    if (id.isEmpty()) {
      failures.add(new FailureMessage.InputData("id", Optional.empty(), "the event's id, a string"));
    }
    Optional<String> occurred = WebhookJson.text(event, "occurred");
    Optional<Long> trueTimestamp = occurred.flatMap(WebhookJson::epochMillisOfIso);
    if (trueTimestamp.isEmpty()) {
      failures.add(new FailureMessage.InputData("occurred", occurred, "the event's time, an ISO-8601 date-time"));
    }
    if (!failures.isEmpty()) {
      return Result.err(failures);
    }
    Map<String, String> timeAndId = new LinkedHashMap<>(4);
    timeAndId.put("ttm", Long.toString(trueTimestamp.get()));
    timeAndId.put("eid", id.get());
    return Result.ok(List.of(WebhookEvent.parameters(TRACKER_VERSION, WebhookEvent.SERVER,
        WebhookRequests.querystring(payload), schema.value(), event, timeAndId)));
  }
}
