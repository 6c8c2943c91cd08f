package io.sparkplow.iglu;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.DisallowSchemaLoader;
import io.sparkplow.Result;
import io.sparkplow.json.Json;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns Iglu JSON Schemas into networknt validators, offline.
 *
 * <p>The Iglu meta-schema URI is registered as draft-04 with {@code self} as a non-validation
 * keyword, so it is never downloaded. Every other schema document a {@code $ref} names is refused
 * (a remote {@code $ref} fails the schema) except the meta-schemas the library carries on its
 * classpath. Formats are checked in code (no DNS, no network). Thread-safe.
 */
final class SchemaCompiler {

  /** The meta-schema every Iglu schema names in {@code $schema}; must match exactly, '#' included. */
  static final String IGLU_META_URI =
      "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#";
  static final String DRAFT_04_URI = "http://json-schema.org/draft-04/schema#";

  static final SchemaCompiler INSTANCE = new SchemaCompiler();

  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config;
  private final JsonSchema draft04;

  private SchemaCompiler() {
    JsonMetaSchema iglu = JsonMetaSchema.builder(IGLU_META_URI, JsonMetaSchema.getV4())
        .keyword(new NonValidationKeyword("self"))
        .build();
    this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b
        .metaSchema(iglu)
        .jsonMapper(Json.MAPPER)
        .schemaLoaders(loaders -> loaders.add(iri -> {
          String s = iri.toString();
          // The library maps the standard meta-schemas to its own "classpath:" copies.
          if (s.startsWith("classpath:") || s.startsWith("resource:")) {
            return null;
          }
          return DisallowSchemaLoader.getInstance().getSchema(iri);
        })));
    this.config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_PATH)
        .formatAssertionsEnabled(true)
        .locale(Locale.ENGLISH)
        .failFast(false)
        .typeLoose(false)
        .build();
    this.draft04 = factory.getSchema(SchemaLocation.of(DRAFT_04_URI), config);
    this.draft04.initializeValidators();
  }

  /**
   * A validator for a JSON Schema, or why it cannot be used (not a valid draft-04 schema, a
   * {@code $ref} to a document that is not in the schema).
   */
  Result<JsonSchema, String> compile(JsonNode schema) {
    try {
      Set<ValidationMessage> metaErrors = draft04.validate(schema);
      if (!metaErrors.isEmpty()) {
        return Result.err("not a valid draft-04 JSON Schema: "
            + metaErrors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")));
      }
      JsonSchema compiled = factory.getSchema(schema, config);
      compiled.initializeValidators(); // resolves every $ref now, so a bad one fails here
      return Result.ok(compiled);
    } catch (RuntimeException e) {
      return Result.err("cannot compile the schema: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }
  }
}
