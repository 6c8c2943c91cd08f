package io.sparkplow.iglu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds registry folders and resolver configurations for tests. */
final class TestSchemas {

  static final String META = SchemaCompiler.IGLU_META_URI;

  private TestSchemas() {}

  /** A small object schema whose description tells where it was served from. */
  static String schema(String vendor, String name, String version, String description) {
    return """
        {"$schema": "%s",
         "description": "%s",
         "self": {"vendor": "%s", "name": "%s", "format": "jsonschema", "version": "%s"},
         "type": "object",
         "properties": {"id": {"type": "string"}},
         "additionalProperties": true}
        """.formatted(META, description, vendor, name, version);
  }

  /** Writes {@code root/schemas/VENDOR/NAME/jsonschema/VERSION}. */
  static Path write(Path root, String vendor, String name, String version, String content) throws IOException {
    Path file = root.resolve("schemas").resolve(vendor).resolve(name).resolve("jsonschema").resolve(version);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  static Path write(Path root, String vendor, String name, String version) throws IOException {
    return write(root, vendor, name, version, schema(vendor, name, version, root.getFileName() + " " + version));
  }

  static SchemaKey key(String uri) {
    return SchemaKey.parse(uri).orElseThrow();
  }

  /** A resolver-config 1-0-3 document. */
  static String config(int cacheSize, String ttl, String... repositories) {
    return """
        {"schema": "iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-3",
         "data": {"cacheSize": %d, %s "repositories": [%s]}}
        """.formatted(cacheSize, ttl == null ? "" : "\"cacheTtl\": " + ttl + ",", String.join(",", repositories));
  }

  static String embedded(String name, int priority, String path, String... prefixes) {
    return """
        {"name": "%s", "priority": %d, "vendorPrefixes": [%s], "connection": {"embedded": {"path": "%s"}}}
        """.formatted(name, priority, quoted(prefixes), path);
  }

  static String http(String name, int priority, String uri, String... prefixes) {
    return """
        {"name": "%s", "priority": %d, "vendorPrefixes": [%s], "connection": {"http": {"uri": "%s"}}}
        """.formatted(name, priority, quoted(prefixes), uri);
  }

  private static String quoted(String... values) {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      sb.append(sb.length() == 0 ? "" : ",").append('"').append(v).append('"');
    }
    return sb.toString();
  }
}
