package io.sparkplow.enrich.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrossDomainTest {

  @Test
  void findsTheSpParameter() {
    assertEquals(Optional.of("4da6ee6d6d69aa18.1381188927100"),
        CrossDomain.find("utm_source=GoogleSearch&gclid=CI6t&_sp=4da6ee6d6d69aa18.1381188927100"));
    assertEquals(Optional.of("abc.123"), CrossDomain.find("_sp=abc.123&x=1"));
  }

  @Test
  void lastOneWinsAndEncodingIsDecoded() {
    assertEquals(Optional.of("b.2"), CrossDomain.find("_sp=a.1&_sp=b.2"));
    assertEquals(Optional.of("b.2"), CrossDomain.find("%5Fsp=b%2E2"));
  }

  @Test
  void absentOrEmpty() {
    assertEquals(Optional.empty(), CrossDomain.find(""));
    assertEquals(Optional.empty(), CrossDomain.find("x_sp=1&sp=2"));
    assertEquals(Optional.of(""), CrossDomain.find("_sp="));
    assertEquals(Optional.of(""), CrossDomain.find("_sp"));
  }

  @Test
  void undecodableValueIsTakenAsIs() {
    assertEquals(Optional.of("a%zz.1"), CrossDomain.find("_sp=a%zz.1"));
  }

  @Test
  void parts() {
    assertEquals("4da6ee6d6d69aa18", CrossDomain.domainUserId("4da6ee6d6d69aa18.1381188927100"));
    assertEquals(Optional.of("1381188927100"), CrossDomain.timestamp("4da6ee6d6d69aa18.1381188927100"));
    assertEquals("4da6ee6d6d69aa18", CrossDomain.domainUserId("4da6ee6d6d69aa18"));
    assertEquals(Optional.empty(), CrossDomain.timestamp("4da6ee6d6d69aa18"));
    assertEquals(Optional.empty(), CrossDomain.timestamp("4da6ee6d6d69aa18."));
    assertEquals(Optional.of("123"), CrossDomain.timestamp("a.123.extra"));
    assertEquals("", CrossDomain.domainUserId(".123"));
  }
}
