package io.sparkplow.enrich.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IpAddressesTest {

  @Test
  void parsesDottedQuads() {
    InetAddress a = IpAddresses.parse("192.0.2.17").orElseThrow();
    assertTrue(a instanceof Inet4Address);
    assertEquals("192.0.2.17", a.getHostAddress());
    assertEquals("255.255.255.255", IpAddresses.parse("255.255.255.255").orElseThrow().getHostAddress());
  }

  @Test
  void parsesIpv6InEveryNotation() {
    InetAddress a = IpAddresses.parse("2001:db8:0:0:0:ff00:42:8329").orElseThrow();
    assertTrue(a instanceof Inet6Address);
    assertEquals(a, IpAddresses.parse("2001:DB8::FF00:42:8329").orElseThrow());
    assertTrue(IpAddresses.parse("::1").isPresent());
  }

  @Test
  void anIpv4MappedAddressIsIpv4() {
    InetAddress a = IpAddresses.parse("::ffff:192.0.2.17").orElseThrow();
    assertTrue(IpAddresses.isIpv4(a));
    assertEquals("192.0.2.17", a.getHostAddress());
  }

  @Test
  void dropsThePortACollectorKept() {
    assertEquals("192.0.2.17", IpAddresses.parse("192.0.2.17:8080").orElseThrow().getHostAddress());
    assertEquals(IpAddresses.parse("2001:db8::1"), IpAddresses.parse("[2001:db8::1]:443"));
    assertEquals(IpAddresses.parse("2001:db8::1"), IpAddresses.parse("[2001:db8::1]"));
    assertEquals("192.0.2.1".length(), IpAddresses.addressEnd("192.0.2.1:80"));
  }

  @Test
  void refusesAnythingElseWithoutResolvingIt() {
    for (String s : new String[] {"", "localhost", "example.com", "abc", "deadbeef", "1.2.3", "1.2.3.4.5", "256.1.1.1",
        "01.2.3.4", "1.2.3.4:", "1.2.3.4:port", "1.2.3.4:123456", "[::1", ".:1", "2001:db8::1::2", "1.2.3.4, 5.6.7.8",
        "fe80::1%eth0", "unknown"}) {
      assertEquals(Optional.empty(), IpAddresses.parse(s), s);
    }
    assertFalse(IpAddresses.parse(null).isPresent());
  }
}
