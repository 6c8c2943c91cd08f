package io.sparkplow.emr.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping of the configuration. On construction it reports duplicate keys, non-string keys
 * and (unless the mapping has free keys) unknown keys, with a suggestion for a near miss. Typed
 * getters report missing required keys at the line of the mapping's own key.
 */
public final class YamlSection {

  private record Entry(String key, int keyLine, Node value) {
  }

  private final String path;
  private final int line;
  private final ConfigProblems problems;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  YamlSection(MappingNode node, String path, int line, ConfigProblems problems,
      Set<String> allowedKeys) {
    this.path = path;
    this.line = line;
    this.problems = problems;
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      int keyLine = keyNode.getStartMark().getLine() + 1;
      if (Tag.MERGE.equals(keyNode.getTag())) {
        problems.error(childPath("<<"), keyLine, "YAML merge keys (<<) are not supported");
        continue;
      }
      if (!(keyNode instanceof ScalarNode) || Tag.NULL.equals(keyNode.getTag())) {
        problems.error(path.isEmpty() ? "(root)" : path, keyLine, "keys must be plain strings");
        continue;
      }
      String key = ((ScalarNode) keyNode).getValue();
      Entry first = entries.get(key);
      if (first != null) {
        problems.error(childPath(key), keyLine, "duplicate key (first at line " + first.keyLine() + ")");
        continue;
      }
      if (!allowedKeys.isEmpty() && !allowedKeys.contains(key)) {
        problems.error(childPath(key), keyLine, "unknown key" + suggestion(key, allowedKeys));
        continue;
      }
      entries.put(key, new Entry(key, keyLine, tuple.getValueNode()));
    }
  }

  public String path() {
    return path;
  }

  public int line() {
    return line;
  }

  public Origin origin() {
    return new Origin(path.isEmpty() ? "(root)" : path, line);
  }

  /** Reports a problem with the mapping as a whole, at the line of its key. */
  public void error(String message) {
    problems.error(origin(), message);
  }

  public String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Present with a non-null value. */
  public boolean has(String key) {
    return value(key, Presence.OPTIONAL).isPresent();
  }

  /** The value of a key; a missing (or null) required key is reported. */
  public Optional<YamlValue> value(String key, Presence presence) {
    Entry entry = entries.get(key);
    if (entry != null) {
      YamlValue value = new YamlValue(entry.value(), childPath(key), entry.keyLine(), problems);
      if (!value.isNull()) {
        return Optional.of(value);
      }
      if (presence == Presence.REQUIRED) {
        value.error("has no value");
      }
      return Optional.empty();
    }
    if (presence == Presence.REQUIRED) {
      problems.error(childPath(key), line, "missing required key '" + key + "'"
          + (path.isEmpty() ? "" : " in " + path));
    }
    return Optional.empty();
  }

  /** Every entry with a non-null value, in file order (for mappings with free keys). */
  public List<Map.Entry<String, YamlValue>> entries() {
    List<Map.Entry<String, YamlValue>> result = new ArrayList<>();
    for (Entry entry : entries.values()) {
      YamlValue value = new YamlValue(entry.value(), childPath(entry.key()), entry.keyLine(), problems);
      if (value.isNull()) {
        value.error("has no value");
      } else {
        result.add(Map.entry(entry.key(), value));
      }
    }
    return result;
  }

  public Optional<String> string(String key, Presence presence) {
    return value(key, presence).flatMap(YamlValue::string);
  }

  public Optional<Integer> integer(String key, Presence presence, int min, int max) {
    return value(key, presence).flatMap(v -> v.integer(min, max));
  }

  public Optional<Boolean> bool(String key) {
    return value(key, Presence.OPTIONAL).flatMap(YamlValue::bool);
  }

  public Optional<YamlSection> section(String key, Presence presence, Set<String> allowedKeys) {
    return value(key, presence).flatMap(v -> v.section(allowedKeys));
  }

  public Optional<List<YamlValue>> list(String key, Presence presence) {
    return value(key, presence).flatMap(YamlValue::list);
  }

  public Optional<List<String>> stringList(String key, Presence presence) {
    return value(key, presence).flatMap(YamlValue::stringList);
  }

  private static String suggestion(String key, Set<String> allowedKeys) {
    Set<String> sorted = new TreeSet<>(allowedKeys);
    for (String candidate : sorted) {
      if (editDistance(key, candidate) <= 2) {
        return " (did you mean '" + candidate + "'?)";
      }
    }
    return " (expected one of: " + String.join(", ", sorted) + ")";
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
