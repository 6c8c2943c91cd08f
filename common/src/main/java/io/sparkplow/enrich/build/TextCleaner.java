package io.sparkplow.enrich.build;

/**
 * Makes a text value safe for one field of the enriched TSV line, as Snowplow did: a tab becomes
 * four spaces, control characters are stripped, leading and trailing whitespace is trimmed; an
 * empty result is an absent value ({@code ""}).
 *
 * <p>Allocation-aware: a value that needs no change is returned as is.
 */
public final class TextCleaner {

  private static final String TAB = "    ";

  private TextCleaner() {}

  /** A text value: tab to four spaces, ISO control characters stripped, trimmed. */
  public static String clean(String value) {
    return clean(value, false);
  }

  /**
   * A user agent, kept closer to what the browser sent: only CR and LF are stripped (a tab still
   * becomes four spaces, as no field may hold a tab). Not trimmed here: the user agent enrichments
   * see it as sent, and the event's output is trimmed when it is written.
   */
  public static String cleanUserAgent(String value) {
    return clean(value, true);
  }

  private static String clean(String value, boolean userAgent) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    int first = -1;
    for (int i = 0; i < value.length(); i++) {
      if (needsChange(value.charAt(i), userAgent)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return userAgent ? value : value.trim();
    }
    StringBuilder sb = new StringBuilder(value.length() + 8);
    sb.append(value, 0, first);
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t') {
        sb.append(TAB);
      } else if (!needsChange(c, userAgent)) {
        sb.append(c);
      }
    }
    return userAgent ? sb.toString() : sb.toString().trim();
  }

  private static boolean needsChange(char c, boolean userAgent) {
    if (userAgent) {
      return c == '\t' || c == '\r' || c == '\n';
    }
    return Character.isISOControl(c);
  }
}
