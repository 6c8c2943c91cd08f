package io.sparkplow.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.badrow.RawPayload;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.event.EventDraft;
import io.sparkplow.iglu.EntityValidator;
import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Snowplow tracker protocol: {@code tp1}, a GET whose querystring is one event, and
 * {@code tp2}, a POST whose JSON body carries a list of events.
 *
 * <p>GET ({@code tp1}): the querystring parameters, in the order sent (a repeated name keeps its
 * last value, see {@link QuerystringParameters}), are one event. An empty querystring is a
 * {@code tracker_protocol_violations} bad row. A body is not read (the GET pixel has none).
 *
 * <p>POST ({@code tp2}):
 * <ul>
 *   <li>No body and no content type: the querystring alone is one event (an error when empty).
 *   <li>A body without a content type, a content type without a body, or a content type other than
 *       {@code application/json} (optionally {@code ; charset=...}): {@code tracker_protocol_violations}.
 *   <li>The body must be a self-describing {@code payload_data} 1-x-x JSON whose {@code data} is a
 *       non-empty array. Otherwise (not JSON, not self-describing, another schema, no array, the
 *       envelope failing validation) the whole payload is one {@code schema_violations} bad row.
 *   <li>Each element is validated on its own, as a one-element {@code payload_data} under the
 *       body's schema key, so that the elements can be told apart: a valid element becomes an
 *       event, an invalid one its own {@code schema_violations} bad row with its {@code eventIndex}
 *       (the JSON paths of its validation messages then read {@code $.data[0]}). Outcomes keep the
 *       order of the elements.
 *   <li>The request's querystring parameters override those of every element.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class TrackerProtocolAdapter implements Adapter {

  static final String PAYLOAD_DATA_VENDOR = "com.snowplowanalytics.snowplow";
  static final String PAYLOAD_DATA_NAME = "payload_data";
  static final String PAYLOAD_DATA_CRITERION = "iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-*-*";

  private final EntityValidator validator;
  private final Processor processor;
  private final Instant timestamp;

  /**
   * @param validator validates the {@code payload_data} bodies of POST requests
   * @param processor the job, named in bad rows
   * @param timestamp the run's ETL timestamp, the failure timestamp of bad rows
   */
  public TrackerProtocolAdapter(EntityValidator validator, Processor processor, Instant timestamp) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.processor = Objects.requireNonNull(processor, "processor");
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
  }

  /** A {@code tp2} payload is read as a POST; any other API given to this adapter as a GET. */
  @Override
  public List<Result<AdaptedEvent, BadRow>> adapt(CollectorPayload payload, PayloadOrigin origin) {
    Map<String, String> querystring = QuerystringParameters.toMap(payload.querystring());
    if (Api.TP2.equals(payload.api())) {
      return post(payload, querystring, origin);
    }
    if (querystring.isEmpty()) {
      return List.of(protocolViolation(payload, origin, querystring, new FailureMessage.InputData(
          "querystring", Optional.empty(), "tracker protocol parameters: an empty querystring carries no event")));
    }
    return List.of(Result.ok(AdaptedEvent.single(rawEvent(payload, querystring), origin)));
  }

  private List<Result<AdaptedEvent, BadRow>> post(CollectorPayload payload, Map<String, String> querystring,
      PayloadOrigin origin) {
    Optional<String> body = payload.body().filter(b -> !b.isBlank());
    Optional<String> contentType = payload.contentType().filter(c -> !c.isBlank());
    if (body.isEmpty() && contentType.isEmpty()) {
      if (querystring.isEmpty()) {
        return List.of(protocolViolation(payload, origin, querystring, new FailureMessage.InputData(
            "body", Optional.empty(), "a body or querystring parameters: the request carries no event")));
      }
      return List.of(Result.ok(AdaptedEvent.single(rawEvent(payload, querystring), origin)));
    }
    if (contentType.isEmpty()) {
      return List.of(protocolViolation(payload, origin, querystring, new FailureMessage.InputData(
          "contentType", Optional.empty(), "application/json: a request with a body needs a content type")));
    }
    if (body.isEmpty()) {
      return List.of(protocolViolation(payload, origin, querystring, new FailureMessage.InputData(
          "body", Optional.empty(), "a payload_data body: the request has content type " + contentType.get())));
    }
    if (!isJsonContentType(contentType.get())) {
      return List.of(protocolViolation(payload, origin, querystring, new FailureMessage.InputData(
          "contentType", contentType, "application/json, optionally with ; charset=...")));
    }
    return readBody(payload, body.get(), querystring, origin);
  }

  /** {@code application/json}, any case, optionally followed by one {@code charset} parameter. */
  static boolean isJsonContentType(String contentType) {
    String ct = contentType.trim().toLowerCase(Locale.ROOT);
    int semicolon = ct.indexOf(';');
    String mediaType = (semicolon < 0 ? ct : ct.substring(0, semicolon)).trim();
    if (!mediaType.equals("application/json")) {
      return false;
    }
    if (semicolon < 0) {
      return true;
    }
    String parameter = ct.substring(semicolon + 1).trim();
    if (!parameter.startsWith("charset")) {
      return false;
    }
    String rest = parameter.substring("charset".length()).trim();
    return rest.length() > 1 && rest.charAt(0) == '=' && rest.indexOf(';') < 0;
  }

  private List<Result<AdaptedEvent, BadRow>> readBody(CollectorPayload payload, String body,
      Map<String, String> querystring, PayloadOrigin origin) {
    Result<JsonNode, String> parsed = Json.parse(body);
    if (!parsed.isOk()) {
      return List.of(schemaViolation(origin, OptionalInt.empty(), querystring,
          List.of(new FailureMessage.NotJson("body", Optional.of(body), parsed.error()))));
    }
    JsonNode envelope = parsed.value();
    if (!EventDraft.isSelfDescribing(envelope)) {
      return List.of(schemaViolation(origin, OptionalInt.empty(), querystring, List.of(new FailureMessage.NotIglu(
          "body", body, "not self-describing JSON: expected an object with a schema string and data"))));
    }
    String schema = envelope.get("schema").textValue();
    Optional<SchemaKey> key = SchemaKey.parse(schema);
    if (key.isEmpty()) {
      return List.of(schemaViolation(origin, OptionalInt.empty(), querystring, List.of(new FailureMessage.NotIglu(
          "body", body, "invalid schema key: " + schema))));
    }
    if (!isPayloadData(key.get())) {
      return List.of(schemaViolation(origin, OptionalInt.empty(), querystring, List.of(new FailureMessage.InputData(
          "body", Optional.of(schema), "a schema matching " + PAYLOAD_DATA_CRITERION))));
    }
    JsonNode data = envelope.get("data");
    if (!data.isArray() || data.isEmpty()) {
      List<FailureMessage> failures = new ArrayList<>(validator.validate(envelope));
      if (failures.isEmpty()) {
        failures.add(new FailureMessage.InputData("body", Optional.of(Json.compact(data)),
            "data: a non-empty array of events"));
      }
      return List.of(schemaViolation(origin, OptionalInt.empty(), querystring, failures));
    }
    List<Result<AdaptedEvent, BadRow>> outcomes = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      outcomes.add(readElement(payload, schema, data.get(i), i, querystring, origin));
    }
    return outcomes;
  }

  private Result<AdaptedEvent, BadRow> readElement(CollectorPayload payload, String schema, JsonNode element,
      int index, Map<String, String> querystring, PayloadOrigin origin) {
    ObjectNode single = Json.object();
    single.put("schema", schema);
    ArrayNode data = single.putArray("data");
    data.add(element);
    List<FailureMessage> failures = new ArrayList<>(validator.validate(single));
    boolean validated = failures.isEmpty();
    Map<String, String> parameters = new LinkedHashMap<>();
    if (element.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = element.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue().isTextual()) {
          parameters.put(field.getKey(), field.getValue().textValue());
        } else if (validated) {
          // payload_data only allows string values; say so even if the validator let it through.
          failures.add(new FailureMessage.InputData(field.getKey(), Optional.of(Json.compact(field.getValue())),
              "a string value"));
        }
      }
    } else if (validated) {
      failures.add(new FailureMessage.InputData("body", Optional.of(Json.compact(element)),
          "an object of event parameters"));
    }
    parameters.putAll(querystring);
    if (!failures.isEmpty()) {
      return schemaViolation(origin, OptionalInt.of(index), parameters, failures);
    }
    RawEvent event = rawEvent(payload, Collections.unmodifiableMap(parameters));
    return Result.ok(new AdaptedEvent(event, origin, OptionalInt.of(index)));
  }

  private static boolean isPayloadData(SchemaKey key) {
    return key.vendor().equals(PAYLOAD_DATA_VENDOR) && key.name().equals(PAYLOAD_DATA_NAME)
        && key.format().equals("jsonschema") && key.version().model() == 1;
  }

  private static RawEvent rawEvent(CollectorPayload payload, Map<String, String> parameters) {
    return new RawEvent(payload.api(), parameters, payload.contentType(), payload.source(), payload.context());
  }

  private Result<AdaptedEvent, BadRow> protocolViolation(CollectorPayload payload, PayloadOrigin origin,
      Map<String, String> parameters, FailureMessage message) {
    RawPayload raw = new RawPayload(origin.line(), origin.format(), OptionalInt.empty(), parameters);
    return Result.err(new BadRow.TrackerProtocolViolations(processor, timestamp, payload.api().vendor(),
        payload.api().version(), List.of(message), raw));
  }

  private Result<AdaptedEvent, BadRow> schemaViolation(PayloadOrigin origin, OptionalInt index,
      Map<String, String> parameters, List<FailureMessage> messages) {
    RawPayload raw = new RawPayload(origin.line(), origin.format(), index, parameters);
    return Result.err(new BadRow.SchemaViolations(processor, timestamp, messages, raw));
  }
}
