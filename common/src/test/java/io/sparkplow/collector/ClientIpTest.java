package io.sparkplow.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientIpTest {

  @Test
  void readsTheFirstAddressOfXForwardedFor() {
    assertEquals(Optional.of("203.0.113.195"), ClientIp.firstOfList("203.0.113.195, 70.41.3.18, 150.172.238.178"));
    assertEquals(Optional.of("2001:db8:85a3:8d3:1319:8a2e:370:7348"),
        ClientIp.firstOfList("2001:db8:85a3:8d3:1319:8a2e:370:7348"));
    assertEquals(Optional.of("192.0.2.43"), ClientIp.firstOfList(" 192.0.2.43:47011 ,10.0.0.1"));
    assertEquals(Optional.empty(), ClientIp.firstOfList(""));
    assertEquals(Optional.empty(), ClientIp.firstOfList("unknown, 10.0.0.1"));
  }

  @Test
  void readsForOfForwarded() {
    assertEquals(Optional.of("192.0.2.60"), ClientIp.forwardedFor("for=192.0.2.60;proto=http;by=203.0.113.43"));
    assertEquals(Optional.of("2001:db8:cafe::17"), ClientIp.forwardedFor("For=\"[2001:db8:cafe::17]:4711\""));
    assertEquals(Optional.of("198.51.100.17"), ClientIp.forwardedFor("proto=https; for=198.51.100.17, for=10.0.0.1"));
    assertEquals(Optional.empty(), ClientIp.forwardedFor("by=203.0.113.43;proto=https"));
    assertEquals(Optional.empty(), ClientIp.forwardedFor("for=_gazonk"));
    assertEquals(Optional.empty(), ClientIp.forwardedFor("before=1.2.3.4"));
  }

  @Test
  void prefersXForwardedForOverForwardedWhateverTheirOrder() {
    assertEquals(Optional.of("198.51.100.1"), ClientIp.fromHeaders(List.of(
        "Forwarded: for=203.0.113.9", "Accept: */*", "X-FORWARDED-FOR : 198.51.100.1")));
    assertEquals(Optional.of("203.0.113.9"), ClientIp.fromHeaders(List.of(
        "X-Forwarded-Forward: 1.1.1.1", "forwarded:for=203.0.113.9")));
    assertEquals(Optional.empty(), ClientIp.fromHeaders(List.of("Host: example.com", "X-Real-IP: 1.2.3.4")));
  }
}
