package io.sparkplow.iglu;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.ConfigurationException;
import io.sparkplow.Result;
import io.sparkplow.enrich.Secret;
import io.sparkplow.json.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a resolver configuration field by field, so that every error names its path
 * ({@code data.repositories[1].connection.http.uri}). Unknown fields are errors too: the
 * resolver-config schemas forbid them, and a misspelt {@code cacheTtl} must not pass silently.
 */
final class ResolverConfigReader {

  private static final int LAST_ADDITION = 3;
  private static final SchemaVer FIRST_WITH_TTL = new SchemaVer(1, 0, 2);

  private final String source;

  ResolverConfigReader(String source) {
    this.source = source;
  }

  ResolverConfig read(String json) {
    Result<JsonNode, String> parsed = Json.parse(json);
    if (!parsed.isOk()) {
      throw error("(document)", "not valid JSON: " + parsed.error());
    }
    JsonNode root = parsed.value();
    if (!root.isObject()) {
      throw error("(document)", "expected a self-describing JSON object, found " + type(root));
    }
    onlyFields(root, "", Set.of("schema", "data"));
    SchemaVer version = version(root.path("schema"));
    JsonNode data = object(root.path("data"), "data");
    onlyFields(data, "data", Set.of("cacheSize", "cacheTtl", "repositories"));

    int cacheSize = integer(data.path("cacheSize"), "data.cacheSize", true).orElseThrow();
    if (cacheSize < 0) {
      throw error("data.cacheSize", "must be 0 or more, found " + cacheSize);
    }
    int cacheTtl = 0;
    JsonNode ttl = data.path("cacheTtl");
    if (!ttl.isMissingNode() && version.compareTo(FIRST_WITH_TTL) < 0) {
      throw error("data.cacheTtl", "needs resolver-config 1-0-2 or later, this document is " + version);
    }
    Optional<Integer> ttlValue = integer(ttl, "data.cacheTtl", false);
    if (ttlValue.isPresent()) {
      if (ttlValue.get() < 1) {
        throw error("data.cacheTtl", "must be at least 1 (seconds), found " + ttlValue.get());
      }
      cacheTtl = ttlValue.get();
    }

    JsonNode repos = data.path("repositories");
    if (!repos.isArray()) {
      throw error("data.repositories", repos.isMissingNode() ? "required array is missing"
          : "expected an array, found " + type(repos));
    }
    List<RepositoryConfig> repositories = new ArrayList<>(repos.size());
    for (int i = 0; i < repos.size(); i++) {
      repositories.add(repository(repos.get(i), "data.repositories[" + i + "]"));
    }
    return new ResolverConfig(source, version, cacheSize, cacheTtl, repositories);
  }

  private SchemaVer version(JsonNode schema) {
    String expected = "expected " + ResolverConfig.SCHEMA_PREFIX + "1-0-0 to 1-0-" + LAST_ADDITION;
    if (!schema.isTextual()) {
      throw error("schema", schema.isMissingNode() ? "required string is missing (" + expected + ")"
          : expected + ", found " + type(schema));
    }
    String uri = schema.textValue();
    Optional<SchemaVer> version = uri.startsWith(ResolverConfig.SCHEMA_PREFIX)
        ? SchemaVer.parse(uri.substring(ResolverConfig.SCHEMA_PREFIX.length())) : Optional.empty();
    if (version.isEmpty() || version.get().model() != 1 || version.get().revision() != 0
        || version.get().addition() > LAST_ADDITION) {
      throw error("schema", expected + ", found " + uri);
    }
    return version.get();
  }

  private RepositoryConfig repository(JsonNode node, String path) {
    object(node, path);
    onlyFields(node, path, Set.of("name", "priority", "vendorPrefixes", "connection"));
    String name = text(node.path("name"), path + ".name");
    if (name.isBlank()) {
      throw error(path + ".name", "must not be empty");
    }
    int priority = integer(node.path("priority"), path + ".priority", true).orElseThrow();
    List<String> prefixes = textList(node.path("vendorPrefixes"), path + ".vendorPrefixes");
    return new RepositoryConfig(name, priority, prefixes, connection(node.path("connection"), path + ".connection"));
  }

  private RepositoryConfig.Connection connection(JsonNode node, String path) {
    object(node, path);
    onlyFields(node, path, Set.of("http", "embedded"));
    if (node.size() != 1) {
      throw error(path, "expected exactly one of \"http\" or \"embedded\"");
    }
    if (node.has("embedded")) {
      JsonNode embedded = object(node.get("embedded"), path + ".embedded");
      onlyFields(embedded, path + ".embedded", Set.of("path"));
      String folder = text(embedded.path("path"), path + ".embedded.path");
      if (folder.isBlank()) {
        throw error(path + ".embedded.path", "must not be empty");
      }
      return new RepositoryConfig.Embedded(folder);
    }
    JsonNode http = object(node.get("http"), path + ".http");
    onlyFields(http, path + ".http", Set.of("uri", "apikey"));
    URI uri = httpUri(text(http.path("uri"), path + ".http.uri"), path + ".http.uri");
    JsonNode key = http.path("apikey");
    Optional<Secret> apikey = Optional.empty();
    if (!key.isMissingNode() && !key.isNull()) {
      if (!key.isTextual() || key.textValue().isEmpty()) {
        // The value is a secret: say what is wrong with it without showing it.
        throw error(path + ".http.apikey", "expected a non-empty string or null");
      }
      apikey = Optional.of(new Secret(key.textValue()));
    }
    return new RepositoryConfig.Http(uri, apikey);
  }

  /** An absolute http(s) URI with a host; a trailing slash is dropped so paths join cleanly. */
  private URI httpUri(String text, String path) {
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw error(path, "not a valid URI: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw error(path, "expected an absolute http:// or https:// URI with a host, found " + text);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw error(path, "must not have a query or a fragment: " + text);
    }
    String s = uri.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return URI.create(s);
  }

  private JsonNode object(JsonNode node, String path) {
    if (!node.isObject()) {
      throw error(path, node.isMissingNode() ? "required object is missing" : "expected an object, found " + type(node));
    }
    return node;
  }

  private String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw error(path, node.isMissingNode() ? "required string is missing" : "expected a string, found " + type(node));
    }
    return node.textValue();
  }

  private Optional<Integer> integer(JsonNode node, String path, boolean required) {
    if (node.isMissingNode() || node.isNull()) {
      if (required) {
        throw error(path, "required integer is missing");
      }
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error(path, "expected an integer, found " + (node.isNumber() ? node.toString() : type(node)));
    }
    return Optional.of(node.intValue());
  }

  private List<String> textList(JsonNode node, String path) {
    if (!node.isArray()) {
      throw error(path, node.isMissingNode() ? "required array is missing (use [] for none)"
          : "expected an array of strings, found " + type(node));
    }
    List<String> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(text(node.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  private void onlyFields(JsonNode object, String path, Set<String> allowed) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw error(path.isEmpty() ? name : path + "." + name,
            "unknown field (expected " + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  private static String type(JsonNode node) {
    return node.getNodeType().name().toLowerCase();
  }

  private ConfigurationException error(String field, String problem) {
    return new ConfigurationException(source, field, problem);
  }
}
