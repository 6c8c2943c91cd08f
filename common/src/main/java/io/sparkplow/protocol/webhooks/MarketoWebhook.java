package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.iglu.SchemaKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marketo ({@code com.marketo/v1}): a JSON object body, one event of
 * {@code com.marketo/event/jsonschema/2-0-0} (Marketo's webhooks carry no event type). The date-time
 * fields of the event and its lead ({@link #DATE_TIMES}, {@code yyyy-MM-dd HH:mm:ss} UTC) become ISO
 * date-times wherever they are; everything else is kept. The content type is not checked, as in
 * Snowplow (Marketo lets users choose it); a body that is not a JSON object is an adapter failure.
 */
public final class MarketoWebhook implements WebhookReader {

  public static final Api API = new Api("com.marketo", "v1");
  static final SchemaKey EVENT = SchemaKey.parse("iglu:com.marketo/event/jsonschema/2-0-0").orElseThrow();

  /** The fields of the schema that are date-times. */
  static final Set<String> DATE_TIMES = Set.of("acquisition_date", "created_at", "email_suspended_at",
      "last_referred_enrollment", "last_referred_visit", "updated_at", "datetime", "last_interesting_moment_date");

  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);

  @Override
  public Api api() {
    return API;
  }

  @Override
  public Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload) {
    Result<JsonNode, FailureMessage> event = WebhookRequests.body(payload)
        .flatMap(body -> WebhookRequests.jsonObject("body", body));
    if (!event.isOk()) {
      return WebhookRequests.fail(event.error());
    }
    JsonNode data = event.value();
    WebhookJson.transformFields(data, (key, value) -> DATE_TIMES.contains(key) && value.isTextual()
        ? JsonNodeFactory.instance.textNode(
            WebhookJson.isoFromUtc(value.textValue(), WebhookJson.SPACED_DATE_TIME).orElse(value.textValue()))
        : value);
    return Result.ok(List.of(WebhookEvent.parameters(TRACKER_VERSION, WebhookEvent.SERVER,
        WebhookRequests.querystring(payload), EVENT, data)));
  }
}
