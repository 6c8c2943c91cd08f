package io.sparkplow.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed fields of an enrichment configuration, failing with a {@link ConfigurationException}
 * that names the file and the field path (e.g. {@code data.parameters.geo.uri}).
 *
 * <p>Paths are dot-separated, relative to {@code data}: {@code "parameters.geo.uri"}.
 */
public final class ConfigFields {

  private final EnrichmentConfig config;

  public ConfigFields(EnrichmentConfig config) {
    this.config = config;
  }

  /** The node at a path, or a missing node. A part may index an array: {@code inputs[0].key}. */
  public JsonNode node(String path) {
    JsonNode node = config.data();
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      node = node.path(bracket < 0 ? part : part.substring(0, bracket));
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        node = node.path(Integer.parseInt(part.substring(bracket + 1, close)));
        bracket = part.indexOf('[', close);
      }
    }
    return node;
  }

  public boolean has(String path) {
    JsonNode n = node(path);
    return !n.isMissingNode() && !n.isNull();
  }

  /** A configuration error about a field. */
  public ConfigurationException error(String path, String problem) {
    return new ConfigurationException(config.source(), "data." + path, problem);
  }

  public String text(String path) {
    return optionalText(path).orElseThrow(() -> error(path, "required string is missing"));
  }

  public Optional<String> optionalText(String path) {
    JsonNode n = node(path);
    if (n.isMissingNode() || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw error(path, "expected a string, found " + n.getNodeType().name().toLowerCase());
    }
    return Optional.of(n.textValue());
  }

  public int integer(String path) {
    return optionalInteger(path).orElseThrow(() -> error(path, "required integer is missing"));
  }

  public Optional<Integer> optionalInteger(String path) {
    JsonNode n = node(path);
    if (n.isMissingNode() || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw error(path, "expected an integer, found " + n);
    }
    return Optional.of(n.intValue());
  }

  public boolean bool(String path) {
    return optionalBool(path).orElseThrow(() -> error(path, "required boolean is missing"));
  }

  public Optional<Boolean> optionalBool(String path) {
    JsonNode n = node(path);
    if (n.isMissingNode() || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isBoolean()) {
      throw error(path, "expected true or false, found " + n);
    }
    return Optional.of(n.booleanValue());
  }

  /** A list of strings; a missing field is an empty list. */
  public List<String> textList(String path) {
    JsonNode n = node(path);
    if (n.isMissingNode() || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw error(path, "expected an array of strings, found " + n.getNodeType().name().toLowerCase());
    }
    List<String> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isTextual()) {
        throw error(path + "[" + i + "]", "expected a string");
      }
      out.add(n.get(i).textValue());
    }
    return List.copyOf(out);
  }

  /** A secret (API key, password, salt): its value never reaches a message. */
  public Secret secret(String path) {
    return new Secret(text(path));
  }

  public Optional<Secret> optionalSecret(String path) {
    return optionalText(path).map(Secret::new);
  }
}
