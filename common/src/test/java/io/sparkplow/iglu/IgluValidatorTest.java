package io.sparkplow.iglu;

import static io.sparkplow.iglu.TestSchemas.config;
import static io.sparkplow.iglu.TestSchemas.embedded;
import static io.sparkplow.iglu.TestSchemas.http;
import static io.sparkplow.iglu.TestSchemas.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.FailureMessage.DataReport;
import io.sparkplow.badrow.FailureMessage.LookupAttempt;
import io.sparkplow.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgluValidatorTest {

  private static final String CHECKOUT = """
      {"$schema": "%s",
       "self": {"vendor": "com.acme", "name": "checkout", "format": "jsonschema", "version": "1-0-0"},
       "type": "object",
       "properties": {
         "orderId": {"type": "string", "format": "uuid"},
         "total": {"type": "number", "minimum": 0},
         "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
         "email": {"type": ["string", "null"], "format": "email"},
         "placedAt": {"type": "string", "format": "date-time"},
         "shop": {"type": "string", "format": "hostname"},
         "items": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/item"}}
       },
       "required": ["orderId", "total", "items"],
       "additionalProperties": false,
       "definitions": {
         "item": {"type": "object",
                  "properties": {"sku": {"type": "string"}, "quantity": {"type": "integer", "minimum": 1}},
                  "required": ["sku", "quantity"]}}}
      """.formatted(TestSchemas.META);

  private static final String VALID = """
      {"schema": "iglu:com.acme/checkout/jsonschema/1-0-0",
       "data": {"orderId": "1b4e28ba-2fa1-11d2-883f-0016cb8e9b5c", "total": 42.5, "currency": "EUR",
                "email": "ana@shop.com", "placedAt": "2024-03-01T10:15:30.123Z", "shop": "shop.example",
                "items": [{"sku": "A-1", "quantity": 2}]}}
      """;

  @TempDir
  Path tmp;

  private TestHttpRegistry server;
  private Resolver resolver;
  private IgluValidator validator;

  @BeforeEach
  void setUp() throws IOException {
    server = new TestHttpRegistry();
    Path local = tmp.resolve("local");
    TestSchemas.write(local, "com.acme", "checkout", "1-0-0", CHECKOUT);
    TestSchemas.write(local, "com.acme", "remote_ref", "1-0-0", """
        {"$schema": "%s", "type": "object",
         "properties": {"address": {"$ref": "%s/schemas/com.acme/address/jsonschema/1-0-0#"}}}
        """.formatted(TestSchemas.META, server.uri()));
    TestSchemas.write(local, "com.acme", "broken", "1-0-0", """
        {"$schema": "%s", "type": "strng"}
        """.formatted(TestSchemas.META));
    server.schema("com.acme", "address", "1-0-0");
    resolver = Resolver.create(ResolverConfig.parse("r.json", config(100, null, embedded("local", 0, local.toString()))));
    validator = new IgluValidator(resolver);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private static JsonNode json(String text) {
    return Json.parse(text).value();
  }

  @Test
  void acceptsAValidEntity() {
    assertEquals(List.of(), validator.validate(json(VALID)));
  }

  @Test
  void reportsEveryViolation() {
    JsonNode invalid = json("""
        {"schema": "iglu:com.acme/checkout/jsonschema/1-0-0",
         "data": {"orderId": "not-a-uuid", "currency": "eur", "coupon": "SPRING",
                  "items": [{"sku": "A-1", "quantity": 0}, {"quantity": 1}]}}
        """);
    List<FailureMessage> failures = validator.validate(invalid);
    assertEquals(1, failures.size());
    FailureMessage.ValidationError error = assertInstanceOf(FailureMessage.ValidationError.class, failures.get(0));
    assertEquals(key("iglu:com.acme/checkout/jsonschema/1-0-0"), error.schemaKey());
    List<String> found = error.dataReports().stream().map(r -> r.path() + " " + r.keyword()).sorted().toList();
    assertEquals(List.of("$ additionalProperties", "$ required", "$.currency pattern", "$.items[0].quantity minimum",
        "$.items[1] required", "$.orderId format"), found);
    DataReport missingTotal = error.dataReports().stream().filter(r -> r.path().equals("$") && r.keyword().equals("required"))
        .findFirst().orElseThrow();
    assertEquals(List.of("total"), missingTotal.targets());
    assertTrue(missingTotal.message().contains("total"), missingTotal.message());
    DataReport coupon = error.dataReports().stream().filter(r -> r.keyword().equals("additionalProperties")).findFirst().orElseThrow();
    assertEquals(List.of("coupon"), coupon.targets());
  }

  @Test
  void checksFormatsOffline() {
    JsonNode bad = json(VALID.replace("ana@shop.com", "ana at shop").replace("2024-03-01T10:15:30.123Z", "yesterday")
        .replace("\"shop.example\"", "\"-shop-.example\""));
    FailureMessage.ValidationError error = assertInstanceOf(FailureMessage.ValidationError.class, validator.validate(bad).get(0));
    assertEquals(List.of("$.email format", "$.placedAt format", "$.shop format"),
        error.dataReports().stream().map(r -> r.path() + " " + r.keyword()).sorted().toList());
  }

  @Test
  void validatesDataAgainstAKey() {
    SchemaKey checkout = key("iglu:com.acme/checkout/jsonschema/1-0-0");
    assertEquals(List.of(), validator.validateData(checkout, json(VALID).get("data")));
    FailureMessage.ValidationError error = assertInstanceOf(FailureMessage.ValidationError.class,
        validator.validateData(checkout, json("[]")).get(0));
    assertEquals(List.of(new DataReport("$", "type", "$: array found, object expected", List.of("array", "object"))),
        error.dataReports());
  }

  @Test
  void rejectsJsonThatIsNotSelfDescribing() {
    assertNotIglu("[1, 2]", "found array");
    assertNotIglu("{\"data\": {}}", "missing \"schema\"");
    assertNotIglu("{\"schema\": 5, \"data\": {}}", "\"schema\" must be a string");
    assertNotIglu("{\"schema\": \"iglu:com.acme/checkout/jsonschema/1-0\", \"data\": {}}", "invalid schema URI");
    assertNotIglu("{\"schema\": \"http://iglucentral.com/com.acme/checkout/jsonschema/1-0-0\", \"data\": {}}", "invalid schema URI");
    assertNotIglu("{\"schema\": \"iglu:com.acme/checkout/jsonschema/1-0-0\"}", "missing \"data\"");
  }

  private void assertNotIglu(String text, String expected) {
    List<FailureMessage> failures = validator.validate(json(text), "contexts");
    FailureMessage.NotIglu notIglu = assertInstanceOf(FailureMessage.NotIglu.class, failures.get(0));
    assertEquals(1, failures.size());
    assertEquals("contexts", notIglu.field());
    assertEquals(Json.compact(json(text)), notIglu.json());
    assertTrue(notIglu.error().contains(expected), notIglu.error());
  }

  @Test
  void reportsAnUnresolvedSchemaWithItsLookupHistory() {
    List<FailureMessage> failures = validator.validate(json("{\"schema\": \"iglu:com.acme/checkout/jsonschema/1-0-1\", \"data\": {}}"));
    assertEquals(List.of(new FailureMessage.ResolutionError(key("iglu:com.acme/checkout/jsonschema/1-0-1"),
        List.of(new LookupAttempt(Resolver.BUNDLED_NAME, "NotFound"), new LookupAttempt("local", "NotFound")))), failures);
  }

  @Test
  void anUnreachableRepositoryGivesAResolutionError() throws IOException {
    Resolver unreachable = Resolver.create(ResolverConfig.parse("r.json",
        config(10, null, http("Iglu Central", 0, TestHttpRegistry.closedPortUri()))),
        new Resolver.Options(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10)));
    List<FailureMessage> failures = new IgluValidator(unreachable).validate(json(VALID));
    FailureMessage.ResolutionError error = assertInstanceOf(FailureMessage.ResolutionError.class, failures.get(0));
    assertEquals("Iglu Central", error.lookupHistory().get(1).repository());
    assertTrue(error.lookupHistory().get(1).error().startsWith(Resolver.REPO_FAILURE), error.toString());
  }

  @Test
  void neverFetchesARemoteRef() {
    List<FailureMessage> failures = validator.validate(json("{\"schema\": \"iglu:com.acme/remote_ref/jsonschema/1-0-0\", \"data\": {\"address\": 1}}"));
    FailureMessage.ValidationError error = assertInstanceOf(FailureMessage.ValidationError.class, failures.get(0));
    DataReport report = error.dataReports().get(0);
    assertEquals(IgluValidator.INVALID_SCHEMA, report.keyword());
    assertTrue(report.message().contains("not allowed to be loaded"), report.message());
    assertEquals(List.of(), server.requests);
  }

  @Test
  void anInvalidSchemaFailsTheEntity() {
    List<FailureMessage> failures = validator.validate(json("{\"schema\": \"iglu:com.acme/broken/jsonschema/1-0-0\", \"data\": {}}"));
    DataReport report = assertInstanceOf(FailureMessage.ValidationError.class, failures.get(0)).dataReports().get(0);
    assertEquals(IgluValidator.INVALID_SCHEMA, report.keyword());
    assertTrue(report.message().contains("not a valid draft-04 JSON Schema"), report.message());
  }

  @Test
  void compilesEachSchemaOnce() throws Exception {
    JsonNode valid = json(VALID);
    JsonNode invalid = json(VALID.replace("\"total\": 42.5", "\"total\": -1"));
    List<Boolean> results = ResolverTest.runConcurrently(6, t -> {
      boolean ok = true;
      for (int i = 0; i < 200; i++) {
        ok &= validator.validate(valid).isEmpty();
        ok &= validator.validate(invalid).size() == 1;
      }
      return ok;
    });
    assertEquals(List.of(true, true, true, true, true, true), results);
    // Threads racing on the first validation may each compile once; never per event.
    assertTrue(validator.compilations() >= 1 && validator.compilations() <= 6, "compiled " + validator.compilations());
    int before = validator.compilations();
    validator.validate(valid);
    assertEquals(before, validator.compilations());
  }

  @Test
  void recompilesWhenTheRegistryChangesTheSchema() {
    AtomicReference<String> current = new AtomicReference<>(CHECKOUT);
    SchemaLookup changing = new SchemaLookup() {
      @Override
      public Result<JsonNode, List<LookupAttempt>> lookup(SchemaKey key) {
        return Result.ok(json(current.get())); // a fresh tree each time, as after a cache expiry
      }

      @Override
      public Result<List<SchemaKey>, List<LookupAttempt>> listModel(String vendor, String name, String format, int model) {
        return Result.err(List.of());
      }
    };
    IgluValidator v = new IgluValidator(changing);
    assertEquals(List.of(), v.validate(json(VALID)));
    assertEquals(List.of(), v.validate(json(VALID)));
    assertEquals(1, v.compilations()); // an equal tree is not compiled again
    current.set(CHECKOUT.replace("\"minimum\": 0}", "\"minimum\": 100}"));
    assertEquals(1, v.validate(json(VALID)).size());
    assertEquals(2, v.compilations());
  }
}
