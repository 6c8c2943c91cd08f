package io.sparkplow.enrich.iplookups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.files.CachingFileFetcher;
import io.sparkplow.enrich.files.LocalFileSource;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.enrich.support.TestEvents;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IpLookupsTest {

  private static final Field[] ALL = {Field.GEO_COUNTRY, Field.GEO_REGION, Field.GEO_CITY, Field.GEO_ZIPCODE,
      Field.GEO_LATITUDE, Field.GEO_LONGITUDE, Field.GEO_REGION_NAME, Field.GEO_TIMEZONE, Field.IP_ISP,
      Field.IP_ORGANIZATION, Field.IP_DOMAIN, Field.IP_NETSPEED};

  @TempDir
  Path cache;

  private static String pair(String database, Path folder) {
    return "{\"database\":\"" + database + "\",\"uri\":\"" + folder.toUri() + "\"}";
  }

  private Enrichment build(String parameters) throws IOException {
    EnrichmentSpec spec = new IpLookupsFactory().parse(TestConfigs.snowplow("ip_lookups", "2-0-0", parameters));
    return spec.build(new CachingFileFetcher(cache, List.of(new LocalFileSource())));
  }

  private Enrichment all() throws IOException {
    Path dir = TestDatabases.directory();
    return build("{\"geo\":" + pair("GeoIP2-City.mmdb", dir) + ",\"isp\":" + pair("GeoIP2-ISP.mmdb", dir)
        + ",\"domain\":" + pair("GeoIP2-Domain.mmdb", dir) + ",\"connectionType\":" + pair("GeoIP2-Connection-Type.mmdb", dir) + "}");
  }

  private static Map<Field, String> lookUp(Enrichment enrichment, String ip) {
    EventDraft event = new EventDraft();
    event.set(Field.USER_IPADDRESS, ip);
    assertEquals(Optional.empty(), enrichment.enrich(TestEvents.withParameters("e", "pv"), event));
    Map<Field, String> out = new EnumMap<>(Field.class);
    for (Field f : ALL) {
      out.put(f, event.get(f));
    }
    return out;
  }

  private static Map<Field, String> expected(String... values) {
    Map<Field, String> out = new EnumMap<>(Field.class);
    for (int i = 0; i < ALL.length; i++) {
      out.put(ALL[i], values[i]);
    }
    return out;
  }

  private static final Map<Field, String> LYON = expected("FR", "69", "Lyon", "69001", "45.7578", "4.8351", "Rhône",
      "Europe/Paris", "Example Telecom", "Example University", "example.net", "Cable/DSL");

  private static final Map<Field, String> NOTHING = expected("", "", "", "", "", "", "", "", "", "", "", "");

  @Test
  void fillsEveryFieldForAnIpv4Address() throws IOException {
    assertEquals(LYON, lookUp(all(), "192.0.2.17"));
  }

  @Test
  void findsIpv4AddressesWrittenWithAPortOrAsIpv6() throws IOException {
    Enrichment e = all();
    assertEquals(LYON, lookUp(e, "192.0.2.200:61234"));
    assertEquals(LYON, lookUp(e, "::ffff:192.0.2.17"));
  }

  @Test
  void fillsEveryFieldForAnIpv6Address() throws IOException {
    assertEquals(expected("NZ", "WGN", "Wellington", "6011", "-41.2865", "174.7762", "Wellington", "Pacific/Auckland",
        "Example IPv6 Carrier", "", "example.org", "Corporate"), lookUp(all(), "2001:db8:1::beef"));
  }

  @Test
  void leavesEmptyWhatTheDatabaseLacks() throws IOException {
    Enrichment e = all();
    assertEquals(expected("JP", "", "", "", "", "", "", "", "", "", "", "Cellular"), lookUp(e, "198.51.100.9"));
    // Coordinates near 0 are written as plain decimals, never with an exponent.
    assertEquals(expected("EC", "", "", "", "0.00005", "-78.4678", "", "America/Guayaquil", "", "", "", ""),
        lookUp(e, "203.0.113.5"));
  }

  @Test
  void anAddressNotFoundOrNotAnAddressIsNotAFailure() throws IOException {
    Enrichment e = all();
    for (String ip : new String[] {"203.0.113.200", "10.1.2.3", "2001:db8:2::1", "", "unknown", "192.0.2.17, 198.51.100.9"}) {
      assertEquals(NOTHING, lookUp(e, ip), ip);
    }
  }

  @Test
  void readsOnlyTheConfiguredDatabases() throws IOException {
    Enrichment e = build("{\"connectionType\":" + pair("GeoIP2-Connection-Type.mmdb", TestDatabases.directory()) + "}");
    assertEquals(expected("", "", "", "", "", "", "", "", "", "", "", "Cable/DSL"), lookUp(e, "192.0.2.17"));
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    Enrichment e = all();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String ip = i % 2 == 0 ? "192.0.2." + (i % 256) : "2001:db8:1::" + Integer.toHexString(i);
      Map<Field, String> want = i % 2 == 0 ? LYON : lookUp(e, "2001:db8:1::1");
      results.add(pool.submit(() -> lookUp(e, ip).equals(want)));
    }
    for (Future<Boolean> r : results) {
      assertTrue(r.get());
    }
    pool.shutdown();
  }

  @Test
  void anUnreadableDatabaseFailsTheEvent() throws IOException {
    Path dir = TestDatabases.directory();
    Path broken = Files.createDirectories(cache.resolve("broken")).resolve("GeoIP2-City.mmdb");
    byte[] bytes = Files.readAllBytes(dir.resolve("GeoIP2-City.mmdb"));
    // Garbage over the records (the first key of the first record is "city"); the search tree
    // and the metadata stay intact, so the database opens and finds the address.
    int records = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("city") - 2;
    assertTrue(records > 0);
    Arrays.fill(bytes, records, records + 200, (byte) 0xEE);
    Files.write(broken, bytes);
    Enrichment e = build("{\"geo\":" + pair("GeoIP2-City.mmdb", broken.getParent()) + "}");
    EventDraft event = new EventDraft();
    event.set(Field.USER_IPADDRESS, "192.0.2.17");
    Optional<String> failure = e.enrich(TestEvents.withParameters("e", "pv"), event);
    assertTrue(failure.isPresent());
    assertTrue(failure.get().startsWith("ip_lookups: the geo database could not be read"), failure.get());
    assertFalse(failure.get().contains("192.0.2.17"), "the message does not repeat the address");
  }

  @Test
  void aDatabaseOfTheWrongKindStopsTheRun() {
    Path dir = TestDatabases.directory();
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> build("{\"geo\":" + pair("GeoIP2-ISP.mmdb", dir) + "}"));
    assertEquals("data.parameters.geo.database", e.field());
    assertTrue(e.getMessage().contains("GeoIP2-ISP database"), e.getMessage());
  }

  @Test
  void aFileThatIsNotAMaxMindDatabaseStopsTheRun() throws IOException {
    Path folder = Files.createDirectories(cache.resolve("text"));
    Files.writeString(folder.resolve("GeoIP2-Domain.mmdb"), "not a database\n");
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> build("{\"domain\":" + pair("GeoIP2-Domain.mmdb", folder) + "}"));
    assertEquals("ip_lookups.json", e.source());
    assertEquals("data.parameters.domain.database", e.field());
  }

  @Test
  void listsTheFilesToCheckBeforeTheRun() {
    EnrichmentSpec spec = new IpLookupsFactory().parse(TestConfigs.snowplow("ip_lookups", "2-0-0",
        "{\"isp\":{\"database\":\"GeoIP2-ISP.mmdb\",\"uri\":\"s3://bucket/maxmind\"},"
            + "\"geo\":{\"database\":\"GeoLite2-City.mmdb\",\"uri\":\"s3://bucket/maxmind/\"}}"));
    assertEquals(List.of(URI.create("s3://bucket/maxmind/GeoLite2-City.mmdb"), URI.create("s3://bucket/maxmind/GeoIP2-ISP.mmdb")),
        spec.files());
  }

  @Test
  void refusesConfigurationsItCannotUse() {
    IpLookupsFactory factory = new IpLookupsFactory();
    assertEquals("ip_lookups", factory.name());
    ConfigurationException none = assertThrows(ConfigurationException.class,
        () -> factory.parse(TestConfigs.snowplow("ip_lookups", "2-0-0", "{}")));
    assertEquals("data.parameters", none.field());
    ConfigurationException version = assertThrows(ConfigurationException.class, () -> factory.parse(
        TestConfigs.snowplow("ip_lookups", "1-0-0", "{\"geo\":{\"database\":\"GeoLiteCity.dat\",\"uri\":\"http://example.com\"}}")));
    assertEquals("schema", version.field());
    assertTrue(version.getMessage().contains("2-0-0"), version.getMessage());
    ConfigurationException uri = assertThrows(ConfigurationException.class, () -> factory.parse(
        TestConfigs.snowplow("ip_lookups", "2-0-0", "{\"isp\":{\"database\":\"GeoIP2-ISP.mmdb\"}}")));
    assertEquals("data.parameters.isp.uri", uri.field());
  }
}
