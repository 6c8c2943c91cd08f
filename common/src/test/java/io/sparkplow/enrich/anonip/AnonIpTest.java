package io.sparkplow.enrich.anonip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.enrich.support.TestEvents;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnonIpTest {

  private static Enrichment enrichment(String version, String parameters) {
    return ((AnonIpSpec) new AnonIpFactory().parse(TestConfigs.snowplow("anon_ip", version, parameters))).build(null);
  }

  private static String anonymize(Enrichment e, String ip) {
    EventDraft event = new EventDraft();
    event.set(Field.USER_IPADDRESS, ip);
    assertEquals(Optional.empty(), e.enrich(TestEvents.withParameters("e", "pv"), event));
    return event.get(Field.USER_IPADDRESS);
  }

  @Test
  void masksTrailingIpv4Octets() {
    assertEquals("198.51.100.x", anonymize(enrichment("1-0-0", "{\"anonOctets\":1}"), "198.51.100.23"));
    assertEquals("198.51.x.x", anonymize(enrichment("1-0-0", "{\"anonOctets\":2}"), "198.51.100.23"));
    assertEquals("198.x.x.x", anonymize(enrichment("1-0-0", "{\"anonOctets\":3}"), "198.51.100.23"));
    assertEquals("x.x.x.x", anonymize(enrichment("1-0-0", "{\"anonOctets\":4}"), "198.51.100.23"));
  }

  @Test
  void masksTrailingIpv6SegmentsOfTheFullAddress() {
    Enrichment e = enrichment("1-0-1", "{\"anonOctets\":2,\"anonSegments\":3}");
    assertEquals("2001:db8:0:0:0:x:x:x", anonymize(e, "2001:db8::ff00:42:8329"));
    assertEquals("2001:db8:85a3:0:0:x:x:x", anonymize(e, "2001:DB8:85A3:0000:0000:8A2E:0370:7334"));
    assertEquals("198.51.x.x", anonymize(e, "198.51.100.23"));
  }

  @Test
  void withoutAnonSegmentsMasksAsManySegmentsAsOctets() {
    assertEquals("2001:db8:0:0:0:ff00:x:x", anonymize(enrichment("1-0-0", "{\"anonOctets\":2}"), "2001:db8::ff00:42:8329"));
  }

  @Test
  void keepsThePortAndTheBrackets() {
    Enrichment e = enrichment("1-0-1", "{\"anonOctets\":1,\"anonSegments\":8}");
    assertEquals("198.51.100.x:8080", anonymize(e, "198.51.100.23:8080"));
    assertEquals("[x:x:x:x:x:x:x:x]:443", anonymize(e, "[2001:db8::1]:443"));
  }

  @Test
  void leavesWhatIsNotAnAddress() {
    Enrichment e = enrichment("1-0-0", "{\"anonOctets\":4}");
    assertEquals("unknown", anonymize(e, "unknown"));
    assertEquals("", anonymize(e, ""));
  }

  @Test
  void refusesOutOfRangeOrMissingSettings() {
    AnonIpFactory f = new AnonIpFactory();
    assertEquals("anon_ip", f.name());
    for (String[] bad : new String[][] {
        {"{\"anonOctets\":0}", "data.parameters.anonOctets"},
        {"{\"anonOctets\":5}", "data.parameters.anonOctets"},
        {"{\"anonOctets\":\"2\"}", "data.parameters.anonOctets"},
        {"{}", "data.parameters.anonOctets"},
        {"{\"anonOctets\":2,\"anonSegments\":9}", "data.parameters.anonSegments"}}) {
      ConfigurationException e = assertThrows(ConfigurationException.class,
          () -> f.parse(TestConfigs.snowplow("anon_ip", "1-0-1", bad[0])));
      assertEquals(bad[1], e.field(), bad[0]);
      assertEquals("anon_ip.json", e.source());
    }
    assertEquals("schema", assertThrows(ConfigurationException.class,
        () -> f.parse(TestConfigs.snowplow("anon_ip", "2-0-0", "{\"anonOctets\":1}"))).field());
  }
}
