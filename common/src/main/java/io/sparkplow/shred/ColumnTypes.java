package io.sparkplow.shred;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * The Redshift type of a column from its property's JSON Schema (reference: shredding.md, "Table
 * DDL from a JSON Schema"); the first rule that matches wins.
 */
final class ColumnTypes {

  static final String TIMESTAMP = "TIMESTAMP";
  static final String DATE = "DATE";
  static final String SMALLINT = "SMALLINT";
  static final String INT = "INT";
  static final String BIGINT = "BIGINT";
  static final String DOUBLE = "DOUBLE PRECISION";
  static final String BOOLEAN = "BOOLEAN";
  static final String JSON_ARRAY = "VARCHAR(65535)";
  static final String DEFAULT_VARCHAR = "VARCHAR(4096)";

  private static final int MAX_VARCHAR = 65535;
  private static final int MAX_CHAR = 4096;
  private static final BigDecimal SMALLINT_MAX = BigDecimal.valueOf(Short.MAX_VALUE);
  private static final BigDecimal SMALLINT_MIN = BigDecimal.valueOf(Short.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private ColumnTypes() {}

  static String of(PropertySchema p) {
    Set<String> types = p.types();
    // 1. An enum mixing numbers, strings and booleans can only be text.
    if (!p.enumValues().isEmpty() && enumKinds(p) >= 2) {
      return varchar(longestEnumValue(p));
    }
    // 2. Several types: text (a boolean or an integer fits in 10 characters).
    if (types.size() > 1) {
      return types.equals(Set.of("boolean", "integer")) ? varchar(10) : DEFAULT_VARCHAR;
    }
    String type = types.isEmpty() ? "" : types.iterator().next();
    String format = p.format().orElse("");
    // 3. Dates.
    if (type.equals("string") && format.equals("date-time")) {
      return TIMESTAMP;
    }
    if (type.equals("string") && format.equals("date")) {
      return DATE;
    }
    // 4. Arrays are kept as JSON.
    if (type.equals("array")) {
      return JSON_ARRAY;
    }
    // 5. Integers by range.
    if (type.equals("integer")) {
      return integer(p);
    }
    // 6. Numbers.
    if (type.equals("number")) {
      return number(p);
    }
    // 7.
    if (type.equals("boolean")) {
      return BOOLEAN;
    }
    if (type.equals("string")) {
      // An enum wins over lengths: one value is fixed-width, several are as wide as the longest.
      if (!p.enumValues().isEmpty()) {
        int longest = longestEnumValue(p);
        return p.enumValues().size() == 1 ? fixed(longest) : varchar(longest);
      }
      // 8. Fixed-width strings.
      if (p.minLength().isPresent() && p.minLength().equals(p.maxLength()) && p.maxLength().get() > 0) {
        return fixed(p.maxLength().get());
      }
      if (format.equals("uuid")) {
        return "CHAR(36)";
      }
      // 9. Formats of known width.
      if (format.equals("ipv6")) {
        return varchar(39);
      }
      if (format.equals("ipv4")) {
        return varchar(15);
      }
      if (format.equals("email")) {
        return varchar(255);
      }
      // 10.
      if (p.maxLength().isPresent() && p.maxLength().get() > 0) {
        return varchar(p.maxLength().get());
      }
    }
    // 11. Objects without properties, untyped values, anything else: text.
    return DEFAULT_VARCHAR;
  }

  private static String integer(PropertySchema p) {
    BigDecimal max = null;
    BigDecimal min = null;
    if (!p.enumValues().isEmpty()) {
      for (JsonNode v : p.enumValues()) {
        if (v.isNumber()) {
          BigDecimal d = v.decimalValue();
          max = max == null || d.compareTo(max) > 0 ? d : max;
          min = min == null || d.compareTo(min) < 0 ? d : min;
        }
      }
    } else if (p.maximum().isPresent()) {
      max = p.maximum().get();
      min = p.minimum().orElse(null);
    }
    if (max == null) {
      return BIGINT;
    }
    // A negative minimum beyond the type's range needs the wider type too.
    if (max.compareTo(SMALLINT_MAX) <= 0 && (min == null || min.compareTo(SMALLINT_MIN) >= 0)) {
      return SMALLINT;
    }
    if (max.compareTo(INT_MAX) <= 0 && (min == null || min.compareTo(INT_MIN) >= 0)) {
      return INT;
    }
    return BIGINT;
  }

  private static String number(PropertySchema p) {
    if (p.multipleOf().isPresent() && p.multipleOf().get().compareTo(CENT) == 0) {
      return "DECIMAL(36,2)";
    }
    // A fractional bound says how many decimals the values have.
    int scale = -1;
    for (BigDecimal bound : new BigDecimal[] {p.maximum().orElse(null), p.minimum().orElse(null)}) {
      if (bound != null && !PropertySchema.isWhole(bound)) {
        scale = Math.max(scale, bound.stripTrailingZeros().scale());
      }
    }
    if (p.maximum().isPresent() && !PropertySchema.isWhole(p.maximum().get())) {
      return "DECIMAL(36," + Math.min(scale, 36) + ")";
    }
    return DOUBLE;
  }

  private static int enumKinds(PropertySchema p) {
    Set<String> kinds = new HashSet<>();
    for (JsonNode v : p.enumValues()) {
      kinds.add(v.isNumber() ? "number" : v.isTextual() ? "string" : v.isBoolean() ? "boolean" : "other");
    }
    return kinds.size();
  }

  private static int longestEnumValue(PropertySchema p) {
    int longest = 1;
    for (JsonNode v : p.enumValues()) {
      longest = Math.max(longest, v.isTextual() ? v.asText().length() : v.toString().length());
    }
    return longest;
  }

  private static String varchar(int length) {
    return "VARCHAR(" + Math.max(1, Math.min(length, MAX_VARCHAR)) + ")";
  }

  private static String fixed(int length) {
    return length <= MAX_CHAR ? "CHAR(" + Math.max(1, length) + ")" : varchar(length);
  }
}
