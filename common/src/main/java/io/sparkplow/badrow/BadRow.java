package io.sparkplow.badrow;

import io.sparkplow.iglu.SchemaKey;
import io.sparkplow.iglu.SchemaVer;
import java.time.Instant;
import java.util.List;

/**
 * A record or event that could not be processed, written as one line of self-describing JSON
 * ({@code iglu:com.snowplowanalytics.snowplow.badrows/TYPE/jsonschema/VERSION}).
 *
 * <p>Every bad row keeps its original payload. Failure timestamps are the run's ETL timestamp,
 * so that re-running a run writes the same bytes.
 */
public sealed interface BadRow {

  String VENDOR = "com.snowplowanalytics.snowplow.badrows";

  /** The self-describing schema of this bad row. */
  SchemaKey schemaKey();

  Processor processor();

  /** The bad row type, e.g. {@code schema_violations}. */
  default String type() {
    return schemaKey().name();
  }

  /** One line of JSON. */
  default String toJson() {
    return BadRowJson.write(this);
  }

  private static SchemaKey key(String name, int model, int revision, int addition) {
    return new SchemaKey(VENDOR, name, "jsonschema", new SchemaVer(model, revision, addition));
  }

  /** The raw record cannot be read as a collector payload. */
  record CollectorPayloadFormatViolation(Processor processor, Instant timestamp, String loader,
      FailureMessage message, String payload) implements BadRow {
    public SchemaKey schemaKey() {
      return key("collector_payload_format_violation", 1, 0, 0);
    }
  }

  /** A webhook or other API adapter could not turn the payload into events. */
  record AdapterFailures(Processor processor, Instant timestamp, String vendor, String version,
      List<FailureMessage> messages, RawPayload payload) implements BadRow {
    public AdapterFailures {
      messages = List.copyOf(messages);
    }

    public SchemaKey schemaKey() {
      return key("adapter_failures", 1, 0, 0);
    }
  }

  /** A tracker protocol parameter is missing or malformed. */
  record TrackerProtocolViolations(Processor processor, Instant timestamp, String vendor, String version,
      List<FailureMessage> messages, RawPayload payload) implements BadRow {
    public TrackerProtocolViolations {
      messages = List.copyOf(messages);
    }

    public SchemaKey schemaKey() {
      return key("tracker_protocol_violations", 1, 0, 0);
    }
  }

  /** Self-describing JSON that does not resolve or validate; every failure is listed. */
  record SchemaViolations(Processor processor, Instant timestamp, List<FailureMessage> messages,
      RawPayload payload) implements BadRow {
    public SchemaViolations {
      messages = List.copyOf(messages);
    }

    public SchemaKey schemaKey() {
      return key("schema_violations", 2, 0, 0);
    }
  }

  /** An enrichment failed for the event. */
  record EnrichmentFailures(Processor processor, Instant timestamp, List<FailureMessage> messages,
      RawPayload payload) implements BadRow {
    public EnrichmentFailures {
      messages = List.copyOf(messages);
    }

    public SchemaKey schemaKey() {
      return key("enrichment_failures", 2, 0, 0);
    }
  }

  /** The record (or what would be written) is larger than allowed. */
  record SizeViolation(Processor processor, Instant timestamp, long maximumAllowedSizeBytes,
      long actualSizeBytes, String expectation, String payload) implements BadRow {
    public SchemaKey schemaKey() {
      return key("size_violation", 1, 0, 0);
    }
  }

  /** Anything else the enrich job meets. */
  record GenericError(Processor processor, Instant timestamp, List<String> errors, String payload)
      implements BadRow {
    public GenericError {
      errors = List.copyOf(errors);
    }

    public SchemaKey schemaKey() {
      return key("generic_error", 1, 0, 0);
    }
  }

  /** The shredder could not read an enriched line. */
  record LoaderParsingError(Processor processor, ParsingFailure failure, String payload) implements BadRow {
    public SchemaKey schemaKey() {
      return key("loader_parsing_error", 2, 0, 0);
    }
  }

  /** The shredder could not resolve the schemas of an event's entities. */
  record LoaderIgluError(Processor processor, List<FailureMessage> failure, String payload) implements BadRow {
    public LoaderIgluError {
      failure = List.copyOf(failure);
    }

    public SchemaKey schemaKey() {
      return key("loader_iglu_error", 2, 0, 1);
    }
  }

  /** Anything else the shredder meets. */
  record LoaderRuntimeError(Processor processor, String error, String payload) implements BadRow {
    public SchemaKey schemaKey() {
      return key("loader_runtime_error", 1, 0, 1);
    }
  }
}
