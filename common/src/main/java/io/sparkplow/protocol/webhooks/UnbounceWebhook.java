package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unbounce ({@code com.unbounce/v1}): an {@code application/x-www-form-urlencoded} body, one
 * {@code com.unbounce/form_post/jsonschema/1-0-0} event. The form must have {@code page_id},
 * {@code page_name}, {@code variant}, {@code page_url} and {@code data.json} (the submitted form as
 * JSON); the entity is the form's fields as strings, {@code data.json} as its JSON and
 * {@code data.xml} left out, every key in camelCase ({@code page_id} is {@code pageId};
 * {@code data.json} keeps its name).
 */
public final class UnbounceWebhook implements WebhookReader {

  public static final Api API = new Api("com.unbounce", "v1");
  static final SchemaKey FORM_POST = SchemaKey.parse("iglu:com.unbounce/form_post/jsonschema/1-0-0").orElseThrow();

  static final String DATA_JSON = "data.json";
  static final String DATA_XML = "data.xml";
  private static final List<String> REQUIRED = List.of("page_id", "page_name", "variant", "page_url", DATA_JSON);
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
    List<FailureMessage> failures = new ArrayList<>(0);
    for (String field : REQUIRED) {
      if (!form.containsKey(field)) {
        failures.add(new FailureMessage.InputData(field, Optional.empty(), "a form field " + field));
      }
    }
    if (!failures.isEmpty()) {
      return Result.err(failures);
    }
    Result<JsonNode, FailureMessage> submitted = WebhookRequests.json(DATA_JSON, form.get(DATA_JSON));
    if (!submitted.isOk()) {
      return WebhookRequests.fail(submitted.error());
    }
    ObjectNode data = Json.object();
    for (Map.Entry<String, String> field : form.entrySet()) {
      if (!field.getKey().equals(DATA_JSON) && !field.getKey().equals(DATA_XML)) {
        data.put(field.getKey(), field.getValue());
      }
    }
    data.set(DATA_JSON, submitted.value());
    return Result.ok(List.of(WebhookEvent.parameters(TRACKER_VERSION, WebhookEvent.SERVER,
        WebhookRequests.querystring(payload), FORM_POST, WebhookJson.camelize(data))));
  }
}
