package io.sparkplow.shred;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.json.Json;

/**
 * How entity values are written in a TSV row loaded by Redshift's COPY (tab-delimited, no
 * ESCAPE, {@code \N} as NULL):
 * <ul>
 *   <li>JSON null or a missing key: {@code \N};</li>
 *   <li>booleans {@code 1}/{@code 0}; numbers as parsed (integers exactly, decimals with the
 *       digits and scale written);</li>
 *   <li>strings as they are, arrays and objects as compact JSON;</li>
 *   <li>in both, a tab or a LF becomes one space, since either would split the row (compact JSON
 *       never holds them raw, so this only ever changes strings); a CR is kept: COPY ends rows
 *       at LF only, so a CR is loaded as data;</li>
 *   <li>a string that is literally {@code \N} is written {@code \\N}, so that it is not read as
 *       NULL.</li>
 * </ul>
 */
public final class TsvValues {

  /** Redshift's default NULL marker. */
  public static final String NULL = "\\N";

  private TsvValues() {}

  /** Appends the TSV form of a value ({@code null} for a missing one). */
  public static void append(StringBuilder out, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      out.append(NULL);
    } else if (value.isTextual()) {
      appendText(out, value.textValue());
    } else if (value.isBoolean()) {
      out.append(value.booleanValue() ? '1' : '0');
    } else if (value.isNumber()) {
      out.append(value.asText());
    } else {
      appendText(out, Json.compact(value));
    }
  }

  /** The TSV form of a value. */
  public static String of(JsonNode value) {
    StringBuilder sb = new StringBuilder();
    append(sb, value);
    return sb.toString();
  }

  private static void appendText(StringBuilder out, String s) {
    if (s.equals(NULL)) {
      out.append("\\\\N");
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c == '\t' || c == '\n' ? ' ' : c);
    }
  }
}
