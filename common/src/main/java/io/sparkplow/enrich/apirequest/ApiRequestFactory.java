package io.sparkplow.enrich.apirequest;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.lookup.InputParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code api_request_enrichment_config} (1-0-0): {@code inputs} (each a {@code key} and a
 * {@code pojo} or {@code json} input), {@code api.http} ({@code method}, {@code uri} with
 * {@code {{key}}} placeholders, {@code timeout} in ms, {@code authentication} empty or
 * {@code httpBasic}), {@code outputs} ({@code schema} + {@code json.jsonPath}) and {@code cache}
 * ({@code size}, {@code ttl} in seconds).
 */
public final class ApiRequestFactory implements EnrichmentFactory {

  public static final String NAME = "api_request_enrichment_config";

  private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_-]+$");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0");
    ConfigFields f = new ConfigFields(config);
    f.requiredObject("parameters", Set.of("inputs", "api", "outputs", "cache"));

    JsonNode inputsNode = InputParser.inputs(f);
    List<ApiRequestSpec.NamedInput> inputs = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < inputsNode.size(); i++) {
      String path = "parameters.inputs[" + i + "]";
      String key = f.text(path + ".key");
      if (!KEY.matcher(key).matches()) {
        throw f.error(path + ".key", "a key is made of letters, digits, _ and -, found \"" + key + "\"");
      }
      if (!keys.add(key)) {
        throw f.error(path + ".key", "key \"" + key + "\" is used twice");
      }
      inputs.add(new ApiRequestSpec.NamedInput(key, InputParser.parse(f, path, "key")));
    }

    f.requiredObject("parameters.api", Set.of("http"));
    String http = "parameters.api.http";
    if (!f.has(http)) {
      throw f.error(http, "required HTTP API description is missing");
    }
    f.requiredObject(http, Set.of("method", "uri", "timeout", "authentication"));
    String method = f.text(http + ".method");
    if (!method.equals("GET") && !method.equals("POST") && !method.equals("PUT")) {
      throw f.error(http + ".method", "expected GET, POST or PUT, found \"" + method + "\"");
    }
    String uri = f.text(http + ".uri");
    UriTemplate template = new UriTemplate(uri);
    try {
      URI sample = new URI(template.fill(Map.of()).isPresent() ? uri
          : uri.replaceAll("\\{\\{[^}]*\\}\\}", "x"));
      if (!"http".equals(sample.getScheme()) && !"https".equals(sample.getScheme())) {
        throw f.error(http + ".uri", "expected an http: or https: URI");
      }
    } catch (URISyntaxException e) {
      throw f.error(http + ".uri", "not a valid URI template: " + e.getReason());
    }
    for (String used : template.keys()) {
      if (!keys.contains(used)) {
        throw f.error(http + ".uri", "{{" + used + "}} is not the key of an input");
      }
    }
    int timeout = f.integer(http + ".timeout");
    if (timeout < 1 || timeout > 60_000) {
      throw f.error(http + ".timeout", "expected milliseconds between 1 and 60000, found " + timeout);
    }
    if (!f.node(http + ".authentication").isObject()) {
      throw f.error(http + ".authentication", "required object is missing (use {} for none)");
    }
    f.requiredObject(http + ".authentication", Set.of("httpBasic"));
    ApiRequestSpec.Authentication auth = new ApiRequestSpec.NoAuthentication();
    String basic = http + ".authentication.httpBasic";
    if (f.has(basic)) {
      f.requiredObject(basic, Set.of("username", "password"));
      auth = new ApiRequestSpec.HttpBasic(f.text(basic + ".username"), f.secret(basic + ".password"));
    }

    JsonNode outputsNode = f.node("parameters.outputs");
    if (!outputsNode.isArray() || outputsNode.isEmpty()) {
      throw f.error("parameters.outputs", "at least one output is required");
    }
    List<ApiRequestSpec.Output> outputs = new ArrayList<>();
    for (int i = 0; i < outputsNode.size(); i++) {
      String path = "parameters.outputs[" + i + "]";
      f.requiredObject(path, Set.of("schema", "json"));
      String schema = InputParser.schemaUri(f, path + ".schema");
      outputs.add(new ApiRequestSpec.Output(schema, InputParser.jsonPath(f, path + ".json.jsonPath")));
    }

    f.requiredObject("parameters.cache", Set.of("size", "ttl"));
    int size = f.integer("parameters.cache.size");
    if (size < 1) {
      throw f.error("parameters.cache.size", "expected at least 1, found " + size);
    }
    int ttl = InputParser.cacheTtl(f);
    return new ApiRequestSpec(inputs, method, uri, timeout, auth, outputs, size, ttl);
  }
}
