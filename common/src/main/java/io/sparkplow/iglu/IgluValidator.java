package io.sparkplow.iglu;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.FailureMessage.DataReport;
import io.sparkplow.badrow.FailureMessage.LookupAttempt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates self-describing JSON against the schema it names, resolved through a
 * {@link SchemaLookup} (networknt json-schema-validator, draft-04 semantics). Thread-safe: build
 * one per JVM and share it.
 *
 * <p>Each schema is compiled once and kept per {@link SchemaKey}; it is compiled again only when
 * the lookup returns a different schema for the key (after the resolver's cache expired and the
 * registry changed). A schema that cannot be compiled (not valid draft-04, a remote {@code $ref})
 * makes a {@link FailureMessage.ValidationError} with one report of keyword
 * {@value #INVALID_SCHEMA}.
 */
public final class IgluValidator implements EntityValidator {

  /** The keyword of the report when the schema itself is unusable. */
  public static final String INVALID_SCHEMA = "invalidSchema";
  /** The field named by {@link FailureMessage.NotIglu} when {@link #validate(JsonNode)} is used. */
  public static final String DEFAULT_FIELD = "entity";

  /** Far more schemas than a pipeline uses; past it the compiled cache starts over. */
  private static final int MAX_COMPILED = 10_000;

  private final SchemaLookup lookup;
  private final SchemaCompiler compiler = SchemaCompiler.INSTANCE;
  private final ConcurrentHashMap<SchemaKey, Compiled> compiled = new ConcurrentHashMap<>();
  private final AtomicInteger compilations = new AtomicInteger();

  public IgluValidator(SchemaLookup lookup) {
    this.lookup = lookup;
  }

  @Override
  public List<FailureMessage> validate(JsonNode selfDescribing) {
    return validate(selfDescribing, DEFAULT_FIELD);
  }

  /**
   * Validates {@code {"schema": "iglu:...", "data": ...}}: empty when valid, else one failure
   * (not self-describing, not resolved, or every violation).
   *
   * @param field the field the JSON came from, named when it is not self-describing
   */
  public List<FailureMessage> validate(JsonNode selfDescribing, String field) {
    Result<SelfDescribing, FailureMessage> parsed = SelfDescribing.parse(selfDescribing, field);
    if (!parsed.isOk()) {
      return List.of(parsed.error());
    }
    return validateData(parsed.value().schema(), parsed.value().data());
  }

  /** Validates one {@code data} value against the schema of a key: empty when valid. */
  public List<FailureMessage> validateData(SchemaKey key, JsonNode data) {
    Result<JsonSchema, FailureMessage> schema = schema(key);
    if (!schema.isOk()) {
      return List.of(schema.error());
    }
    Set<ValidationMessage> messages;
    try {
      messages = schema.value().validate(data);
    } catch (RuntimeException e) {
      return List.of(invalidSchema(key, "validation failed: " + e));
    }
    if (messages.isEmpty()) {
      return List.of();
    }
    List<DataReport> reports = new ArrayList<>(messages.size());
    for (ValidationMessage m : messages) {
      reports.add(report(m));
    }
    return List.of(new FailureMessage.ValidationError(key, List.copyOf(reports)));
  }

  /** The compiled schema of a key, or the resolution or compilation failure. */
  private Result<JsonSchema, FailureMessage> schema(SchemaKey key) {
    Result<JsonNode, List<LookupAttempt>> resolved = lookup.lookup(key);
    if (!resolved.isOk()) {
      return Result.err(new FailureMessage.ResolutionError(key, resolved.error()));
    }
    JsonNode source = resolved.value();
    Compiled entry = compiled.get(key);
    if (entry == null || (entry.source != source && !entry.source.equals(source))) {
      if (compiled.size() >= MAX_COMPILED) {
        compiled.clear();
      }
      compilations.incrementAndGet();
      entry = new Compiled(source, compiler.compile(source));
      compiled.put(key, entry);
    }
    Result<JsonSchema, String> result = entry.schema;
    if (!result.isOk()) {
      return Result.err(invalidSchema(key, result.error()));
    }
    return Result.ok(result.value());
  }

  /** How many schemas were compiled so far (to check that compiling happens once per schema). */
  int compilations() {
    return compilations.get();
  }

  private static FailureMessage invalidSchema(SchemaKey key, String message) {
    return new FailureMessage.ValidationError(key,
        List.of(new DataReport("$", INVALID_SCHEMA, "schema " + key.toUri() + ": " + message, List.of())));
  }

  private static DataReport report(ValidationMessage m) {
    Object[] arguments = m.getArguments();
    List<String> targets = new ArrayList<>(arguments == null ? 0 : arguments.length);
    if (arguments != null) {
      for (Object a : arguments) {
        targets.add(String.valueOf(a));
      }
    }
    String path = m.getInstanceLocation() == null ? "$" : m.getInstanceLocation().toString();
    return new DataReport(path, m.getType(), m.getMessage(), List.copyOf(targets));
  }

  /** A schema and what compiling it gave; {@code source} tells whether the lookup still agrees. */
  private record Compiled(JsonNode source, Result<JsonSchema, String> schema) {}
}
