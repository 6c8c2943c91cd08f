package io.sparkplow.badrow;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes bad rows as self-describing JSON in the shapes of Snowplow's bad row schemas. */
public final class BadRowJson {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private BadRowJson() {}

  public static String write(BadRow row) {
    ObjectNode root = Json.object();
    root.put("schema", row.schemaKey().toUri());
    ObjectNode data = root.putObject("data");
    ObjectNode processor = data.putObject("processor");
    processor.put("artifact", row.processor().artifact());
    processor.put("version", row.processor().version());
    ObjectNode failure = Json.object();
    if (row instanceof BadRow.CollectorPayloadFormatViolation r) {
      failure.put("timestamp", timestamp(r.timestamp()));
      failure.put("loader", r.loader());
      failure.set("message", message(r.message()));
      data.set("failure", failure);
      data.put("payload", r.payload());
    } else if (row instanceof BadRow.AdapterFailures r) {
      adapterFailure(data, failure, r.timestamp(), r.vendor(), r.version(), r.messages(), r.payload());
    } else if (row instanceof BadRow.TrackerProtocolViolations r) {
      adapterFailure(data, failure, r.timestamp(), r.vendor(), r.version(), r.messages(), r.payload());
    } else if (row instanceof BadRow.SchemaViolations r) {
      failure.put("timestamp", timestamp(r.timestamp()));
      eventFailure(data, failure, r.messages(), r.payload());
    } else if (row instanceof BadRow.EnrichmentFailures r) {
      failure.put("timestamp", timestamp(r.timestamp()));
      eventFailure(data, failure, r.messages(), r.payload());
    } else if (row instanceof BadRow.SizeViolation r) {
      failure.put("timestamp", timestamp(r.timestamp()));
      failure.put("maximumAllowedSizeBytes", r.maximumAllowedSizeBytes());
      failure.put("actualSizeBytes", r.actualSizeBytes());
      failure.put("expectation", r.expectation());
      data.set("failure", failure);
      data.put("payload", r.payload());
    } else if (row instanceof BadRow.GenericError r) {
      failure.put("timestamp", timestamp(r.timestamp()));
      ArrayNode errors = failure.putArray("errors");
      r.errors().forEach(errors::add);
      data.set("failure", failure);
      data.put("payload", r.payload());
    } else if (row instanceof BadRow.LoaderParsingError r) {
      data.set("failure", parsingFailure(r.failure()));
      data.put("payload", r.payload());
    } else if (row instanceof BadRow.LoaderIgluError r) {
      data.set("failure", messages(r.failure()));
      data.put("payload", r.payload());
    } else if (row instanceof BadRow.LoaderRuntimeError r) {
      failure.put("error", r.error());
      data.set("failure", failure);
      data.put("payload", r.payload());
    }
    return Json.compact(root);
  }

  /** The failure of an adapter ({@code adapter_failures}, {@code tracker_protocol_violations}). */
  private static void adapterFailure(ObjectNode data, ObjectNode failure, Instant timestamp, String vendor,
      String version, List<FailureMessage> messages, RawPayload payload) {
    failure.put("timestamp", timestamp(timestamp));
    failure.put("vendor", vendor);
    failure.put("version", version);
    eventFailure(data, failure, messages, payload);
  }

  /** Completes a failure with its messages; then the failure and the raw event as payload. */
  private static void eventFailure(ObjectNode data, ObjectNode failure, List<FailureMessage> messages,
      RawPayload payload) {
    failure.set("messages", messages(messages));
    data.set("failure", failure);
    data.set("payload", payload(payload));
  }

  public static String timestamp(Instant instant) {
    return ISO_MILLIS.format(instant);
  }

  private static ArrayNode messages(List<FailureMessage> messages) {
    ArrayNode array = Json.array();
    messages.forEach(m -> array.add(message(m)));
    return array;
  }

  static ObjectNode message(FailureMessage message) {
    ObjectNode node = Json.object();
    if (message instanceof FailureMessage.InputData m) {
      node.put("field", m.field());
      m.value().ifPresentOrElse(v -> node.put("value", v), () -> node.putNull("value"));
      node.put("expectation", m.expectation());
    } else if (message instanceof FailureMessage.NotJson m) {
      node.put("field", m.field());
      m.value().ifPresentOrElse(v -> node.put("value", v), () -> node.putNull("value"));
      node.put("error", m.error());
    } else if (message instanceof FailureMessage.NotIglu m) {
      node.put("field", m.field());
      node.put("json", m.json());
      node.put("error", m.error());
    } else if (message instanceof FailureMessage.ResolutionError m) {
      node.put("schemaKey", m.schemaKey().toUri());
      ObjectNode error = node.putObject("error");
      error.put("error", "ResolutionError");
      ArrayNode history = error.putArray("lookupHistory");
      for (FailureMessage.LookupAttempt attempt : m.lookupHistory()) {
        ObjectNode a = history.addObject();
        a.put("repository", attempt.repository());
        a.putArray("errors").addObject().put("error", attempt.error());
      }
    } else if (message instanceof FailureMessage.ValidationError m) {
      node.put("schemaKey", m.schemaKey().toUri());
      ObjectNode error = node.putObject("error");
      error.put("error", "ValidationError");
      ArrayNode reports = error.putArray("dataReports");
      for (FailureMessage.DataReport report : m.dataReports()) {
        ObjectNode r = reports.addObject();
        r.put("message", report.message());
        r.put("path", report.path());
        r.put("keyword", report.keyword());
        ArrayNode targets = r.putArray("targets");
        report.targets().forEach(targets::add);
      }
    } else if (message instanceof FailureMessage.EnrichmentError m) {
      node.putObject("enrichment").put("identifier", m.enrichment());
      node.putObject("message").put("error", m.message());
    } else if (message instanceof FailureMessage.Error m) {
      node.put("error", m.error());
    }
    return node;
  }

  private static ObjectNode payload(RawPayload payload) {
    ObjectNode node = Json.object();
    node.put("line", payload.line());
    node.put("format", payload.format());
    payload.eventIndex().ifPresent(i -> node.put("eventIndex", i));
    if (!payload.parameters().isEmpty()) {
      ObjectNode params = node.putObject("parameters");
      // Sorted, so that the same event always gives the same bytes.
      for (Map.Entry<String, String> e : new TreeMap<>(payload.parameters()).entrySet()) {
        params.put(e.getKey(), e.getValue());
      }
    }
    return node;
  }

  private static ObjectNode parsingFailure(ParsingFailure failure) {
    ObjectNode node = Json.object();
    if (failure instanceof ParsingFailure.NotTsv f) {
      node.put("type", "NotTSV");
    } else if (failure instanceof ParsingFailure.FieldNumberMismatch f) {
      node.put("type", "FieldNumberMismatch");
      node.put("fieldCount", f.fieldCount());
    } else if (failure instanceof ParsingFailure.RowDecodingError f) {
      node.put("type", "RowDecodingError");
      ArrayNode errors = node.putArray("errors");
      for (ParsingFailure.DecodingError e : f.errors()) {
        ObjectNode err = errors.addObject();
        err.put("type", e.type());
        err.put("key", e.key());
        err.put("value", e.value());
        err.put("message", e.message());
      }
    }
    return node;
  }
}
