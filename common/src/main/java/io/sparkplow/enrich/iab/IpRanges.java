package io.sparkplow.enrich.iab;

import io.sparkplow.enrich.support.IpAddresses;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The IAB robots' IPv4 addresses, from a list file: one address ({@code 192.0.2.1}) or CIDR
 * range ({@code 192.0.2.0/24}) a line; blank lines and lines starting with {@code #} are skipped,
 * and so are IPv6 entries (the IAB check only applies to IPv4 clients). Held as merged, sorted
 * intervals: a lookup is a binary search. Immutable and thread-safe.
 */
final class IpRanges {

  private final long[] starts;
  private final long[] ends;

  private IpRanges(long[] starts, long[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** @throws IOException naming the line that is neither an address nor a CIDR range */
  static IpRanges parse(List<String> lines) throws IOException {
    List<long[]> ranges = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int slash = line.indexOf('/');
      String address = slash < 0 ? line : line.substring(0, slash);
      Optional<InetAddress> parsed = address.isEmpty() || address.startsWith("[") ? Optional.empty() : IpAddresses.parse(address);
      if (parsed.isEmpty() || IpAddresses.addressEnd(address) != address.length()) {
        throw new IOException("line " + (n + 1) + ": not an IP address or CIDR range: " + line);
      }
      if (!(parsed.get() instanceof Inet4Address)) {
        continue; // IPv6: never matches, the check is for IPv4 clients only
      }
      int prefix = 32;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(line.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > 32) {
          throw new IOException("line " + (n + 1) + ": invalid prefix length in " + line);
        }
      }
      long ip = toLong(parsed.get());
      long size = 1L << (32 - prefix);
      long start = ip & ~(size - 1) & 0xFFFFFFFFL;
      ranges.add(new long[] {start, start + size - 1});
    }
    ranges.sort((a, b) -> Long.compare(a[0], b[0]));
    long[] starts = new long[ranges.size()];
    long[] ends = new long[ranges.size()];
    int count = 0;
    for (long[] r : ranges) {
      if (count > 0 && r[0] <= ends[count - 1] + 1) {
        ends[count - 1] = Math.max(ends[count - 1], r[1]);
      } else {
        starts[count] = r[0];
        ends[count] = r[1];
        count++;
      }
    }
    return new IpRanges(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
  }

  boolean contains(Inet4Address address) {
    long ip = toLong(address);
    int i = Arrays.binarySearch(starts, ip);
    if (i >= 0) {
      return true;
    }
    int before = -i - 2;
    return before >= 0 && ip <= ends[before];
  }

  private static long toLong(InetAddress address) {
    byte[] b = address.getAddress();
    return ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFFL) << 16) | ((b[2] & 0xFFL) << 8) | (b[3] & 0xFFL);
  }
}
