package io.sparkplow.enrich.anonip;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.support.IpAddresses;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.protocol.RawEvent;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Masks the end of {@code user_ipaddress}: trailing IPv4 octets, or trailing IPv6 segments, become
 * {@code x} ({@code 192.0.2.17} with 2 octets: {@code 192.0.x.x}; {@code 2001:db8::1} with 3
 * segments: {@code 2001:db8:0:0:0:x:x:x}, the IPv6 address written in full). A port the collector
 * kept is kept. A value that is not an IP address is left as it is, as Snowplow did.
 *
 * <p>Runs after the enrichments that need the real address (IP lookups, IAB). Stateless.
 */
public final class AnonIpEnrichment implements Enrichment {

  static final String MASK = "x";

  private final int octets;
  private final int segments;

  AnonIpEnrichment(int octets, int segments) {
    this.octets = octets;
    this.segments = segments;
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    String ip = event.get(Field.USER_IPADDRESS);
    if (!ip.isEmpty()) {
      event.set(Field.USER_IPADDRESS, anonymize(ip));
    }
    return Optional.empty();
  }

  /** The masked address, or the text unchanged when it is not an IP address. */
  String anonymize(String ip) {
    Optional<InetAddress> parsed = IpAddresses.parse(ip);
    if (parsed.isEmpty()) {
      return ip;
    }
    int end = IpAddresses.addressEnd(ip);
    String prefix = ip.charAt(0) == '[' ? "[" : "";
    String suffix = ip.substring(end);
    InetAddress address = parsed.get();
    StringBuilder out = new StringBuilder(ip.length() + 16).append(prefix);
    if (address instanceof Inet4Address) {
      byte[] b = address.getAddress();
      for (int i = 0; i < 4; i++) {
        if (i > 0) {
          out.append('.');
        }
        out.append(i >= 4 - octets ? MASK : Integer.toString(b[i] & 0xff));
      }
    } else {
      byte[] b = address.getAddress();
      for (int i = 0; i < 8; i++) {
        if (i > 0) {
          out.append(':');
        }
        out.append(i >= 8 - segments ? MASK : Integer.toHexString(((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff)));
      }
    }
    return out.append(suffix).toString();
  }
}
