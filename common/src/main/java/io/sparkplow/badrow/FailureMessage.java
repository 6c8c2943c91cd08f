package io.sparkplow.badrow;

import io.sparkplow.iglu.SchemaKey;
import java.util.List;
import java.util.Optional;

/**
 * One reason a record or event failed, as written in a bad row's {@code failure.messages}.
 * The JSON shapes follow Snowplow's bad row schemas (see {@link BadRowJson}).
 */
public sealed interface FailureMessage {

  /** A field holds a value that does not meet an expectation (a malformed number, a missing e). */
  record InputData(String field, Optional<String> value, String expectation) implements FailureMessage {}

  /** A field that must hold JSON does not. */
  record NotJson(String field, Optional<String> value, String error) implements FailureMessage {}

  /** JSON that must be self-describing ({@code schema} + {@code data}) is not. */
  record NotIglu(String field, String json, String error) implements FailureMessage {}

  /** An entity names a schema that no repository could give. */
  record ResolutionError(SchemaKey schemaKey, List<LookupAttempt> lookupHistory) implements FailureMessage {}

  /** An entity does not validate against its schema; every violation is listed. */
  record ValidationError(SchemaKey schemaKey, List<DataReport> dataReports) implements FailureMessage {}

  /** An enrichment failed for this event. {@code enrichment} is its configuration's schema key or name. */
  record EnrichmentError(String enrichment, String message) implements FailureMessage {}

  /** Anything else, as a message. */
  record Error(String error) implements FailureMessage {}

  /** What one repository answered during a failed lookup. */
  record LookupAttempt(String repository, String error) {}

  /** One JSON Schema violation: where, which keyword, and the message. */
  record DataReport(String path, String keyword, String message, List<String> targets) {}
}
