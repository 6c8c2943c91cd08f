package io.sparkplow.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.ConfigurationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

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
    return optional(path, JsonNode::isTextual, JsonNode::textValue,
        n -> "expected a string, found " + n.getNodeType().name().toLowerCase());
  }

  public int integer(String path) {
    return optionalInteger(path).orElseThrow(() -> error(path, "required integer is missing"));
  }

  public Optional<Integer> optionalInteger(String path) {
    return optional(path, n -> n.isIntegralNumber() && n.canConvertToInt(), JsonNode::intValue,
        n -> "expected an integer, found " + n);
  }

  public boolean bool(String path) {
    return optionalBool(path).orElseThrow(() -> error(path, "required boolean is missing"));
  }

  public Optional<Boolean> optionalBool(String path) {
    return optional(path, JsonNode::isBoolean, JsonNode::booleanValue, n -> "expected true or false, found " + n);
  }

  /** The value at a path when it is present (not missing, not null) and of the expected type. */
  private <T> Optional<T> optional(String path, Predicate<JsonNode> isExpected, Function<JsonNode, T> value,
      Function<JsonNode, String> problem) {
    JsonNode n = node(path);
    if (n.isMissingNode() || n.isNull()) {
      return Optional.empty();
    }
    if (!isExpected.test(n)) {
      throw error(path, problem.apply(n));
    }
    return Optional.of(value.apply(n));
  }

  /** A list of strings that must be present, though it may be empty; {@code items} says what they are. */
  public List<String> requiredTextList(String path, String items) {
    if (!node(path).isArray()) {
      throw error(path, "required array of " + items + " is missing");
    }
    return textList(path);
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

  /**
   * Fails on the first property of the object at a path that is not one of {@code known}, so that
   * a misspelt name is not silently ignored. A missing object passes; anything else but an object
   * fails.
   */
  public void onlyKnown(String path, Set<String> known) {
    JsonNode n = node(path);
    if (n.isMissingNode()) {
      return;
    }
    if (!n.isObject()) {
      throw error(path, "expected an object");
    }
    Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw error(path + "." + name, "unknown property (expected " + String.join(", ", new TreeSet<>(known)) + ")");
      }
    }
  }

  /** As {@link #onlyKnown}, the object being required. */
  public void requiredObject(String path, Set<String> known) {
    if (node(path).isMissingNode()) {
      throw error(path, "required object is missing");
    }
    onlyKnown(path, known);
  }

  /** A secret (API key, password, salt): its value never reaches a message. */
  public Secret secret(String path) {
    return new Secret(text(path));
  }

  public Optional<Secret> optionalSecret(String path) {
    return optionalText(path).map(Secret::new);
  }
}
