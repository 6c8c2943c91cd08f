package io.sparkplow.enrich.build;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The cross-domain linking parameter {@code _sp=DOMAIN_USERID.TIMESTAMP} that the JavaScript tracker
 * adds to links between a site's domains; read from the query of the page URL. It fills
 * {@code refr_domain_userid} and {@code refr_dvce_tstamp}.
 */
public final class CrossDomain {

  /** The name of the parameter in the page URL. */
  public static final String PARAMETER = "_sp";

  private CrossDomain() {}

  /**
   * The decoded value of the last {@code _sp} parameter of a raw query (names and values
   * URL-decoded; a value that does not decode is taken as is), empty when there is none.
   */
  public static Optional<String> find(String rawQuery) {
    // Cheap check first; "sp" also catches an encoded name such as %5Fsp.
    if (rawQuery.indexOf("sp") < 0) {
      return Optional.empty();
    }
    String found = null;
    int start = 0;
    while (start <= rawQuery.length()) {
      int end = rawQuery.indexOf('&', start);
      if (end < 0) {
        end = rawQuery.length();
      }
      String pair = rawQuery.substring(start, end);
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (name.equals(PARAMETER)) {
        found = eq < 0 ? "" : decode(pair.substring(eq + 1));
      }
      start = end + 1;
    }
    return Optional.ofNullable(found);
  }

  /** The domain user id: the text before the first dot ({@code ""} when none). */
  public static String domainUserId(String value) {
    int dot = value.indexOf('.');
    return TextCleaner.clean(dot < 0 ? value : value.substring(0, dot));
  }

  /** The timestamp part: the text between the first and second dot, empty when there is none. */
  public static Optional<String> timestamp(String value) {
    int dot = value.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    int next = value.indexOf('.', dot + 1);
    String part = next < 0 ? value.substring(dot + 1) : value.substring(dot + 1, next);
    return part.isEmpty() ? Optional.empty() : Optional.of(part);
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
