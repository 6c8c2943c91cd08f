package io.sparkplow.emr.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node with its key path and line, read as a typed value. A value of the wrong type is
 * reported to the problems collector (naming the path and line) and read as empty, so that reading
 * goes on and every problem of the file is found in one pass.
 */
public final class YamlValue {

  private final Node node;
  private final String path;
  private final int line;
  private final ConfigProblems problems;

  YamlValue(Node node, String path, int line, ConfigProblems problems) {
    this.node = node;
    this.path = path;
    this.line = line;
    this.problems = problems;
  }

  /** A list element or document root: located at the node itself. */
  static YamlValue at(Node node, String path, ConfigProblems problems) {
    return new YamlValue(node, path, node.getStartMark().getLine() + 1, problems);
  }

  public String path() {
    return path;
  }

  /** The line of the key (for a mapping entry) or of the node (for a list element). */
  public int line() {
    return line;
  }

  public Origin origin() {
    return new Origin(path.isEmpty() ? "(root)" : path, line);
  }

  public void error(String message) {
    problems.error(origin(), message);
  }

  public void warning(String message) {
    problems.warning(origin(), message);
  }

  /** An explicit {@code ~}, {@code null} or empty value. */
  public boolean isNull() {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** Any scalar, as written (so {@code 0.50} stays {@code "0.50"}); not a null, list or mapping. */
  public Optional<String> string() {
    if (!(node instanceof ScalarNode) || isNull()) {
      error("expected a string, got " + describe());
      return Optional.empty();
    }
    String text = ((ScalarNode) node).getValue();
    if (text.isBlank()) {
      error("must not be empty");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  public Optional<Integer> integer(int min, int max) {
    if (!(node instanceof ScalarNode) || !Tag.INT.equals(node.getTag())) {
      error("expected an integer, got " + describe());
      return Optional.empty();
    }
    long value;
    try {
      value = Long.parseLong(((ScalarNode) node).getValue().replace("_", ""));
    } catch (NumberFormatException e) {
      error("expected a decimal integer, got '" + ((ScalarNode) node).getValue() + "'");
      return Optional.empty();
    }
    if (value < min || value > max) {
      error("must be between " + min + " and " + max + ", got " + value);
      return Optional.empty();
    }
    return Optional.of((int) value);
  }

  public Optional<Double> number(double min, double max) {
    boolean numeric = Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag());
    if (!(node instanceof ScalarNode) || !numeric) {
      error("expected a number, got " + describe());
      return Optional.empty();
    }
    double value;
    try {
      value = Double.parseDouble(((ScalarNode) node).getValue().replace("_", ""));
    } catch (NumberFormatException e) {
      error("expected a decimal number, got '" + ((ScalarNode) node).getValue() + "'");
      return Optional.empty();
    }
    if (!(value >= min && value <= max)) {
      error("must be between " + min + " and " + max + ", got " + ((ScalarNode) node).getValue());
      return Optional.empty();
    }
    return Optional.of(value);
  }

  public Optional<Boolean> bool() {
    if (!(node instanceof ScalarNode) || !Tag.BOOL.equals(node.getTag())) {
      error("expected true or false, got " + describe());
      return Optional.empty();
    }
    String text = ((ScalarNode) node).getValue().toLowerCase(java.util.Locale.ROOT);
    return Optional.of(text.equals("true") || text.equals("yes") || text.equals("on"));
  }

  /** A mapping whose keys must all be among {@code allowedKeys}. */
  public Optional<YamlSection> section(Set<String> allowedKeys) {
    if (!(node instanceof MappingNode)) {
      error("expected a mapping (key: value lines), got " + describe());
      return Optional.empty();
    }
    return Optional.of(new YamlSection((MappingNode) node, path, line, problems, allowedKeys));
  }

  /** A mapping with free keys (tags, properties); duplicates are still reported. */
  public Optional<YamlSection> freeSection() {
    if (!(node instanceof MappingNode)) {
      error("expected a mapping (key: value lines), got " + describe());
      return Optional.empty();
    }
    return Optional.of(new YamlSection((MappingNode) node, path, line, problems, Set.of()));
  }

  public Optional<List<YamlValue>> list() {
    if (!(node instanceof SequenceNode)) {
      error("expected a list, got " + describe());
      return Optional.empty();
    }
    List<Node> items = ((SequenceNode) node).getValue();
    List<YamlValue> values = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      values.add(at(items.get(i), path + "[" + i + "]", problems));
    }
    return Optional.of(values);
  }

  /** A list of strings; an element of the wrong type is reported and the whole list is empty. */
  public Optional<List<String>> stringList() {
    Optional<List<YamlValue>> items = list();
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<String> strings = new ArrayList<>();
    boolean ok = true;
    for (YamlValue item : items.get()) {
      Optional<String> s = item.string();
      ok &= s.isPresent();
      s.ifPresent(strings::add);
    }
    return ok ? Optional.of(List.copyOf(strings)) : Optional.empty();
  }

  private String describe() {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (isNull()) {
      return "no value";
    }
    String text = ((ScalarNode) node).getValue();
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return "'" + shown + "'";
  }
}
