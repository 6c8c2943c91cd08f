package io.sparkplow.enrich.support;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Parses IP address literals without ever resolving a name: {@link InetAddress#getByName} queries
 * DNS for anything that is not a literal, which a per-event path must never do.
 *
 * <p>Collectors sometimes record the client's address with its port ({@code 192.0.2.1:8080},
 * {@code [2001:db8::1]:8080}); Snowplow looked such addresses up without the port, and so do we.
 */
public final class IpAddresses {

  private IpAddresses() {}

  /**
   * The address of an IPv4 or IPv6 literal, optionally followed by a port; empty for anything
   * else (a host name, junk, empty).
   */
  public static Optional<InetAddress> parse(String text) {
    if (text == null || text.isEmpty() || text.length() > 64) {
      return Optional.empty();
    }
    int end = addressEnd(text);
    if (end < 0) {
      return Optional.empty();
    }
    int start = text.charAt(0) == '[' ? 1 : 0;
    return parseLiteral(text.substring(start, end));
  }

  /**
   * Where the address part of {@code text} ends (before {@code :port} or {@code ]:port}), or -1
   * when a port suffix is malformed. The caller still has to check the address itself.
   */
  public static int addressEnd(String text) {
    if (text.charAt(0) == '[') {
      int close = text.indexOf(']');
      if (close < 0) {
        return -1;
      }
      if (close == text.length() - 1) {
        return close;
      }
      return text.charAt(close + 1) == ':' && isPort(text, close + 2) ? close : -1;
    }
    int firstColon = text.indexOf(':');
    if (firstColon >= 0 && firstColon == text.lastIndexOf(':') && text.lastIndexOf('.', firstColon) >= 0) {
      // One colon after a dotted quad: an IPv4 address and its port.
      return isPort(text, firstColon + 1) ? firstColon : -1;
    }
    return text.length();
  }

  /** Whether the address is IPv4 (an IPv4-mapped IPv6 literal such as {@code ::ffff:192.0.2.1} parses as one). */
  public static boolean isIpv4(InetAddress address) {
    return address instanceof Inet4Address;
  }

  private static boolean isPort(String text, int from) {
    int length = text.length() - from;
    if (length < 1 || length > 5) {
      return false;
    }
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Optional<InetAddress> parseLiteral(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    boolean colon = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':') {
        colon = true;
      } else if (!(c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return Optional.empty();
      }
    }
    if (!colon) {
      return parseIpv4(text).map(IpAddresses::ipv4);
    }
    if (text.charAt(0) == '.') {
      return Optional.empty(); // the JDK would take it for a host name
    }
    try {
      // Hex digits, dots and colons, starting with a hex digit or a colon: the JDK parses it as an
      // IPv6 literal (never a name lookup) and throws when it is not one.
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Strict dotted quad: four decimal octets 0-255, no leading zeros (which some read as octal). */
  static Optional<byte[]> parseIpv4(String text) {
    byte[] bytes = new byte[4];
    int octet = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i == text.length() ? '.' : text.charAt(i);
      if (c == '.') {
        if (digits == 0 || octet > 3) {
          return Optional.empty();
        }
        bytes[octet++] = (byte) value;
        value = 0;
        digits = 0;
      } else if (c >= '0' && c <= '9') {
        if (digits > 0 && value == 0) {
          return Optional.empty();
        }
        value = value * 10 + (c - '0');
        digits++;
        if (value > 255) {
          return Optional.empty();
        }
      } else {
        return Optional.empty();
      }
    }
    return octet == 4 ? Optional.of(bytes) : Optional.empty();
  }

  private static InetAddress ipv4(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
