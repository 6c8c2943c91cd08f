package io.sparkplow.collector;

import java.util.List;
import java.util.Optional;

/**
 * The address of the client behind proxies: the first {@code X-Forwarded-For} address, else the
 * {@code for=} of a {@code Forwarded} header (RFC 7239), else what the collector saw.
 *
 * <p>An address read from a header is unquoted and loses its port ({@code [2001:db8::1]:4711} is
 * {@code 2001:db8::1}, {@code 192.0.2.1:80} is {@code 192.0.2.1}); {@code unknown} and obfuscated
 * identifiers ({@code _hidden}) are no address.
 */
final class ClientIp {

  private ClientIp() {}

  /** The client address from the request headers ({@code Name: value} strings), if any says. */
  static Optional<String> fromHeaders(List<String> headers) {
    for (String header : headers) {
      if (isHeader(header, "x-forwarded-for")) {
        Optional<String> ip = firstOfList(valueOf(header));
        if (ip.isPresent()) {
          return ip;
        }
      }
    }
    for (String header : headers) {
      if (isHeader(header, "forwarded")) {
        Optional<String> ip = forwardedFor(valueOf(header));
        if (ip.isPresent()) {
          return ip;
        }
      }
    }
    return Optional.empty();
  }

  /** The first address of a comma-separated {@code X-Forwarded-For} list. */
  static Optional<String> firstOfList(String list) {
    int comma = list.indexOf(',');
    return address(comma < 0 ? list : list.substring(0, comma));
  }

  /** The first {@code for=} parameter of a {@code Forwarded} header value. */
  static Optional<String> forwardedFor(String value) {
    int length = value.length();
    int i = 0;
    while (i < length) {
      while (i < length && (value.charAt(i) == ' ' || value.charAt(i) == ';'
          || value.charAt(i) == ',')) {
        i++;
      }
      int end = i;
      while (end < length && value.charAt(end) != ';' && value.charAt(end) != ',') {
        end++;
      }
      if (end - i > 4 && value.regionMatches(true, i, "for=", 0, 4)) {
        return address(value.substring(i + 4, end));
      }
      i = end;
    }
    return Optional.empty();
  }

  private static Optional<String> address(String raw) {
    String ip = raw.trim();
    if (ip.length() >= 2 && ip.startsWith("\"") && ip.endsWith("\"")) {
      ip = ip.substring(1, ip.length() - 1).trim();
    }
    if (ip.startsWith("[")) {
      int close = ip.indexOf(']');
      ip = close < 0 ? ip.substring(1) : ip.substring(1, close);
    } else {
      int colon = ip.indexOf(':');
      if (colon >= 0 && ip.indexOf(':', colon + 1) < 0) {
        ip = ip.substring(0, colon); // IPv4 with a port; an IPv6 address has several colons
      }
    }
    if (ip.isEmpty() || ip.equalsIgnoreCase("unknown") || ip.startsWith("_")) {
      return Optional.empty();
    }
    return Optional.of(ip);
  }

  private static boolean isHeader(String header, String lowerCaseName) {
    int end = header.indexOf(':');
    while (end > 0 && header.charAt(end - 1) == ' ') {
      end--;
    }
    return end == lowerCaseName.length() && header.regionMatches(true, 0, lowerCaseName, 0, end);
  }

  private static String valueOf(String header) {
    return header.substring(header.indexOf(':') + 1);
  }
}
