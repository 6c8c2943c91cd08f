package io.sparkplow.protocol.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.UrlDecoding;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.QuerystringParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the webhook readers check and read in a request: body, content type, form and JSON bodies. */
final class WebhookRequests {

  static final String JSON = "application/json";
  static final String FORM = "application/x-www-form-urlencoded";
  static final String MULTIPART = "multipart/form-data";

  private WebhookRequests() {}

  /** The request's querystring parameters (a repeated name keeps its last value). */
  static Map<String, String> querystring(CollectorPayload payload) {
    return QuerystringParameters.toMap(payload.querystring());
  }

  /** The body; a failure when there is none or it is blank. */
  static Result<String, FailureMessage> body(CollectorPayload payload) {
    Optional<String> body = payload.body().filter(b -> !b.isBlank());
    if (body.isEmpty()) {
      return Result.err(new FailureMessage.InputData("body", Optional.empty(),
          "a request body: the request carries no events to process"));
    }
    return Result.ok(body.get());
  }

  /**
   * The body of a request whose content type must have the media type {@code mediaType} (any case,
   * parameters such as {@code charset} allowed); a failure without a body, without a content type
   * or with another one.
   */
  static Result<String, FailureMessage> body(CollectorPayload payload, String mediaType) {
    Result<String, FailureMessage> body = body(payload);
    if (!body.isOk()) {
      return body;
    }
    Optional<String> contentType = payload.contentType().filter(c -> !c.isBlank());
    if (contentType.isEmpty()) {
      return Result.err(new FailureMessage.InputData("contentType", Optional.empty(),
          "content type " + mediaType + ": the request has a body but no content type"));
    }
    if (!hasMediaType(contentType.get(), mediaType)) {
      return Result.err(new FailureMessage.InputData("contentType", contentType, "content type " + mediaType));
    }
    return body;
  }

  /** Whether {@code contentType} is {@code mediaType}, ignoring case and parameters. */
  static boolean hasMediaType(String contentType, String mediaType) {
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    return type.equalsIgnoreCase(mediaType);
  }

  /** The value of parameter {@code name} of a content type ({@code boundary}), unquoted. */
  static Optional<String> contentTypeParameter(String contentType, String name) {
    String[] parts = contentType.split(";");
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].trim();
      int equals = part.indexOf('=');
      if (equals > 0 && part.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals(name)) {
        String value = part.substring(equals + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The fields of a request whose body must be a URL-encoded form; a failure as {@link #body(CollectorPayload, String)}. */
  static Result<Map<String, String>, FailureMessage> formBody(CollectorPayload payload) {
    return body(payload, FORM).map(WebhookRequests::form);
  }

  /** The fields of a URL-encoded form body, UTF-8; a repeated name keeps its last value. */
  static Map<String, String> form(String body) {
    return QuerystringParameters.toMap(UrlDecoding.parseQuerystring(body.trim(), StandardCharsets.UTF_8));
  }

  /** {@code text} as JSON; a {@code NotJson} failure of {@code field} otherwise. */
  static Result<JsonNode, FailureMessage> json(String field, String text) {
    Result<JsonNode, String> parsed = Json.parse(text);
    if (!parsed.isOk()) {
      return Result.err(new FailureMessage.NotJson(field, Optional.of(text), parsed.error()));
    }
    return Result.ok(parsed.value());
  }

  /** {@code text} as a JSON object; a failure of {@code field} otherwise. */
  static Result<JsonNode, FailureMessage> jsonObject(String field, String text) {
    Result<JsonNode, FailureMessage> json = json(field, text);
    if (json.isOk() && !json.value().isObject()) {
      return Result.err(new FailureMessage.InputData(field, Optional.of(text), "a JSON object"));
    }
    return json;
  }

  /** {@code text} as a JSON array; a failure of {@code field} otherwise. */
  static Result<JsonNode, FailureMessage> jsonArray(String field, String text) {
    Result<JsonNode, FailureMessage> json = json(field, text);
    if (json.isOk() && !json.value().isArray()) {
      return Result.err(new FailureMessage.InputData(field, Optional.of(text), "a JSON array of events"));
    }
    return json;
  }

  /** One failure as the error of a reader's outcome. */
  static <T> Result<T, List<FailureMessage>> fail(FailureMessage message) {
    return Result.err(List.of(message));
  }
}
