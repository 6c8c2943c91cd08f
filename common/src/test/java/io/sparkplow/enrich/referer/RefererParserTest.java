package io.sparkplow.enrich.referer;

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
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefererParserTest {

  @TempDir
  Path dir;

  private Enrichment enrichment(String version, String parameters) throws IOException {
    return new RefererParserFactory().parse(TestConfigs.snowplow("referer_parser", version, parameters))
        .build(new CachingFileFetcher(dir.resolve("cache"), List.of(new LocalFileSource())));
  }

  private Enrichment bundled() throws IOException {
    return enrichment("1-0-0", "{\"internalDomains\":[\"blog.example.com\",\"checkout.example.net\"]}");
  }

  /** medium, source, term for a page on {@code pageHost} reached from {@code referer}. */
  private static List<String> parse(Enrichment e, String pageHost, String referer) {
    EventDraft event = new EventDraft();
    event.set(Field.PAGE_URLHOST, pageHost);
    URI uri = URI.create(referer);
    event.set(Field.PAGE_REFERRER, referer);
    event.set(Field.REFR_URLSCHEME, uri.getScheme());
    event.set(Field.REFR_URLHOST, uri.getHost());
    event.set(Field.REFR_URLPATH, uri.getRawPath());
    event.set(Field.REFR_URLQUERY, uri.getRawQuery());
    assertEquals(Optional.empty(), e.enrich(TestEvents.withParameters("e", "pv"), event));
    return List.of(event.get(Field.REFR_MEDIUM), event.get(Field.REFR_SOURCE), event.get(Field.REFR_TERM));
  }

  @Test
  void recognisesSearchEnginesAndTheirTerms() throws IOException {
    Enrichment e = bundled();
    assertEquals(List.of("search", "Google", "gateway oracle cards"),
        parse(e, "www.example.com", "https://www.google.co.uk/search?q=gateway+oracle+cards&hl=en&client=safari"));
    assertEquals(List.of("search", "Bing", "snowplow analytics"),
        parse(e, "www.example.com", "https://www.bing.com/search?form=QBLH&q=snowplow%20analytics"));
    assertEquals(List.of("search", "Yahoo!", "tarot"), parse(e, "www.example.com", "https://uk.search.yahoo.com/search?p=tarot&fr=yfp"));
    assertEquals(List.of("search", "Yandex", "погода"),
        parse(e, "www.example.com", "https://yandex.ru/search/?text=%D0%BF%D0%BE%D0%B3%D0%BE%D0%B4%D0%B0&lr=213"));
    assertEquals(List.of("search", "InfoSpace", "snowplow analytics"),
        parse(e, "www.example.com", "http://www.metacrawler.com/search/web?fcoid=417&q=snowplow+analytics&ql="));
  }

  @Test
  void theFirstTermParameterInTheUrlWinsEvenWhenEmpty() throws IOException {
    // Google's redirect pages carry an empty q: there is no term, even if another parameter has text.
    assertEquals(List.of("search", "Google", ""), parse(bundled(), "www.example.com",
        "https://www.google.com/url?sa=t&q=&source=web&url=https%3A%2F%2Fwww.example.com%2F"));
  }

  @Test
  void recognisesSocialNetworksAndWebmail() throws IOException {
    Enrichment e = bundled();
    assertEquals(List.of("social", "Facebook", ""), parse(e, "www.example.com", "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com"));
    assertEquals(List.of("social", "Twitter", ""), parse(e, "www.example.com", "https://t.co/AbCdEf123"));
    // mail.google.com is Gmail, not a Google search.
    assertEquals(List.of("email", "Gmail", ""), parse(e, "www.example.com", "https://mail.google.com/mail/u/0/"));
    assertEquals(List.of("email", "Gmail", ""), parse(e, "www.example.com", "android-app://com.google.android.gm/"));
    assertEquals(List.of("unknown", "Google", ""), parse(e, "www.example.com", "https://docs.google.com/document/d/1x/edit"));
  }

  @Test
  void linksFromThePageHostOrAnInternalDomainAreInternal() throws IOException {
    Enrichment e = bundled();
    assertEquals(List.of("internal", "", ""), parse(e, "www.example.com", "https://www.example.com/products?page=2"));
    assertEquals(List.of("internal", "", ""), parse(e, "www.example.com", "https://BLOG.example.com/2024/05/launch"));
    // Another subdomain of the site is not internal unless listed.
    assertEquals(List.of("unknown", "", ""), parse(e, "www.example.com", "https://shop.example.com/"));
    // Even a search engine's own pages are internal to it.
    assertEquals(List.of("internal", "", ""), parse(e, "www.google.com", "https://www.google.com/search?q=x"));
  }

  @Test
  void anUnknownHostIsUnknownAndANonWebRefererIsNothing() throws IOException {
    Enrichment e = bundled();
    assertEquals(List.of("unknown", "", ""), parse(e, "www.example.com", "https://news.example.org/story?id=7"));
    assertEquals(List.of("", "", ""), parse(e, "www.example.com", "ftp://files.example.org/readme.txt"));
    EventDraft noReferer = new EventDraft();
    noReferer.set(Field.PAGE_URLHOST, "www.example.com");
    assertEquals(Optional.empty(), e.enrich(TestEvents.withParameters("e", "pv"), noReferer));
    assertEquals("", noReferer.get(Field.REFR_MEDIUM));
  }

  @Test
  void readsAUsersJsonDatabaseWithPathEntries() throws IOException {
    Files.writeString(dir.resolve("referers-custom.json"), """
        {
          "search": {"Intranet Search": {"domains": ["intranet.example.org/find"], "parameters": ["terms"]}},
          "social": {"Example Forum": {"domains": ["example.org"]}}
        }
        """);
    Enrichment e = enrichment("2-0-0", "{\"internalDomains\":[],\"database\":\"referers-custom.json\",\"uri\":\""
        + dir.toUri() + "\"}");
    assertEquals(List.of("search", "Intranet Search", "q3 budget"),
        parse(e, "www.example.com", "https://intranet.example.org/find/all?terms=q3+budget"));
    assertEquals(List.of("social", "Example Forum", ""), parse(e, "www.example.com", "https://intranet.example.org/wiki"));
    // Only the user's database counts: Google is unknown to it.
    assertEquals(List.of("unknown", "", ""), parse(e, "www.example.com", "https://www.google.com/search?q=x"));
  }

  @Test
  void readsAUsersYamlDatabaseInSnowplowsFormat() throws IOException {
    Files.writeString(dir.resolve("referers.yml"), """
        # Written in the layout of Snowplow's referers.yml
        email:
          Example Mail:
            domains:
              - webmail.example.net

        search:
          Example Search:
            parameters:
              - query
              - q
            domains:
              - search.example.net
        """);
    Enrichment e = enrichment("2-0-0", "{\"internalDomains\":[],\"database\":\"referers.yml\",\"uri\":\"" + dir.toUri() + "\"}");
    assertEquals(List.of("search", "Example Search", "spiders"), parse(e, "www.example.com", "https://search.example.net/?query=spiders"));
    assertEquals(List.of("email", "Example Mail", ""), parse(e, "www.example.com", "https://webmail.example.net/inbox"));
  }

  @Test
  void aMalformedDatabaseStopsTheRun() throws IOException {
    Files.writeString(dir.resolve("bad.json"), "{\"search\": {\"Broken\": {\"parameters\": [\"q\"]}}}");
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> enrichment("2-0-0",
        "{\"internalDomains\":[],\"database\":\"bad.json\",\"uri\":\"" + dir.toUri() + "\"}"));
    assertEquals("data.parameters.database", e.field());
    assertTrue(e.getMessage().contains("search.Broken.domains"), e.getMessage());
    Files.writeString(dir.resolve("bad.yml"), "search: [unclosed\n");
    assertThrows(ConfigurationException.class, () -> enrichment("2-0-0",
        "{\"internalDomains\":[],\"database\":\"bad.yml\",\"uri\":\"" + dir.toUri() + "\"}"));
  }

  @Test
  void theBundledDatabaseIsReadable() {
    assertTrue(RefererDatabase.bundled().size() > 300);
  }

  @Test
  void refusesIncompleteSettings() {
    RefererParserFactory f = new RefererParserFactory();
    assertEquals("referer_parser", f.name());
    assertEquals("data.parameters.internalDomains", assertThrows(ConfigurationException.class,
        () -> f.parse(TestConfigs.snowplow("referer_parser", "1-0-0", "{}"))).field());
    assertEquals("data.parameters.uri", assertThrows(ConfigurationException.class,
        () -> f.parse(TestConfigs.snowplow("referer_parser", "2-0-0", "{\"internalDomains\":[],\"database\":\"referers.json\"}"))).field());
    assertEquals("data.parameters.internalDomains[1]", assertThrows(ConfigurationException.class,
        () -> f.parse(TestConfigs.snowplow("referer_parser", "1-0-0", "{\"internalDomains\":[\"a.example.com\",\" \"]}"))).field());
    assertEquals("schema", assertThrows(ConfigurationException.class,
        () -> f.parse(TestConfigs.snowplow("referer_parser", "3-0-0", "{\"internalDomains\":[]}"))).field());
    RefererParserSpec spec = (RefererParserSpec) f.parse(TestConfigs.snowplow("referer_parser", "2-0-0",
        "{\"internalDomains\":[],\"database\":\"referers-latest.json\",\"uri\":\"https://assets.example.com/referer-parser/\"}"));
    assertEquals(List.of(URI.create("https://assets.example.com/referer-parser/referers-latest.json")), spec.files());
  }
}
