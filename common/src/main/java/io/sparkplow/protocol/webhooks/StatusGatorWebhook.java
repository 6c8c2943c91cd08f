package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * StatusGator ({@code com.statusgator/v1}): an {@code application/x-www-form-urlencoded} body, one
 * {@code com.statusgator/status_change/jsonschema/1-0-0} event whose fields are the form's, names in
 * camelCase ({@code service_name} is {@code serviceName}), values kept as strings.
 */
public final class StatusGatorWebhook implements WebhookReader {

  public static final Api API = new Api("com.statusgator", "v1");
  static final SchemaKey STATUS_CHANGE = SchemaKey.parse("iglu:com.statusgator/status_change/jsonschema/1-0-0")
      .orElseThrow();

  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);

  @Override
  public Api api() {
    return API;
  }

  @Override
  public Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload) {
    Result<String, FailureMessage> body = WebhookRequests.body(payload, WebhookRequests.FORM);
    if (!body.isOk()) {
      return WebhookRequests.fail(body.error());
    }
    Map<String, String> form = WebhookRequests.form(body.value());
    if (form.isEmpty()) {
      return WebhookRequests.fail(new FailureMessage.InputData("body", Optional.of(body.value()),
          "form fields of a status change"));
    }
    ObjectNode data = Json.object();
    for (Map.Entry<String, String> field : form.entrySet()) {
      data.put(WebhookJson.camelCase(field.getKey()), field.getValue());
    }
    return Result.ok(List.of(WebhookEvent.parameters(TRACKER_VERSION, WebhookEvent.SERVER,
        WebhookRequests.querystring(payload), STATUS_CHANGE, data)));
  }
}
