package io.sparkplow.shredjob;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small Iglu registry on disk (an embedded repository folder) and its resolver configuration:
 * a link_click event in three versions of model 1, a session context and a geolocation context.
 */
final class TestRegistry {

  static final String LINK_CLICK_1_0_0 = """
      {"$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
       "self": {"vendor": "com.acme", "name": "link_click", "format": "jsonschema", "version": "1-0-0"},
       "type": "object",
       "properties": {
         "targetUrl": {"type": "string", "minLength": 1, "maxLength": 4096},
         "elementId": {"type": ["string", "null"], "maxLength": 255}
       },
       "required": ["targetUrl"],
       "additionalProperties": false}
      """;

  static final String LINK_CLICK_1_0_1 = """
      {"$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
       "self": {"vendor": "com.acme", "name": "link_click", "format": "jsonschema", "version": "1-0-1"},
       "type": "object",
       "properties": {
         "targetUrl": {"type": "string", "minLength": 1, "maxLength": 4096},
         "elementId": {"type": ["string", "null"], "maxLength": 255},
         "elementClasses": {"type": ["array", "null"], "items": {"type": "string"}}
       },
       "required": ["targetUrl"],
       "additionalProperties": false}
      """;

  static final String LINK_CLICK_1_1_0 = """
      {"$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
       "self": {"vendor": "com.acme", "name": "link_click", "format": "jsonschema", "version": "1-1-0"},
       "type": "object",
       "properties": {
         "targetUrl": {"type": "string", "minLength": 1, "maxLength": 4096},
         "elementId": {"type": ["string", "null"], "maxLength": 255},
         "elementClasses": {"type": ["array", "null"], "items": {"type": "string"}},
         "clickCount": {"type": ["integer", "null"], "minimum": 0, "maximum": 1000}
       },
       "required": ["targetUrl"],
       "additionalProperties": false}
      """;

  static final String SESSION = """
      {"$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
       "self": {"vendor": "com.acme", "name": "clientSession", "format": "jsonschema", "version": "1-0-0"},
       "type": "object",
       "properties": {
         "sessionId": {"type": "string", "format": "uuid"},
         "sessionIndex": {"type": "integer", "minimum": 1, "maximum": 2147483647},
         "firstEventAt": {"type": ["string", "null"], "format": "date-time"}
       },
       "required": ["sessionId", "sessionIndex"]}
      """;

  static final String GEOLOCATION = """
      {"$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
       "self": {"vendor": "com.acme.geo", "name": "geolocation", "format": "jsonschema", "version": "1-0-0"},
       "type": "object",
       "properties": {
         "latitude": {"type": "number", "minimum": -90, "maximum": 90},
         "longitude": {"type": "number", "minimum": -180, "maximum": 180}
       },
       "required": ["latitude", "longitude"]}
      """;

  private TestRegistry() {}

  /** Writes the registry under {@code root/registry} and returns the resolver configuration file. */
  static Path create(Path root) throws IOException {
    Path registry = root.resolve("registry");
    write(registry, "com.acme", "link_click", "1-0-0", LINK_CLICK_1_0_0);
    write(registry, "com.acme", "link_click", "1-0-1", LINK_CLICK_1_0_1);
    write(registry, "com.acme", "link_click", "1-1-0", LINK_CLICK_1_1_0);
    write(registry, "com.acme", "clientSession", "1-0-0", SESSION);
    write(registry, "com.acme.geo", "geolocation", "1-0-0", GEOLOCATION);
    Path config = root.resolve("resolver.json");
    Files.writeString(config, """
        {"schema": "iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-1",
         "data": {"cacheSize": 500, "repositories": [
           {"name": "test registry", "priority": 0, "vendorPrefixes": ["com.acme"],
            "connection": {"embedded": {"path": "%s"}}}]}}
        """.formatted(registry.toAbsolutePath()));
    return config;
  }

  private static void write(Path registry, String vendor, String name, String version, String schema)
      throws IOException {
    Path file = registry.resolve("schemas").resolve(vendor).resolve(name).resolve("jsonschema").resolve(version);
    Files.createDirectories(file.getParent());
    Files.writeString(file, schema);
  }
}
