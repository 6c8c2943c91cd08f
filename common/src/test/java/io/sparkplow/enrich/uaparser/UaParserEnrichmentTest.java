package io.sparkplow.enrich.uaparser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UaParserEnrichmentTest {

  private static final String VENDOR = "com.snowplowanalytics.snowplow";
  private static Enrichment bundled;

  @BeforeAll
  static void build() throws IOException {
    bundled = spec("1-0-0", "{}").build(TestConfigs.LOCAL_FILES);
  }

  private static EnrichmentSpec spec(String version, String parameters) {
    return new UaParserFactory().parse(TestConfigs.config(VENDOR, "ua_parser_config", version, parameters));
  }

  private static JsonNode enrich(Enrichment e, String useragent) {
    EventDraft event = TestConfigs.event(Field.USERAGENT, useragent);
    assertEquals(Optional.empty(), e.enrich(null, event));
    assertEquals(1, event.derivedContexts().size());
    ObjectNode entity = event.derivedContexts().get(0);
    assertEquals(UaParserEnrichment.CONTEXT_SCHEMA, entity.get("schema").textValue());
    return entity.get("data");
  }

  @Test
  void parsesADesktopBrowserAndAssemblesVersions() {
    JsonNode d = enrich(bundled, "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_2) AppleWebKit/537.36 "
        + "(KHTML, like Gecko) Chrome/34.0.1847.131 Safari/537.36");
    assertEquals("Chrome", d.get("useragentFamily").textValue());
    assertEquals("34", d.get("useragentMajor").textValue());
    assertEquals("0", d.get("useragentMinor").textValue());
    assertEquals("1847", d.get("useragentPatch").textValue());
    assertEquals("Chrome 34.0.1847", d.get("useragentVersion").textValue());
    assertEquals("Mac OS X", d.get("osFamily").textValue());
    assertEquals("Mac OS X 10.9.2", d.get("osVersion").textValue());
    assertTrue(d.get("osPatchMinor").isNull());
    assertEquals("Mac", d.get("deviceFamily").textValue());
  }

  @Test
  void absentPartsAreNullAndLeftOutOfVersions() {
    JsonNode d = enrich(bundled, "Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.1; .NET CLR 1.1.4322)");
    assertEquals("IE", d.get("useragentFamily").textValue());
    assertTrue(d.get("useragentPatch").isNull());
    assertEquals("IE 7.0", d.get("useragentVersion").textValue());
    assertEquals("XP", d.get("osMajor").textValue());
    assertTrue(d.get("osMinor").isNull());
    assertEquals("Windows XP", d.get("osVersion").textValue());
    assertEquals(12, d.size(), "every property of the schema is written, null or not");
  }

  @Test
  void anUnknownAgentIsOther() {
    JsonNode d = enrich(bundled, "Ruby");
    assertEquals("Other", d.get("useragentFamily").textValue());
    assertEquals("Other", d.get("useragentVersion").textValue());
    assertEquals("Other", d.get("osVersion").textValue());
    assertEquals("Other", d.get("deviceFamily").textValue());
    assertTrue(d.get("useragentMajor").isNull());
  }

  @Test
  void noUserAgentNoContext() {
    EventDraft event = TestConfigs.event(Field.APP_ID, "web");
    assertEquals(Optional.empty(), bundled.enrich(null, event));
    assertTrue(event.derivedContexts().isEmpty());
  }

  @Test
  void aCachedAgentGivesEachEventItsOwnEntity() {
    String ua = "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:12.0) Gecko/20100101 Firefox/12.0";
    EventDraft first = TestConfigs.event(Field.USERAGENT, ua);
    EventDraft second = TestConfigs.event(Field.USERAGENT, ua);
    bundled.enrich(null, first);
    ((ObjectNode) first.derivedContexts().get(0).get("data")).put("osFamily", "changed by a later enrichment");
    bundled.enrich(null, second);
    assertNotSame(first.derivedContexts().get(0), second.derivedContexts().get(0));
    assertEquals("Windows", second.derivedContexts().get(0).get("data").get("osFamily").textValue());
  }

  @Test
  void readsACustomRegexesFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("acme-regexes.yaml"), """
        user_agent_parsers:
          - regex: '(AcmeBrowser)/(\\d+)\\.(\\d+)'
        os_parsers:
          - regex: '(AcmeOS) (\\d+)'
        device_parsers:
          - regex: 'AcmePhone'
            device_replacement: 'Acme Phone'
        """);
    EnrichmentSpec spec = spec("1-0-1", "{\"database\":\"acme-regexes.yaml\",\"uri\":\"" + dir.toUri() + "\"}");
    assertEquals(1, spec.files().size());
    Enrichment custom = spec.build(TestConfigs.LOCAL_FILES);
    JsonNode d = enrich(custom, "AcmeBrowser/3.1 (AcmeOS 9; AcmePhone)");
    assertEquals("AcmeBrowser", d.get("useragentFamily").textValue());
    assertEquals("AcmeBrowser 3.1", d.get("useragentVersion").textValue());
    assertEquals("AcmeOS 9", d.get("osVersion").textValue());
    assertEquals("Acme Phone", d.get("deviceFamily").textValue());
    // the bundled regexes are not used: a real browser is unknown to this file
    assertEquals("Other", enrich(custom, "Mozilla/5.0 (Windows NT 6.1) Gecko/20100101 Firefox/12.0")
        .get("useragentFamily").textValue());
  }

  @Test
  void aMalformedRegexesFileFailsTheBuild(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.yaml"), "user_agent_parsers: [ {regex: '(unclosed'} ]\n");
    EnrichmentSpec spec = spec("1-0-1", "{\"database\":\"bad.yaml\",\"uri\":\"" + dir.toUri() + "\"}");
    assertThrows(IOException.class, () -> spec.build(TestConfigs.LOCAL_FILES));
  }

  @Test
  void configurationErrorsNameTheFileAndField() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> spec("1-0-1", "{\"database\":\"regexes.yaml\"}"));
    assertEquals("ua_parser_config.json", e.source());
    assertEquals("data.parameters.uri", e.field());
    assertEquals("data.parameters.cacheSize",
        assertThrows(ConfigurationException.class, () -> spec("1-0-0", "{\"cacheSize\":3}")).field());
    assertEquals("data.parameters.uri", assertThrows(ConfigurationException.class,
        () -> spec("1-0-1", "{\"database\":\"r.yaml\",\"uri\":\"relative/dir\"}")).field());
    assertEquals("schema", assertThrows(ConfigurationException.class, () -> spec("2-0-0", "{}")).field());
  }
}
