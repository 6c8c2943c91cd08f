package io.sparkplow.shred;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of one property's JSON Schema that decide its column: the JSON types (with
 * {@code null} apart), the enum, the string and number constraints. A {@code oneOf}/{@code anyOf}
 * is folded into one view: the union of the alternatives' types and enums, the widest
 * {@code maxLength}, and a format only when every alternative has the same one.
 */
record PropertySchema(Set<String> types, boolean typeGiven, boolean nullable, List<JsonNode> enumValues,
    boolean enumGiven, Optional<String> format, Optional<Integer> minLength, Optional<Integer> maxLength,
    Optional<BigDecimal> minimum, Optional<BigDecimal> maximum, Optional<BigDecimal> multipleOf) {

  static PropertySchema of(JsonNode schema) {
    Set<String> types = new LinkedHashSet<>();
    boolean nullable = readTypes(schema.get("type"), types);
    boolean typeGiven = schema.has("type");
    List<JsonNode> enumValues = new ArrayList<>();
    boolean enumGiven = readEnum(schema.get("enum"), enumValues);
    boolean enumHasNull = enumGiven && enumValues.stream().anyMatch(JsonNode::isNull);
    enumValues.removeIf(JsonNode::isNull);
    Optional<String> format = text(schema, "format");
    Optional<Integer> maxLength = integer(schema, "maxLength");
    List<JsonNode> alternatives = alternatives(schema);
    if (!alternatives.isEmpty()) {
      boolean allTyped = true;
      boolean allEnums = true;
      Optional<String> commonFormat = null;
      Optional<Integer> widest = Optional.empty();
      boolean allMaxLength = true;
      for (JsonNode alt : alternatives) {
        PropertySchema p = PropertySchema.of(alt);
        allTyped &= p.typeGiven;
        allEnums &= p.enumGiven;
        types.addAll(p.types);
        nullable |= p.nullable;
        enumValues.addAll(p.enumValues);
        if (p.typeGiven && p.types.isEmpty()) {
          continue; // {"type": "null"} only makes the others nullable
        }
        commonFormat = commonFormat == null ? p.format : (commonFormat.equals(p.format) ? commonFormat : Optional.empty());
        if (p.maxLength.isPresent()) {
          widest = Optional.of(Math.max(widest.orElse(0), p.maxLength.get()));
        } else if (p.types.contains("string") || !p.typeGiven) {
          allMaxLength = false;
        }
      }
      typeGiven |= allTyped;
      enumGiven |= allEnums;
      if (!allEnums && !schema.has("enum")) {
        enumValues.clear();
      }
      if (format.isEmpty() && commonFormat != null) {
        format = commonFormat;
      }
      if (maxLength.isEmpty() && allMaxLength) {
        maxLength = widest;
      }
    }
    if (!typeGiven && enumGiven) {
      // Without a type, the enum says which values (and so which types) are possible.
      for (JsonNode v : enumValues) {
        types.add(jsonType(v));
      }
      nullable = enumHasNull;
    } else if (!typeGiven) {
      nullable = true;
    }
    return new PropertySchema(Collections.unmodifiableSet(types), typeGiven, nullable, List.copyOf(enumValues),
        enumGiven, format, integer(schema, "minLength"), maxLength, decimal(schema, "minimum"),
        decimal(schema, "maximum"), decimal(schema, "multipleOf"));
  }

  /** The JSON type of a value as JSON Schema names it. */
  static String jsonType(JsonNode v) {
    if (v.isTextual()) {
      return "string";
    }
    if (v.isIntegralNumber() || (v.isNumber() && isWhole(v.decimalValue()))) {
      return "integer";
    }
    if (v.isNumber()) {
      return "number";
    }
    if (v.isBoolean()) {
      return "boolean";
    }
    if (v.isArray()) {
      return "array";
    }
    if (v.isObject()) {
      return "object";
    }
    return "null";
  }

  static boolean isWhole(BigDecimal d) {
    return d.signum() == 0 || d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
  }

  /** Whether the value can be an object with declared properties, which flattening descends into. */
  boolean onlyObject() {
    return types.size() == 1 && types.contains("object") || types.isEmpty() && !typeGiven;
  }

  private static boolean readTypes(JsonNode type, Set<String> out) {
    boolean nullable = false;
    if (type == null) {
      return false;
    }
    if (type.isTextual()) {
      if (type.asText().equals("null")) {
        return true;
      }
      out.add(type.asText());
    } else if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.isTextual()) {
          if (t.asText().equals("null")) {
            nullable = true;
          } else {
            out.add(t.asText());
          }
        }
      }
    }
    return nullable;
  }

  private static boolean readEnum(JsonNode node, List<JsonNode> out) {
    if (node == null || !node.isArray()) {
      return false;
    }
    node.forEach(out::add);
    return true;
  }

  private static List<JsonNode> alternatives(JsonNode schema) {
    List<JsonNode> out = new ArrayList<>();
    for (String keyword : new String[] {"oneOf", "anyOf"}) {
      JsonNode alts = schema.get(keyword);
      if (alts != null && alts.isArray()) {
        for (JsonNode alt : alts) {
          if (alt.isObject()) {
            out.add(alt);
          }
        }
      }
    }
    return out;
  }

  private static Optional<String> text(JsonNode schema, String key) {
    JsonNode v = schema.get(key);
    return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static Optional<Integer> integer(JsonNode schema, String key) {
    JsonNode v = schema.get(key);
    if (v == null || !v.isNumber() || !isWhole(v.decimalValue()) || v.decimalValue().signum() < 0) {
      return Optional.empty();
    }
    BigDecimal d = v.decimalValue();
    return Optional.of(d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE : d.intValue());
  }

  private static Optional<BigDecimal> decimal(JsonNode schema, String key) {
    JsonNode v = schema.get(key);
    return v != null && v.isNumber() ? Optional.of(v.decimalValue()) : Optional.empty();
  }
}
