package io.sparkplow.enrich.iab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.files.CachingFileFetcher;
import io.sparkplow.enrich.files.LocalFileSource;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.enrich.support.TestEvents;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IabTest {

  private static final String CHROME =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
  private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
  private static final String HEADLESS =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.71 Safari/537.36";

  @TempDir
  Path dir;

  @BeforeEach
  void writeLists() throws IOException {
    Files.writeString(dir.resolve("ip_exclude_current_cidr.txt"), """
        # robots' addresses
        192.0.2.0/28
        198.51.100.77

        2001:db8::/32
        """);
    Files.writeString(dir.resolve("exclude_current.txt"), """
        # pattern|active|exceptions|flag|primary impact|start-of-string|inactive date
        googlebot|1||0|2|0
        bingbot|1||0|0|0
        python-requests|1||0|1|1
        headlesschrome|1|Chrome-Lighthouse, PageSpeed|0|2|0
        oldcrawler|0||0|1|0|01/15/2014
        retiredbot|0||0|0|0
        """);
    Files.writeString(dir.resolve("include_current.txt"), """
        # pattern|active|start-of-string|inactive date
        Mozilla/|1|1
        Opera/|1|1
        python-requests|1|1
        LegacyBrowser|0|0|03/30/2014
        """);
  }

  private Enrichment enrichment() throws IOException {
    String uri = dir.toUri().toString();
    return new IabFactory().parse(TestConfigs.config("com.snowplowanalytics.snowplow.enrichments",
        "iab_spiders_and_robots_enrichment", "1-0-0",
        "{\"ipFile\":{\"database\":\"ip_exclude_current_cidr.txt\",\"uri\":\"" + uri + "\"},"
            + "\"excludeUseragentFile\":{\"database\":\"exclude_current.txt\",\"uri\":\"" + uri + "\"},"
            + "\"includeUseragentFile\":{\"database\":\"include_current.txt\",\"uri\":\"" + uri + "\"}}"))
        .build(new CachingFileFetcher(dir.resolve("cache"), List.of(new LocalFileSource())));
  }

  /** The context's data as compact JSON, or "" when none was added. */
  private static String check(Enrichment e, String ip, String useragent, String derivedTstamp) {
    EventDraft event = new EventDraft();
    event.set(Field.USER_IPADDRESS, ip);
    event.set(Field.USERAGENT, useragent);
    event.set(Field.DERIVED_TSTAMP, derivedTstamp);
    assertEquals(Optional.empty(), e.enrich(TestEvents.receivedAt(TestEvents.COLLECTOR_TIME_MS), event));
    if (event.derivedContexts().isEmpty()) {
      return "";
    }
    assertEquals(1, event.derivedContexts().size());
    assertEquals(IabEnrichment.SCHEMA, event.derivedContexts().get(0).path("schema").asText());
    return Json.compact(event.derivedContexts().get(0).path("data"));
  }

  private static String check(Enrichment e, String ip, String useragent) {
    return check(e, ip, useragent, "");
  }

  private static String data(boolean robot, String category, String reason, String impact) {
    return "{\"spiderOrRobot\":" + robot + ",\"category\":\"" + category + "\",\"reason\":\"" + reason
        + "\",\"primaryImpact\":\"" + impact + "\"}";
  }

  @Test
  void aBrowserPassesEveryCheck() throws IOException {
    assertEquals(data(false, "BROWSER", "PASSED_ALL", "NONE"), check(enrichment(), "203.0.113.9", CHROME));
    assertEquals(data(false, "BROWSER", "PASSED_ALL", "NONE"), check(enrichment(), "203.0.113.9:50412", CHROME));
  }

  @Test
  void aListedAddressIsARobotWhateverItsUserAgent() throws IOException {
    Enrichment e = enrichment();
    assertEquals(data(true, "SPIDER_OR_ROBOT", "FAILED_IP_EXCLUDE", "UNKNOWN"), check(e, "192.0.2.15", CHROME));
    assertEquals(data(true, "SPIDER_OR_ROBOT", "FAILED_IP_EXCLUDE", "UNKNOWN"), check(e, "198.51.100.77", CHROME));
    assertEquals(data(false, "BROWSER", "PASSED_ALL", "NONE"), check(e, "192.0.2.16", CHROME));
  }

  @Test
  void aUserAgentNoValidBrowserPatternMatchesIsARobot() throws IOException {
    Enrichment e = enrichment();
    assertEquals(data(true, "SPIDER_OR_ROBOT", "FAILED_UA_INCLUDE", "UNKNOWN"), check(e, "203.0.113.9", "curl/8.4.0"));
    // python-requests is valid only at the start of the user agent.
    assertEquals(data(true, "SPIDER_OR_ROBOT", "FAILED_UA_INCLUDE", "UNKNOWN"),
        check(e, "203.0.113.9", "MyScraper/1.0 python-requests/2.31.0"));
  }

  @Test
  void aRobotPatternGivesItsImpact() throws IOException {
    Enrichment e = enrichment();
    assertEquals(data(true, "ACTIVE_SPIDER_OR_ROBOT", "FAILED_UA_EXCLUDE", "PAGE_AND_AD_IMPRESSIONS"), check(e, "203.0.113.9", GOOGLEBOT));
    assertEquals(data(true, "ACTIVE_SPIDER_OR_ROBOT", "FAILED_UA_EXCLUDE", "AD_IMPRESSIONS"),
        check(e, "203.0.113.9", "python-requests/2.31.0"));
    assertEquals(data(true, "ACTIVE_SPIDER_OR_ROBOT", "FAILED_UA_EXCLUDE", "PAGE_AND_AD_IMPRESSIONS"), check(e, "203.0.113.9", HEADLESS));
  }

  @Test
  void anExceptionPatternSparesTheUserAgent() throws IOException {
    assertEquals(data(false, "BROWSER", "PASSED_ALL", "NONE"), check(enrichment(), "203.0.113.9", HEADLESS + " Chrome-Lighthouse"));
  }

  @Test
  void anInactiveEntryAppliesToEventsBeforeItsDate() throws IOException {
    Enrichment e = enrichment();
    String oldCrawler = "Mozilla/5.0 (compatible; OldCrawler/1.0)";
    assertEquals(data(true, "INACTIVE_SPIDER_OR_ROBOT", "FAILED_UA_EXCLUDE", "AD_IMPRESSIONS"),
        check(e, "203.0.113.9", oldCrawler, "2013-12-01 10:00:00.000"));
    assertEquals(data(false, "BROWSER", "PASSED_ALL", "NONE"), check(e, "203.0.113.9", oldCrawler, "2014-01-15 00:00:00.000"));
    // Without derived_tstamp the collector's day counts (2014-06-01): the include entry has lapsed.
    assertEquals(data(true, "SPIDER_OR_ROBOT", "FAILED_UA_INCLUDE", "UNKNOWN"), check(e, "203.0.113.9", "LegacyBrowser/3.0"));
    assertEquals(data(false, "BROWSER", "PASSED_ALL", "NONE"), check(e, "203.0.113.9", "LegacyBrowser/3.0", "2014-03-29 23:59:59.999"));
  }

  @Test
  void needsAUserAgentAndAnIpv4Address() throws IOException {
    Enrichment e = enrichment();
    assertEquals("", check(e, "2001:db8::1", GOOGLEBOT));
    assertEquals("", check(e, "", GOOGLEBOT));
    assertEquals("", check(e, "unknown", GOOGLEBOT));
    assertEquals("", check(e, "203.0.113.9", ""));
  }

  @Test
  void aMalformedListStopsTheRunNamingTheFileAndLine() throws IOException {
    Files.writeString(dir.resolve("exclude_current.txt"), "googlebot|1||0|2|0\nbingbot|1|0\n");
    ConfigurationException e = assertThrows(ConfigurationException.class, this::enrichment);
    assertEquals("data.parameters.excludeUseragentFile.database", e.field());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    writeLists();
    Files.writeString(dir.resolve("ip_exclude_current_cidr.txt"), "192.0.2.0/33\n");
    assertEquals("data.parameters.ipFile.database", assertThrows(ConfigurationException.class, this::enrichment).field());
    writeLists();
    Files.writeString(dir.resolve("include_current.txt"), "Mozilla/|yes|1\n");
    assertEquals("data.parameters.includeUseragentFile.database", assertThrows(ConfigurationException.class, this::enrichment).field());
  }

  @Test
  void refusesAMissingFile() {
    IabFactory f = new IabFactory();
    assertEquals("iab_spiders_and_robots_enrichment", f.name());
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> f.parse(TestConfigs.config(
        "com.snowplowanalytics.snowplow.enrichments", "iab_spiders_and_robots_enrichment", "1-0-0",
        "{\"ipFile\":{\"database\":\"ip.txt\",\"uri\":\"http://example.com/iab\"},"
            + "\"excludeUseragentFile\":{\"database\":\"exclude.txt\",\"uri\":\"http://example.com/iab\"}}")));
    assertEquals("data.parameters.includeUseragentFile", e.field());
  }
}
