package io.sparkplow.enrich.support;

/**
 * Reads the request headers a collector recorded, each a line {@code Name: value}.
 */
public final class Headers {

  private Headers() {}

  /** The header's name (trimmed), or empty when the line has no colon. */
  public static String name(String header) {
    int colon = header.indexOf(':');
    return colon < 0 ? "" : header.substring(0, colon).trim();
  }

  /** The header's value (trimmed), or empty when the line has no colon. */
  public static String value(String header) {
    int colon = header.indexOf(':');
    return colon < 0 ? "" : header.substring(colon + 1).trim();
  }

  /** Whether the line is a header of this name (compared ignoring case, as HTTP does). */
  public static boolean isNamed(String header, String name) {
    int colon = header.indexOf(':');
    if (colon < 0) {
      return false;
    }
    int start = 0;
    int end = colon;
    while (start < end && header.charAt(start) == ' ') {
      start++;
    }
    while (end > start && header.charAt(end - 1) == ' ') {
      end--;
    }
    return end - start == name.length() && header.regionMatches(true, start, name, 0, name.length());
  }
}
