package io.sparkplow.iglu;

import static io.sparkplow.iglu.TestSchemas.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.json.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry bundled in {@code /iglu-client-embedded}: complete, well-formed, usable. It holds
 * only what the jobs themselves need (the envelopes, and the duplicate context the shredder adds):
 * anything else would shadow the user's registries, whose copies are authoritative.
 */
class BundledSchemasTest {

  private static final List<String> EXPECTED = List.of(
      "com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0",
      "com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1",
      "com.snowplowanalytics.snowplow/duplicate/jsonschema/1-0-0",
      "com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-0",
      "com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-1",
      "com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-2",
      "com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-3",
      "com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4",
      "com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0");

  private final IgluValidator validator = new IgluValidator(Resolver.bundledOnly());

  /** Every bundled file, by its path under {@code schemas/}. */
  private static TreeMap<String, JsonNode> bundled() throws IOException, URISyntaxException {
    URL root = BundledSchemasTest.class.getResource(Resolver.BUNDLED_PATH + "/schemas");
    Path schemas = Path.of(root.toURI());
    TreeMap<String, JsonNode> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(schemas)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = schemas.relativize(file).toString().replace('\\', '/');
        files.put(relative, Json.parse(Files.readString(file)).value());
      }
    }
    return files;
  }

  @Test
  void holdsTheExpectedSchemas() throws Exception {
    assertEquals(EXPECTED, List.copyOf(bundled().keySet()));
  }

  @Test
  void everySchemaIsSelfDescribedValidDraft04AndCompiles() throws Exception {
    for (var entry : bundled().entrySet()) {
      String path = entry.getKey();
      JsonNode schema = entry.getValue();
      assertEquals(SchemaCompiler.IGLU_META_URI, schema.path("$schema").textValue(), path);
      JsonNode self = schema.path("self");
      String selfPath = self.path("vendor").textValue() + "/" + self.path("name").textValue() + "/"
          + self.path("format").textValue() + "/" + self.path("version").textValue();
      assertEquals(path, selfPath, "self of " + path);
      var compiled = SchemaCompiler.INSTANCE.compile(schema); // checks it against draft-04 first
      assertTrue(compiled.isOk(), () -> path + ": " + compiled.error());
      assertTrue(Resolver.bundledOnly().lookup(key("iglu:" + path)).isOk(), path);
    }
  }

  @Test
  void theDraft04CheckCatchesABrokenSchema() {
    JsonNode broken = Json.parse("{\"$schema\": \"" + SchemaCompiler.IGLU_META_URI + "\", \"required\": \"e\"}").value();
    assertTrue(!SchemaCompiler.INSTANCE.compile(broken).isOk());
  }

  private List<FailureMessage> validate(String json) {
    return validator.validate(Json.parse(json).value());
  }

  private List<String> reports(String json) {
    List<FailureMessage> failures = validate(json);
    assertEquals(1, failures.size(), failures::toString);
    return assertInstanceOf(FailureMessage.ValidationError.class, failures.get(0)).dataReports().stream()
        .map(r -> r.path() + " " + r.keyword()).sorted().toList();
  }

  @Test
  void payloadData104() {
    String schema = "\"schema\": \"iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4\"";
    assertEquals(List.of(), validate("{" + schema + ", \"data\": [{\"e\": \"pv\", \"p\": \"web\", \"tv\": \"js-3.1.0\","
        + " \"url\": \"https://shop.example/\", \"eid\": \"1b4e28ba-2fa1-11d2-883f-0016cb8e9b5c\", \"dtm\": \"1700000000000\","
        + " \"stm\": \"1700000000100\", \"cx\": \"eyJ9\", \"tnuid\": \"abc\"}, {\"e\": \"pp\", \"p\": \"web\", \"tv\": \"js-3.1.0\"}]}"));
    assertEquals(List.of("$ minItems"), reports("{" + schema + ", \"data\": []}"));
    assertEquals(List.of("$[0] additionalProperties", "$[0] required", "$[0].dtm type", "$[1] type"),
        reports("{" + schema + ", \"data\": [{\"e\": \"pv\", \"p\": \"web\", \"dtm\": 1700000000000, \"colour\": \"red\"}, \"pv\"]}"));
  }

  @Test
  void contextsAndUnstructEvent() {
    assertEquals(List.of(), validate("""
        {"schema": "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1",
         "data": [{"schema": "iglu:com.acme/user/jsonschema/1-0-0", "data": {"id": 1}}]}"""));
    assertEquals(List.of("$[0] additionalProperties", "$[0] required", "$[1].schema pattern"), reports("""
        {"schema": "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0",
         "data": [{"schema": "iglu:com.acme/user/jsonschema/1-0-0", "dat": {}},
                  {"schema": "com.acme/user/1-0-0", "data": {}}]}"""));
    assertEquals(List.of(), validate("""
        {"schema": "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0",
         "data": {"schema": "iglu:com.acme.shop/link_click/jsonschema/1-0-1", "data": {"targetUrl": "x"}}}"""));
    assertEquals(List.of("$ required"), reports("""
        {"schema": "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0",
         "data": {"data": {"targetUrl": "x"}}}"""));
  }

  @Test
  void derivedContexts() {
    assertEquals(List.of(), validate("""
        {"schema": "iglu:com.snowplowanalytics.snowplow/duplicate/jsonschema/1-0-0",
         "data": {"originalEventId": "1b4e28ba-2fa1-11d2-883f-0016cb8e9b5c"}}"""));
    assertEquals(List.of("$.originalEventId format"), reports("""
        {"schema": "iglu:com.snowplowanalytics.snowplow/duplicate/jsonschema/1-0-0",
         "data": {"originalEventId": "1b4e28ba"}}"""));
    assertEquals(List.of("$ required"), reports("""
        {"schema": "iglu:com.snowplowanalytics.snowplow/duplicate/jsonschema/1-0-0", "data": {}}"""));
  }
}
