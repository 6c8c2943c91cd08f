package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Mailgun ({@code com.mailgun/v1}, legacy webhooks): a form body, {@code
 * application/x-www-form-urlencoded} or {@code multipart/form-data} (its text fields; attachments
 * are left out). The form's {@code event} ({@code delivered}, {@code dropped}, {@code opened}...)
 * names the schema ({@code com.mailgun/message_delivered/jsonschema/1-0-0}...); {@code timestamp},
 * {@code token} and {@code signature} (Mailgun's request signature) are required. The entity is the
 * form's fields, keys in camelCase ({@code Message-Id} is {@code messageId},
 * {@code message-headers} {@code messageHeaders}), values strings but {@code timestamp} (epoch
 * seconds) an ISO date-time and {@code attachment-count} an integer.
 */
public final class MailgunWebhook implements WebhookReader {

  public static final Api API = new Api("com.mailgun", "v1");
  static final EventSchemas SCHEMAS = EventSchemas.of(
      "bounced", "iglu:com.mailgun/message_bounced/jsonschema/1-0-0",
      "clicked", "iglu:com.mailgun/message_clicked/jsonschema/1-0-0",
      "complained", "iglu:com.mailgun/message_complained/jsonschema/1-0-0",
      "delivered", "iglu:com.mailgun/message_delivered/jsonschema/1-0-0",
      "dropped", "iglu:com.mailgun/message_dropped/jsonschema/1-0-0",
      "opened", "iglu:com.mailgun/message_opened/jsonschema/1-0-0",
      "unsubscribed", "iglu:com.mailgun/recipient_unsubscribed/jsonschema/1-0-0");

  private static final List<String> REQUIRED = List.of("timestamp", "token", "signature");
  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);

  @Override
  public Api api() {
    return API;
  }

  @Override
  public Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload) {
    Result<Map<String, String>, FailureMessage> form = form(payload);
    if (!form.isOk()) {
      return WebhookRequests.fail(form.error());
    }
    Map<String, String> fields = form.value();
    List<FailureMessage> failures = new ArrayList<>(0);
    Result<SchemaKey, FailureMessage> schema = SCHEMAS.lookup("event", Optional.ofNullable(fields.get("event")),
        OptionalInt.empty());
    if (!schema.isOk()) {
      failures.add(schema.error());
    }
    for (String required : REQUIRED) {
      if (!fields.containsKey(required)) {
        failures.add(new FailureMessage.InputData(required, Optional.empty(), "a form field " + required));
      }
    }
    if (!failures.isEmpty()) {
      return Result.err(failures);
    }
    ObjectNode data = Json.object();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      String key = field.getKey();
      String value = field.getValue();
      String name = WebhookJson.camelCase(key);
      if (key.equals("timestamp")) {
        data.put(name, WebhookJson.decimal(value).flatMap(WebhookJson::isoFromEpochSeconds).orElse(value));
      } else if (key.equals("attachment-count")) {
        Optional<BigInteger> count = WebhookJson.integer(value);
        if (count.isPresent()) {
          data.put(name, count.get());
        } else {
          data.put(name, value);
        }
      } else {
        data.put(name, value);
      }
    }
    return Result.ok(List.of(WebhookEvent.parameters(TRACKER_VERSION, WebhookEvent.SERVER,
        WebhookRequests.querystring(payload), schema.value(), data)));
  }

  private static Result<Map<String, String>, FailureMessage> form(CollectorPayload payload) {
    Result<String, FailureMessage> body = WebhookRequests.body(payload);
    if (!body.isOk()) {
      return Result.err(body.error());
    }
    String expected = WebhookRequests.FORM + " or " + WebhookRequests.MULTIPART;
    Optional<String> contentType = payload.contentType().filter(c -> !c.isBlank());
    if (contentType.isEmpty()) {
      return Result.err(new FailureMessage.InputData("contentType", Optional.empty(),
          "content type " + expected + ": the request has a body but no content type"));
    }
    if (WebhookRequests.hasMediaType(contentType.get(), WebhookRequests.FORM)) {
      return Result.ok(WebhookRequests.form(body.value()));
    }
    if (WebhookRequests.hasMediaType(contentType.get(), WebhookRequests.MULTIPART)) {
      Optional<String> boundary = WebhookRequests.contentTypeParameter(contentType.get(), "boundary");
      if (boundary.isEmpty()) {
        return Result.err(new FailureMessage.InputData("contentType", contentType,
            WebhookRequests.MULTIPART + " with a boundary parameter"));
      }
      return MultipartForm.parse(body.value(), boundary.get());
    }
    return Result.err(new FailureMessage.InputData("contentType", contentType, "content type " + expected));
  }
}
