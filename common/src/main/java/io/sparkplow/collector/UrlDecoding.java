package io.sparkplow.collector;

import io.sparkplow.collector.CollectorPayload.NameValue;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * URL decoding of querystrings and single values, as {@code application/x-www-form-urlencoded}:
 * {@code +} is a space and {@code %XX} a byte of the text in the given character set.
 *
 * <p>Decoding is lenient and never throws, so that a single odd character never costs a whole
 * request: a {@code %} that is not followed by two hexadecimal digits (a malformed escape such as
 * {@code 100%} or {@code %zz}) is kept literally, and bytes that are not valid in the character
 * set become U+FFFD (the replacement character). Values are decoded exactly once.
 */
public final class UrlDecoding {

  private UrlDecoding() {}

  /** Receives the parameters of a querystring in order; returning {@code false} stops the walk. */
  @FunctionalInterface
  public interface ParameterVisitor {
    boolean visit(String name, String value);
  }

  /**
   * The parameters of a querystring (without its {@code ?}), in order, duplicates kept. Empty
   * parts ({@code a=1&&b=2}, a leading {@code &}) are skipped; a part without {@code =} is a name
   * with an empty value.
   */
  public static List<NameValue> parseQuerystring(String querystring, Charset charset) {
    if (querystring.isEmpty()) {
      return List.of();
    }
    List<NameValue> parameters = new ArrayList<>();
    forEachParameter(querystring, charset, (name, value) -> parameters.add(new NameValue(name, value)));
    return parameters;
  }

  /**
   * Walks the parameters of a querystring as {@link #parseQuerystring} reads them, decoding each
   * name and value, without collecting them: for callers that look for a few names.
   */
  public static void forEachParameter(String querystring, Charset charset, ParameterVisitor visitor) {
    int length = querystring.length();
    int start = 0;
    while (start < length) {
      int ampersand = querystring.indexOf('&', start);
      if (ampersand < 0) {
        ampersand = length;
      }
      if (ampersand > start) {
        int equals = querystring.indexOf('=', start);
        boolean goOn;
        if (equals < 0 || equals > ampersand) {
          goOn = visitor.visit(decode(querystring, start, ampersand, charset), "");
        } else {
          goOn = visitor.visit(
              decode(querystring, start, equals, charset),
              decode(querystring, equals + 1, ampersand, charset));
        }
        if (!goOn) {
          return;
        }
      }
      start = ampersand + 1;
    }
  }

  /** One URL-encoded value, {@code +} as a space. */
  public static String decode(String encoded, Charset charset) {
    return decode(encoded, 0, encoded.length(), charset);
  }

  static String decode(String s, int from, int to, Charset charset) {
    int first = from;
    while (first < to && s.charAt(first) != '%' && s.charAt(first) != '+') {
      first++;
    }
    if (first == to) {
      return s.substring(from, to); // nothing to decode: the common case of short values
    }
    StringBuilder decoded = new StringBuilder(to - from);
    decoded.append(s, from, first);
    byte[] bytes = null;
    int byteCount = 0;
    int i = first;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < to) {
        int high = hexValue(s.charAt(i + 1));
        int low = hexValue(s.charAt(i + 2));
        if (high >= 0 && low >= 0) {
          if (bytes == null) {
            bytes = new byte[(to - i) / 3 + 1]; // at most this many escapes are left
          }
          bytes[byteCount++] = (byte) (high << 4 | low);
          i += 3;
          continue;
        }
      }
      if (byteCount > 0) {
        decoded.append(new String(bytes, 0, byteCount, charset)); // replaces malformed input
        byteCount = 0;
      }
      decoded.append(c == '+' ? ' ' : c);
      i++;
    }
    if (byteCount > 0) {
      decoded.append(new String(bytes, 0, byteCount, charset));
    }
    return decoded.toString();
  }

  /**
   * Undoes CloudFront's second encoding of {@code %}: every {@code %25XX} (XX two hexadecimal
   * digits) becomes {@code %XX}, left to right, once; anything else is kept.
   */
  public static String singleEncodePercents(String s) {
    int index = s.indexOf("%25");
    if (index < 0) {
      return s;
    }
    int length = s.length();
    StringBuilder out = new StringBuilder(length);
    out.append(s, 0, index);
    int i = index;
    while (i < length) {
      if (i + 4 < length && s.startsWith("%25", i)
          && hexValue(s.charAt(i + 3)) >= 0 && hexValue(s.charAt(i + 4)) >= 0) {
        out.append('%').append(s, i + 3, i + 5);
        i += 5;
      } else {
        out.append(s.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  static int hexValue(char c) {
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
