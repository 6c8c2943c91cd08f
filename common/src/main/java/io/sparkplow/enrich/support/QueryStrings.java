package io.sparkplow.enrich.support;

import java.io.ByteArrayOutputStream;
import io.sparkplow.protocol.RawEvent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the name/value pairs of a raw (still percent-encoded) querystring, as a browser's form
 * decoding does: pairs split on {@code &}, {@code +} is a space, {@code %XX} a byte of the given
 * character set; a {@code %} not followed by two hex digits stays as it is. A pair without
 * {@code =} has an empty value; empty pairs are skipped.
 */
public final class QueryStrings {

  /** Receives the pairs in order; returning {@code false} stops the walk. */
  @FunctionalInterface
  public interface PairVisitor {
    boolean visit(String name, String value);
  }

  private QueryStrings() {}

  /** Walks the pairs of {@code rawQuery} (without its leading {@code ?}). */
  public static void forEach(String rawQuery, Charset charset, PairVisitor visitor) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return;
    }
    int start = 0;
    int length = rawQuery.length();
    while (start <= length) {
      int end = rawQuery.indexOf('&', start);
      if (end < 0) {
        end = length;
      }
      if (end > start) {
        int eq = rawQuery.indexOf('=', start);
        String name;
        String value;
        if (eq < 0 || eq > end) {
          name = decode(rawQuery, start, end, charset);
          value = "";
        } else {
          name = decode(rawQuery, start, eq, charset);
          value = decode(rawQuery, eq + 1, end, charset);
        }
        if (!name.isEmpty() && !visitor.visit(name, value)) {
          return;
        }
      }
      start = end + 1;
    }
  }

  /** The character set a querystring of this event is encoded in: the collector's, else UTF-8. */
  public static Charset charset(RawEvent raw) {
    String encoding = raw.source() == null ? null : raw.source().encoding();
    if (encoding == null || encoding.isEmpty() || encoding.equalsIgnoreCase("UTF-8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** All pairs as a map; when a name repeats, its last value wins. */
  public static Map<String, String> lastValues(String rawQuery, Charset charset) {
    Map<String, String> map = new HashMap<>();
    forEach(rawQuery, charset, (name, value) -> {
      map.put(name, value);
      return true;
    });
    return map;
  }

  /** Form-decodes {@code s[from, to)}. */
  public static String decode(String s, int from, int to, Charset charset) {
    boolean plain = true;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '%' || c == '+') {
        plain = false;
        break;
      }
    }
    if (plain) {
      return s.substring(from, to);
    }
    StringBuilder out = new StringBuilder(to - from);
    ByteArrayOutputStream bytes = null;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (isEscape(s, i, to)) {
        // A run of escapes is one byte sequence: a multi-byte character spans several.
        if (bytes == null) {
          bytes = new ByteArrayOutputStream();
        }
        bytes.reset();
        while (i < to && isEscape(s, i, to)) {
          bytes.write(hex(s, i + 1, to) * 16 + hex(s, i + 2, to));
          i += 3;
        }
        out.append(new String(bytes.toByteArray(), charset));
      } else {
        out.append(c == '+' ? ' ' : c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isEscape(String s, int i, int to) {
    return s.charAt(i) == '%' && hex(s, i + 1, to) >= 0 && hex(s, i + 2, to) >= 0;
  }

  private static int hex(String s, int i, int to) {
    if (i >= to) {
      return -1;
    }
    char c = s.charAt(i);
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
