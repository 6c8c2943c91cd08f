package io.sparkplow.iglu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Secret;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ResolverConfigTest {

  private static final String SNOWPLOW_EXAMPLE = """
      {"schema": "iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1",
       "data": {"cacheSize": 500,
        "repositories": [
         {"name": "Iglu Central", "priority": 0, "vendorPrefixes": ["com.snowplowanalytics"],
          "connection": {"http": {"uri": "http://iglucentral.com"}}},
         {"name": "Local", "priority": 1, "vendorPrefixes": [],
          "connection": {"embedded": {"path": "/iglu-local"}}}]}}
      """;

  @Test
  void parsesSnowplowsExample() {
    ResolverConfig config = ResolverConfig.parse("resolver.json", SNOWPLOW_EXAMPLE);
    assertEquals("resolver.json", config.source());
    assertEquals(new SchemaVer(1, 0, 1), config.version());
    assertEquals(500, config.cacheSize());
    assertEquals(Optional.empty(), config.cacheTtl());
    assertEquals(List.of(
        new RepositoryConfig("Iglu Central", 0, List.of("com.snowplowanalytics"),
            new RepositoryConfig.Http(URI.create("http://iglucentral.com"), Optional.empty())),
        new RepositoryConfig("Local", 1, List.of(), new RepositoryConfig.Embedded("/iglu-local"))),
        config.repositories());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1-0-0", "1-0-1", "1-0-2", "1-0-3"})
  void acceptsEveryVersion(String version) {
    ResolverConfig config = ResolverConfig.parse("r.json", SNOWPLOW_EXAMPLE.replace("1-0-1", version));
    assertEquals(SchemaVer.parse(version).orElseThrow(), config.version());
    assertEquals(2, config.repositories().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1-0-2", "1-0-3"})
  void readsCacheTtlFrom102(String version) {
    String json = SNOWPLOW_EXAMPLE.replace("1-0-1", version).replace("\"cacheSize\": 500,", "\"cacheSize\": 500, \"cacheTtl\": 600,");
    assertEquals(Optional.of(Duration.ofSeconds(600)), ResolverConfig.parse("r.json", json).cacheTtl());
    String nullTtl = SNOWPLOW_EXAMPLE.replace("1-0-1", version).replace("\"cacheSize\": 500,", "\"cacheSize\": 500, \"cacheTtl\": null,");
    assertEquals(Optional.empty(), ResolverConfig.parse("r.json", nullTtl).cacheTtl());
  }

  @Test
  void readsApikeyAndDropsTrailingSlash() {
    String json = SNOWPLOW_EXAMPLE.replace("\"uri\": \"http://iglucentral.com\"",
        "\"uri\": \"https://registry.acme.example/api/\", \"apikey\": \"f5e9a3d2-secret\"");
    RepositoryConfig.Http http = (RepositoryConfig.Http) ResolverConfig.parse("r.json", json).repositories().get(0).connection();
    assertEquals(URI.create("https://registry.acme.example/api"), http.uri());
    assertEquals("f5e9a3d2-secret", http.apikey().orElseThrow().reveal());
  }

  @Test
  void apikeyNeverShown() throws Exception {
    String json = SNOWPLOW_EXAMPLE.replace("\"uri\": \"http://iglucentral.com\"",
        "\"uri\": \"http://iglucentral.com\", \"apikey\": \"f5e9a3d2-secret\"");
    ResolverConfig config = ResolverConfig.parse("r.json", json);
    assertFalse(config.toString().contains("f5e9a3d2"), config.toString());
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> ResolverConfig.parse("r.json",
        json.replace("\"cacheSize\": 500", "\"cacheSize\": \"f5e9a3d2-secret\"")
            .replace("\"apikey\": \"f5e9a3d2-secret\"", "\"apikey\": 42")));
    assertFalse(e.getMessage().contains("42"), e.getMessage());
  }

  @Test
  void isSerializable() throws Exception {
    String json = SNOWPLOW_EXAMPLE.replace("1-0-1", "1-0-3").replace("\"cacheSize\": 500,", "\"cacheSize\": 500, \"cacheTtl\": 60,")
        .replace("\"uri\": \"http://iglucentral.com\"", "\"uri\": \"http://iglucentral.com\", \"apikey\": \"k\"");
    ResolverConfig config = ResolverConfig.parse("r.json", json);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(config);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ResolverConfig copy = (ResolverConfig) in.readObject();
      assertEquals(config, copy);
      assertEquals(new Secret("k"), ((RepositoryConfig.Http) copy.repositories().get(0).connection()).apikey().orElseThrow());
    }
  }

  /** Each broken document names the field at fault. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "(document)|not json",
      "(document)|[1, 2]",
      "schema|{\"data\": {}}",
      "schema|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-4\", \"data\": {}}",
      "schema|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/2-0-0\", \"data\": {}}",
      "schema|{\"schema\": 7, \"data\": {}}",
      "extra|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\", \"data\": {}, \"extra\": 1}",
      "data|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\"}",
      "data|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\", \"data\": []}",
      "data.cacheSize|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\", \"data\": {\"repositories\": []}}",
      "data.cacheSize|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\", \"data\": {\"cacheSize\": -1, \"repositories\": []}}",
      "data.cacheSize|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\", \"data\": {\"cacheSize\": 1.5, \"repositories\": []}}",
      "data.cacheTTL|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-2\", \"data\": {\"cacheSize\": 5, \"cacheTTL\": 5, \"repositories\": []}}",
      "data.cacheTtl|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\", \"data\": {\"cacheSize\": 5, \"cacheTtl\": 5, \"repositories\": []}}",
      "data.cacheTtl|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-3\", \"data\": {\"cacheSize\": 5, \"cacheTtl\": 0, \"repositories\": []}}",
      "data.cacheTtl|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-3\", \"data\": {\"cacheSize\": 5, \"cacheTtl\": \"1h\", \"repositories\": []}}",
      "data.repositories|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\", \"data\": {\"cacheSize\": 5}}",
      "data.repositories|{\"schema\": \"iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1\", \"data\": {\"cacheSize\": 5, \"repositories\": {}}}",
  })
  void namesTheFieldOfADocumentError(String field, String json) {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> ResolverConfig.parse("conf/resolver.json", json));
    assertEquals("conf/resolver.json", e.source());
    assertEquals(field, e.field());
    assertTrue(e.getMessage().startsWith("conf/resolver.json: " + field + ": "), e.getMessage());
  }

  /** Each broken second repository names its field, below {@code data.repositories[1]}. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "data.repositories[1]|7",
      "data.repositories[1].name|{\"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"embedded\": {\"path\": \"/x\"}}}",
      "data.repositories[1].name|{\"name\": \" \", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"embedded\": {\"path\": \"/x\"}}}",
      "data.repositories[1].priority|{\"name\": \"b\", \"vendorPrefixes\": [], \"connection\": {\"embedded\": {\"path\": \"/x\"}}}",
      "data.repositories[1].priority|{\"name\": \"b\", \"priority\": \"high\", \"vendorPrefixes\": [], \"connection\": {\"embedded\": {\"path\": \"/x\"}}}",
      "data.repositories[1].vendorPrefixes|{\"name\": \"b\", \"priority\": 0, \"connection\": {\"embedded\": {\"path\": \"/x\"}}}",
      "data.repositories[1].vendorPrefixes[1]|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [\"com.acme\", 3], \"connection\": {\"embedded\": {\"path\": \"/x\"}}}",
      "data.repositories[1].colour|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"colour\": \"red\", \"connection\": {\"embedded\": {\"path\": \"/x\"}}}",
      "data.repositories[1].connection|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": []}",
      "data.repositories[1].connection|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {}}",
      "data.repositories[1].connection|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"embedded\": {\"path\": \"/x\"}, \"http\": {\"uri\": \"http://a.b\"}}}",
      "data.repositories[1].connection.ftp|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"ftp\": {}}}",
      "data.repositories[1].connection.embedded|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"embedded\": \"/x\"}}",
      "data.repositories[1].connection.embedded.path|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"embedded\": {}}}",
      "data.repositories[1].connection.embedded.path|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"embedded\": {\"path\": \"\"}}}",
      "data.repositories[1].connection.http.uri|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"http\": {}}}",
      "data.repositories[1].connection.http.uri|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"http\": {\"uri\": \"iglucentral.com\"}}}",
      "data.repositories[1].connection.http.uri|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"http\": {\"uri\": \"ftp://iglucentral.com\"}}}",
      "data.repositories[1].connection.http.uri|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"http\": {\"uri\": \"http://bad host\"}}}",
      "data.repositories[1].connection.http.apikey|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"http\": {\"uri\": \"http://a.b\", \"apikey\": 5}}}",
      "data.repositories[1].connection.http.apiKey|{\"name\": \"b\", \"priority\": 0, \"vendorPrefixes\": [], \"connection\": {\"http\": {\"uri\": \"http://a.b\", \"apiKey\": \"k\"}}}",
  })
  void namesTheFieldOfARepositoryError(String field, String repository) {
    String json = """
        {"schema": "iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-3",
         "data": {"cacheSize": 5, "repositories": [
           {"name": "a", "priority": 0, "vendorPrefixes": [], "connection": {"http": {"uri": "http://a.example"}}},
           %s]}}
        """.formatted(repository);
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> ResolverConfig.parse("r.json", json));
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith("r.json: " + field + ": "), e.getMessage());
  }
}
