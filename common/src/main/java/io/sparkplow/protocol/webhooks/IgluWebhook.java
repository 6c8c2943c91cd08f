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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Iglu webhook ({@code com.snowplowanalytics.iglu/v1}): any self-describing event, its schema
 * named by the request. Platform {@code app} unless the querystring sets {@code p}.
 *
 * <p>With a {@code schema} querystring parameter (an {@code iglu:} URI):
 * <ul>
 *   <li>no body (a GET, or a POST of the querystring alone): the entity is the other querystring
 *       parameters but {@link WebhookEvent#NOT_DATA}, strings, an empty value null;
 *   <li>an {@code application/json} body: a JSON object is the entity; a JSON array is one event
 *       per element; an empty object or array, or another JSON value, is an adapter failure;
 *   <li>an {@code application/x-www-form-urlencoded} body: the form's fields, strings, are the entity.
 * </ul>
 * Without it, the body names the schema: an {@code application/json} body must be self-describing
 * ({@code {"schema": "iglu:...", "data": ...}}); a form body must have a {@code schema} field, the
 * other fields being the entity. A body without a content type, another content type, or a
 * malformed schema URI is an adapter failure. The entity is validated later, as any event's.
 */
public final class IgluWebhook implements WebhookReader {

  public static final Api API = new Api("com.snowplowanalytics.iglu", "v1");
  static final String PLATFORM = "app";
  static final String SCHEMA = "schema";

  private static final String TRACKER_VERSION = WebhookEvent.trackerVersion(API);
  private static final String CONTENT_TYPES = WebhookRequests.JSON + " or " + WebhookRequests.FORM;

  @Override
  public Api api() {
    return API;
  }

  @Override
  public Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload) {
    Map<String, String> querystring = WebhookRequests.querystring(payload);
    Optional<String> body = payload.body().filter(b -> !b.isBlank());
    Optional<String> contentType = payload.contentType().filter(c -> !c.isBlank());
    if (body.isPresent() && contentType.isEmpty()) {
      return WebhookRequests.fail(new FailureMessage.InputData("contentType", Optional.empty(),
          "content type " + CONTENT_TYPES + ": the request has a body but no content type"));
    }
    String schemaParameter = querystring.get(SCHEMA);
    if (schemaParameter != null) {
      Result<SchemaKey, FailureMessage> schema = schemaKey(schemaParameter);
      if (!schema.isOk()) {
        return WebhookRequests.fail(schema.error());
      }
      Map<String, String> others = new LinkedHashMap<>(querystring);
      others.remove(SCHEMA);
      if (body.isEmpty()) {
        return Result.ok(List.of(event(others, schema.value(), querystringEntity(others))));
      }
      if (WebhookRequests.hasMediaType(contentType.get(), WebhookRequests.JSON)) {
        return jsonEntities(others, schema.value(), body.get());
      }
      if (WebhookRequests.hasMediaType(contentType.get(), WebhookRequests.FORM)) {
        Map<String, String> form = WebhookRequests.form(body.get());
        if (form.isEmpty()) {
          return WebhookRequests.fail(new FailureMessage.InputData("body", body, "form fields: the entity's"));
        }
        return Result.ok(List.of(event(others, schema.value(), WebhookJson.strings(form))));
      }
      return WebhookRequests.fail(new FailureMessage.InputData("contentType", contentType,
          "content type " + CONTENT_TYPES));
    }
    if (body.isEmpty()) {
      return WebhookRequests.fail(new FailureMessage.InputData(SCHEMA, Optional.empty(),
          "a schema querystring parameter, or a body naming its schema"));
    }
    if (WebhookRequests.hasMediaType(contentType.get(), WebhookRequests.JSON)) {
      return selfDescribingBody(querystring, body.get());
    }
    if (WebhookRequests.hasMediaType(contentType.get(), WebhookRequests.FORM)) {
      Map<String, String> form = new LinkedHashMap<>(WebhookRequests.form(body.get()));
      String formSchema = form.remove(SCHEMA);
      if (formSchema == null) {
        return WebhookRequests.fail(new FailureMessage.InputData(SCHEMA, Optional.empty(),
            "a schema querystring parameter or form field"));
      }
      Result<SchemaKey, FailureMessage> schema = schemaKey(formSchema);
      if (!schema.isOk()) {
        return WebhookRequests.fail(schema.error());
      }
      return Result.ok(List.of(event(querystring, schema.value(), WebhookJson.strings(form))));
    }
    return WebhookRequests.fail(new FailureMessage.InputData("contentType", contentType,
        "content type " + CONTENT_TYPES));
  }

  private static Result<SchemaKey, FailureMessage> schemaKey(String uri) {
    return SchemaKey.parse(uri).<Result<SchemaKey, FailureMessage>>map(Result::ok).orElseGet(() ->
        Result.err(new FailureMessage.InputData(SCHEMA, Optional.of(uri),
            "an Iglu schema URI: iglu:VENDOR/NAME/FORMAT/MODEL-REVISION-ADDITION")));
  }

  private static Map<String, String> event(Map<String, String> querystring, SchemaKey schema, JsonNode data) {
    return WebhookEvent.parameters(TRACKER_VERSION, PLATFORM, querystring, schema, data);
  }

  private static ObjectNode querystringEntity(Map<String, String> parameters) {
    ObjectNode data = Json.object();
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (!WebhookEvent.NOT_DATA.contains(parameter.getKey())) {
        data.set(parameter.getKey(), WebhookJson.typed(parameter.getKey(), parameter.getValue(), Set.of(), Set.of(),
            Set.of()));
      }
    }
    return data;
  }

  private static Result<List<Map<String, String>>, List<FailureMessage>> jsonEntities(
      Map<String, String> querystring, SchemaKey schema, String body) {
    Result<JsonNode, FailureMessage> json = WebhookRequests.json("body", body);
    if (!json.isOk()) {
      return WebhookRequests.fail(json.error());
    }
    JsonNode entity = json.value();
    if (entity.isArray() && !entity.isEmpty()) {
      List<Map<String, String>> events = new ArrayList<>(entity.size());
      for (JsonNode element : entity) {
        events.add(event(querystring, schema, element));
      }
      return Result.ok(events);
    }
    if (entity.isObject() && !entity.isEmpty()) {
      return Result.ok(List.of(event(querystring, schema, entity)));
    }
    return WebhookRequests.fail(new FailureMessage.InputData("body", Optional.of(body),
        "a JSON object with at least one field, or a non-empty array of them"));
  }

  private static Result<List<Map<String, String>>, List<FailureMessage>> selfDescribingBody(
      Map<String, String> querystring, String body) {
    Result<JsonNode, FailureMessage> json = WebhookRequests.json("body", body);
    if (!json.isOk()) {
      return WebhookRequests.fail(json.error());
    }
    JsonNode sd = json.value();
    JsonNode schema = sd.get(SCHEMA);
    JsonNode data = sd.get("data");
    if (!sd.isObject() || schema == null || !schema.isTextual() || data == null) {
      return WebhookRequests.fail(new FailureMessage.NotIglu("body", body,
          "not self-describing JSON: expected an object with a schema string and data"));
    }
    Result<SchemaKey, FailureMessage> key = schemaKey(schema.textValue());
    if (!key.isOk()) {
      return WebhookRequests.fail(key.error());
    }
    return Result.ok(List.of(event(querystring, key.value(), data)));
  }
}
