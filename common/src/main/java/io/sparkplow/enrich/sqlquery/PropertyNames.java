package io.sparkplow.enrich.sqlquery;

import java.util.Locale;

/** How a column name becomes a property name of the output ({@code first_name} → ...). */
public enum PropertyNames {
  /** {@code first_name} */
  AS_IS,
  /** {@code firstName} */
  CAMEL_CASE,
  /** {@code FirstName} */
  PASCAL_CASE,
  /** {@code firstName} → {@code first_name} */
  SNAKE_CASE,
  /** {@code FIRST_NAME} → {@code first_name} */
  LOWER_CASE,
  /** {@code first_name} → {@code FIRST_NAME} */
  UPPER_CASE;

  public String apply(String column) {
    if (this == AS_IS) {
      return column;
    }
    if (this == LOWER_CASE) {
      return column.toLowerCase(Locale.ROOT);
    }
    if (this == UPPER_CASE) {
      return column.toUpperCase(Locale.ROOT);
    }
    if (this == SNAKE_CASE) {
      StringBuilder out = new StringBuilder(column.length() + 4);
      for (int i = 0; i < column.length(); i++) {
        char c = column.charAt(i);
        if (Character.isUpperCase(c)) {
          if (i > 0 && column.charAt(i - 1) != '_' && !Character.isUpperCase(column.charAt(i - 1))) {
            out.append('_');
          }
          out.append(Character.toLowerCase(c));
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
    StringBuilder out = new StringBuilder(column.length());
    boolean upperNext = this == PASCAL_CASE;
    for (int i = 0; i < column.length(); i++) {
      char c = column.charAt(i);
      if (c == '_' || c == '-' || c == ' ') {
        upperNext = out.length() > 0 || this == PASCAL_CASE;
        continue;
      }
      if (upperNext) {
        out.append(Character.toUpperCase(c));
        upperNext = false;
      } else if (out.length() == 0 && this == CAMEL_CASE) {
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
