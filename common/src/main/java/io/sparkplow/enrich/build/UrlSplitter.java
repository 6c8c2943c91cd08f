package io.sparkplow.enrich.build;

import io.sparkplow.Result;
import java.util.Locale;

/**
 * Splits page and referrer URLs into scheme, host, port, path, query and fragment.
 *
 * <p>Lenient with real-world URLs, as Snowplow was: spaces are written {@code %20} (Snowplow's fix
 * for the many raw URLs that hold them), and the split follows the generic syntax of RFC 3986
 * (appendix B) without requiring every character to be legal, so unicode, stray {@code %} or
 * {@code |} pass through unchanged. Without a scheme (e.g. {@code www.example.com/page}) the URL is
 * all path; a protocol-relative {@code //host/path} has a host but no scheme.
 *
 * <p>The port is the explicit one, else, when the URL has a scheme and a host, the default of the
 * scheme: 443 for {@code https} and 80 for any other.
 *
 * <p>Unparseable (an error, so a violation of the field): a scheme that is not
 * {@code ALPHA *(ALPHA / DIGIT / "+" / "-" / ".")}, a port that is not a number from 0 to 65535, an
 * IPv6 host without its closing {@code ]}, a host holding one of {@code <>"{}|\^`}.
 */
public final class UrlSplitter {

  private static final String FORBIDDEN_IN_HOST = "<>\"{}|\\^`";

  private UrlSplitter() {}

  /** Splits a cleaned, non-empty URL; the error says why it cannot be. */
  public static Result<UrlParts, String> split(String value) {
    String url = value.indexOf(' ') < 0 ? value : value.replace(" ", "%20");
    int length = url.length();
    int pos = 0;

    String scheme = "";
    int colon = url.indexOf(':');
    if (colon > 0 && colon < firstOf(url, "/?#", 0)) {
      scheme = url.substring(0, colon);
      if (!validScheme(scheme)) {
        return Result.err("invalid URL scheme [" + scheme + "]");
      }
      pos = colon + 1;
    }

    String host = "";
    String port = "";
    if (url.startsWith("//", pos)) {
      int authorityEnd = firstOf(url, "/?#", pos + 2);
      String authority = url.substring(pos + 2, authorityEnd);
      pos = authorityEnd;
      int at = authority.lastIndexOf('@');
      String hostPort = at < 0 ? authority : authority.substring(at + 1);
      String portText;
      if (hostPort.startsWith("[")) {
        int close = hostPort.indexOf(']');
        if (close < 0) {
          return Result.err("invalid URL host: IPv6 address without closing ]");
        }
        host = hostPort.substring(0, close + 1);
        String after = hostPort.substring(close + 1);
        if (!after.isEmpty() && after.charAt(0) != ':') {
          return Result.err("invalid URL host [" + hostPort + "]");
        }
        portText = after.isEmpty() ? "" : after.substring(1);
      } else {
        int portColon = hostPort.lastIndexOf(':');
        host = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
        portText = portColon < 0 ? "" : hostPort.substring(portColon + 1);
      }
      for (int i = 0; i < host.length(); i++) {
        char c = host.charAt(i);
        if (FORBIDDEN_IN_HOST.indexOf(c) >= 0 || c < 0x20) {
          return Result.err("invalid URL host [" + host + "]");
        }
      }
      if (!portText.isEmpty()) {
        if (!validPort(portText)) {
          return Result.err("invalid URL port [" + portText + "]");
        }
        port = Integer.toString(Integer.parseInt(portText));
      }
    }

    int pathEnd = firstOf(url, "?#", pos);
    String path = url.substring(pos, pathEnd);
    pos = pathEnd;
    String query = "";
    if (pos < length && url.charAt(pos) == '?') {
      int queryEnd = firstOf(url, "#", pos + 1);
      query = url.substring(pos + 1, queryEnd);
      pos = queryEnd;
    }
    String fragment = pos < length ? url.substring(pos + 1) : "";

    if (port.isEmpty() && !host.isEmpty() && !scheme.isEmpty()) {
      port = scheme.toLowerCase(Locale.ROOT).equals("https") ? "443" : "80";
    }
    return Result.ok(new UrlParts(url, scheme, host, port, path, query, fragment));
  }

  /** The index of the first of {@code chars} at or after {@code from}, else the length. */
  private static int firstOf(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static boolean validScheme(String scheme) {
    char first = scheme.charAt(0);
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
      return false;
    }
    for (int i = 1; i < scheme.length(); i++) {
      char c = scheme.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+'
          || c == '-' || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean validPort(String text) {
    if (text.length() > 5) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(text) <= 65535;
  }
}
