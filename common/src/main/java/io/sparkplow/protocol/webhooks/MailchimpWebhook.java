package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Mailchimp ({@code com.mailchimp/v1}): an {@code application/x-www-form-urlencoded} body, one event
 * whose {@code type} ({@code subscribe}, {@code unsubscribe}, {@code campaign}, {@code cleaned},
 * {@code upemail}, {@code profile}) names its schema. As in Snowplow, the entity is made of the
 * querystring parameters (but {@link WebhookEvent#NOT_DATA}) and the form fields, the form's
 * bracketed names nested ({@code data[merges][EMAIL]} is {@code {"data":{"merges":{"EMAIL":..}}}}),
 * values strings, {@code fired_at} ({@code yyyy-MM-dd HH:mm:ss}, UTC) an ISO date-time.
 */
public final class MailchimpWebhook implements WebhookReader {

  public static final Api API = new Api("com.mailchimp", "v1");
  static final EventSchemas SCHEMAS = EventSchemas.of(
      "subscribe", "iglu:com.mailchimp/subscribe/jsonschema/1-0-0",
      "unsubscribe", "iglu:com.mailchimp/unsubscribe/jsonschema/1-0-0",
      "campaign", "iglu:com.mailchimp/campaign_sending_status/jsonschema/1-0-0",
      "cleaned", "iglu:com.mailchimp/cleaned_email/jsonschema/1-0-0",
      "upemail", "iglu:com.mailchimp/email_address_change/jsonschema/1-0-0",
      "profile", "iglu:com.mailchimp/profile_update/jsonschema/1-0-0");

  /** The separators of a bracketed form name: {@code [}, {@code ]} or {@code ][}. */
  private static final Pattern BRACKETS = Pattern.compile("\\]?(\\[|\\])");
  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);

  @Override
  public Api api() {
    return API;
  }

  @Override
  public Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload) {
    Result<Map<String, String>, FailureMessage> fields = WebhookRequests.formBody(payload);
    if (!fields.isOk()) {
      return WebhookRequests.fail(fields.error());
    }
    Map<String, String> form = fields.value();
    Result<SchemaKey, FailureMessage> schema = SCHEMAS.lookup("type", Optional.ofNullable(form.get("type")),
        OptionalInt.empty());
    if (!schema.isOk()) {
      return WebhookRequests.fail(schema.error());
    }
    Map<String, String> parameters = new LinkedHashMap<>(WebhookRequests.querystring(payload));
    parameters.putAll(form);
    ObjectNode data = Json.object();
    for (Map.Entry<String, String> field : parameters.entrySet()) {
      if (!WebhookEvent.NOT_DATA.contains(field.getKey())) {
        nest(data, BRACKETS.split(field.getKey()), field.getValue());
      }
    }
    JsonNode firedAt = data.get("fired_at");
    if (firedAt != null && firedAt.isTextual()) {
      data.put("fired_at", WebhookJson.isoFromUtc(firedAt.textValue(), WebhookJson.SPACED_DATE_TIME)
          .orElse(firedAt.textValue()));
    }
    return Result.ok(List.of(WebhookEvent.parameters(TRACKER_VERSION, WebhookEvent.SERVER, parameters,
        schema.value(), data)));
  }

  /** Sets {@code value} at the path {@code keys} of {@code root}, creating (or replacing by) objects on the way. */
  static void nest(ObjectNode root, String[] keys, String value) {
    if (keys.length == 0) {
      return; // a name made only of brackets names nothing
    }
    ObjectNode parent = root;
    for (int i = 0; i < keys.length - 1; i++) {
      JsonNode child = parent.get(keys[i]);
      if (child == null || !child.isObject()) {
        child = parent.putObject(keys[i]);
      }
      parent = (ObjectNode) child;
    }
    parent.put(keys[keys.length - 1], value);
  }
}
