package io.sparkplow.enrich.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A compiled JSONPath expression: the subset that Snowplow's enrichment configurations use.
 *
 * <p>Supported: the root {@code $}; member access {@code .name} and {@code ['name']} (also
 * {@code "name"}, and the {@code .['name']} form Snowplow's own examples use); unions of names
 * {@code ['a','b']}; array indexes {@code [0]}, {@code [-1]} and unions {@code [0,2]}; wildcards
 * {@code .*} and {@code [*]}; deep scan {@code ..name}, {@code ..*}, {@code ..[0]}.
 * Not supported (a configuration error): filters {@code [?(...)]}, slices {@code [1:3]},
 * script expressions {@code [(...)]} and functions.
 *
 * <p>Immutable and thread-safe. A path that matches nothing yields an empty result, never an error.
 */
public final class JsonPath implements Serializable {

  private final String expression;
  private final List<Step> steps;

  private JsonPath(String expression, List<Step> steps) {
    this.expression = expression;
    this.steps = List.copyOf(steps);
  }

  /**
   * Compiles an expression.
   *
   * @throws IllegalArgumentException saying what is wrong or unsupported
   */
  public static JsonPath compile(String expression) {
    return new JsonPath(expression, new Parser(expression).parse());
  }

  public String expression() {
    return expression;
  }

  /** The matched values, in document order. */
  public List<JsonNode> read(JsonNode root) {
    List<Location> found = evaluate(root);
    List<JsonNode> out = new ArrayList<>(found.size());
    for (Location l : found) {
      out.add(l.value());
    }
    return out;
  }

  /**
   * Replaces each matched value by {@code replacement}'s result (the root itself is never
   * replaced). Returns how many values changed.
   */
  public int replace(JsonNode root, UnaryOperator<JsonNode> replacement) {
    int changed = 0;
    for (Location l : evaluate(root)) {
      if (l.parent() == null) {
        continue;
      }
      JsonNode next = replacement.apply(l.value());
      if (next == null || next.equals(l.value())) {
        continue;
      }
      if (l.parent() instanceof ObjectNode o) {
        o.set(l.field(), next);
      } else if (l.parent() instanceof ArrayNode a) {
        a.set(l.index(), next);
      }
      changed++;
    }
    return changed;
  }

  @Override
  public String toString() {
    return expression;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonPath p && p.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  private List<Location> evaluate(JsonNode root) {
    List<Location> current = new ArrayList<>(1);
    current.add(new Location(null, null, -1, root));
    for (Step step : steps) {
      List<Location> next = new ArrayList<>();
      for (Location l : current) {
        step.apply(l.value(), next);
      }
      if (next.isEmpty()) {
        return next;
      }
      current = next;
    }
    return current;
  }

  /** Where a matched value sits: in an object under {@code field}, or in an array at {@code index}. */
  private record Location(JsonNode parent, String field, int index, JsonNode value) {}

  /** One step of a path, applied to one node, adding what it selects. */
  private sealed interface Step extends Serializable {
    void apply(JsonNode node, List<Location> out);
  }

  private record Names(List<String> names) implements Step {
    Names {
      names = List.copyOf(names);
    }

    @Override
    public void apply(JsonNode node, List<Location> out) {
      if (!node.isObject()) {
        return;
      }
      for (String name : names) {
        JsonNode child = node.get(name);
        if (child != null) {
          out.add(new Location(node, name, -1, child));
        }
      }
    }
  }

  private record Indexes(List<Integer> indexes) implements Step {
    Indexes {
      indexes = List.copyOf(indexes);
    }

    @Override
    public void apply(JsonNode node, List<Location> out) {
      if (!node.isArray()) {
        return;
      }
      for (int i : indexes) {
        int at = i < 0 ? node.size() + i : i;
        if (at >= 0 && at < node.size()) {
          out.add(new Location(node, null, at, node.get(at)));
        }
      }
    }
  }

  private record Wildcard() implements Step {
    @Override
    public void apply(JsonNode node, List<Location> out) {
      if (node.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          out.add(new Location(node, e.getKey(), -1, e.getValue()));
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          out.add(new Location(node, null, i, node.get(i)));
        }
      }
    }
  }

  /** {@code ..step}: the step applied to the node and to every node below it. */
  private record DeepScan(Step inner) implements Step {
    @Override
    public void apply(JsonNode node, List<Location> out) {
      inner.apply(node, out);
      if (node.isContainerNode()) {
        for (JsonNode child : node) {
          apply(child, out);
        }
      }
    }
  }

  /** A small recursive-descent parser of the supported subset. */
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s == null ? "" : s.trim();
    }

    List<Step> parse() {
      if (s.isEmpty() || s.charAt(0) != '$') {
        throw fail("a JSONPath starts with $");
      }
      pos = 1;
      List<Step> steps = new ArrayList<>();
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (s.startsWith("..", pos)) {
          pos += 2;
          steps.add(new DeepScan(selector()));
        } else if (c == '.') {
          pos++;
          steps.add(selector());
        } else if (c == '[') {
          steps.add(bracket());
        } else {
          throw fail("unexpected '" + c + "' at position " + pos);
        }
      }
      return steps;
    }

    /** After a dot: a name, {@code *}, or a bracket. */
    private Step selector() {
      if (pos >= s.length()) {
        throw fail("a name is missing at the end");
      }
      char c = s.charAt(pos);
      if (c == '[') {
        return bracket();
      }
      if (c == '*') {
        pos++;
        return new Wildcard();
      }
      int start = pos;
      while (pos < s.length() && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
        char n = s.charAt(pos);
        if (n == '(' || n == ')' || n == '?' || n == '@' || Character.isWhitespace(n)) {
          throw fail("unsupported character '" + n + "' in a name (functions and filters are not supported)");
        }
        pos++;
      }
      if (pos == start) {
        throw fail("a name is missing at position " + start);
      }
      return new Names(List.of(s.substring(start, pos)));
    }

    private Step bracket() {
      pos++; // '['
      skipSpaces();
      if (pos >= s.length()) {
        throw fail("unclosed [");
      }
      char c = s.charAt(pos);
      Step step;
      if (c == '*') {
        pos++;
        step = new Wildcard();
      } else if (c == '\'' || c == '"') {
        List<String> names = new ArrayList<>();
        names.add(quoted());
        while (consumeComma()) {
          names.add(quoted());
        }
        step = new Names(names);
      } else if (c == '-' || Character.isDigit(c)) {
        List<Integer> indexes = new ArrayList<>();
        indexes.add(integer());
        skipSpaces();
        if (pos < s.length() && s.charAt(pos) == ':') {
          throw fail("array slices are not supported");
        }
        while (consumeComma()) {
          indexes.add(integer());
        }
        step = new Indexes(indexes);
      } else if (c == '?' || c == '(') {
        throw fail("filter and script expressions are not supported");
      } else if (c == ':') {
        throw fail("array slices are not supported");
      } else {
        throw fail("unexpected '" + c + "' after [");
      }
      skipSpaces();
      if (pos >= s.length() || s.charAt(pos) != ']') {
        throw fail("expected ] at position " + pos);
      }
      pos++;
      return step;
    }

    private String quoted() {
      skipSpaces();
      if (pos >= s.length() || (s.charAt(pos) != '\'' && s.charAt(pos) != '"')) {
        throw fail("expected a quoted name at position " + pos);
      }
      char quote = s.charAt(pos++);
      StringBuilder name = new StringBuilder();
      while (pos < s.length() && s.charAt(pos) != quote) {
        char c = s.charAt(pos++);
        if (c == '\\' && pos < s.length()) {
          c = s.charAt(pos++);
        }
        name.append(c);
      }
      if (pos >= s.length()) {
        throw fail("unclosed quote");
      }
      pos++;
      return name.toString();
    }

    private int integer() {
      skipSpaces();
      int start = pos;
      if (pos < s.length() && s.charAt(pos) == '-') {
        pos++;
      }
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      try {
        return Integer.parseInt(s.substring(start, pos));
      } catch (NumberFormatException e) {
        throw fail("expected an array index at position " + start);
      }
    }

    private boolean consumeComma() {
      skipSpaces();
      if (pos < s.length() && s.charAt(pos) == ',') {
        pos++;
        return true;
      }
      return false;
    }

    private void skipSpaces() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    private IllegalArgumentException fail(String problem) {
      return new IllegalArgumentException("invalid JSONPath " + s + ": " + problem);
    }
  }
}
