package io.sparkplow.emr.shape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Checks a JSON document against a {@link Shape}; each problem names its JSON path. */
public final class ShapeCheck {

  private ShapeCheck() {
  }

  public static List<String> check(Shape shape, JsonNode node) {
    List<String> problems = new ArrayList<>();
    check(shape, node, "", problems);
    return problems;
  }

  private static void check(Shape shape, JsonNode node, String path, List<String> problems) {
    String at = path.isEmpty() ? "(request)" : path;
    if (shape instanceof Shape.Struct struct) {
      if (!node.isObject()) {
        problems.add(at + ": expected a " + struct.name() + " object, got " + kind(node));
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        Shape.Member member = struct.members().get(field.getKey());
        String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (member == null) {
          problems.add(child + ": not a member of " + struct.name());
        } else {
          check(member.shape(), field.getValue(), child, problems);
        }
      }
      for (Map.Entry<String, Shape.Member> member : struct.members().entrySet()) {
        if (member.getValue().required() && !node.has(member.getKey())) {
          String child = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
          problems.add(child + ": required by " + struct.name() + " but missing");
        }
      }
    } else if (shape instanceof Shape.ListOf list) {
      if (!node.isArray()) {
        problems.add(at + ": expected a list, got " + kind(node));
        return;
      }
      if (node.size() > list.maxSize()) {
        problems.add(at + ": at most " + list.maxSize() + " elements, got " + node.size());
      }
      for (int i = 0; i < node.size(); i++) {
        check(list.member(), node.get(i), path + "[" + i + "]", problems);
      }
    } else if (shape instanceof Shape.StringMap) {
      if (!node.isObject()) {
        problems.add(at + ": expected a map of strings, got " + kind(node));
        return;
      }
      node.fields().forEachRemaining(e -> {
        if (!e.getValue().isTextual()) {
          problems.add(at + "." + e.getKey() + ": expected a string, got " + kind(e.getValue()));
        }
      });
    } else if (shape instanceof Shape.Text text) {
      if (!node.isTextual()) {
        problems.add(at + ": expected a string, got " + kind(node));
        return;
      }
      String value = node.textValue();
      if (value.length() < text.minLength() || value.length() > text.maxLength()) {
        problems.add(at + ": length must be between " + text.minLength() + " and " + text.maxLength()
            + ", got " + value.length());
      }
      if (!text.allowed().isEmpty() && !text.allowed().contains(value)) {
        problems.add(at + ": must be one of " + text.allowed() + ", got \"" + value + "\"");
      }
      if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
        problems.add(at + ": contains a control character");
      }
    } else if (shape instanceof Shape.Int integer) {
      if (!node.isIntegralNumber() || !node.canConvertToLong()) {
        problems.add(at + ": expected an integer, got " + kind(node));
      } else if (node.longValue() < integer.min()) {
        problems.add(at + ": must be at least " + integer.min() + ", got " + node.longValue());
      }
    } else if (shape instanceof Shape.Real real) {
      if (!node.isNumber()) {
        problems.add(at + ": expected a number, got " + kind(node));
      } else if (node.doubleValue() < real.min()) {
        problems.add(at + ": must be at least " + real.min() + ", got " + node.doubleValue());
      }
    } else if (shape instanceof Shape.Bool) {
      if (!node.isBoolean()) {
        problems.add(at + ": expected true or false, got " + kind(node));
      }
    }
  }

  private static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "the string \"" + node.textValue() + "\"";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + node;
  }
}
