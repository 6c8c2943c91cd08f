package io.sparkplow.enrich.yauaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import java.util.Iterator;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the real analyzer once (about 6 s on an idle 2-core machine). */
class YauaaEnrichmentTest {

  private static final String VENDOR = "com.snowplowanalytics.snowplow.enrichments";
  private static Enrichment enrichment;

  @BeforeAll
  static void buildAnalyzer() {
    YauaaSpec spec = (YauaaSpec) new YauaaFactory().parse(TestConfigs.config("yauaa.json",
        "{\"schema\":\"iglu:" + VENDOR + "/yauaa_enrichment_config/jsonschema/1-0-0\",\"data\":{\"vendor\":\""
            + VENDOR + "\",\"name\":\"yauaa_enrichment_config\",\"enabled\":true}}"));
    assertEquals(YauaaFactory.DEFAULT_CACHE_SIZE, spec.cacheSize());
    enrichment = spec.build(TestConfigs.LOCAL_FILES);
  }

  private static JsonNode analyse(String useragent) {
    EventDraft event = TestConfigs.event(Field.USERAGENT, useragent);
    assertEquals(Optional.empty(), enrichment.enrich(null, event));
    assertEquals(1, event.derivedContexts().size());
    assertEquals(YauaaContextSchema.URI, event.derivedContexts().get(0).get("schema").textValue());
    return event.derivedContexts().get(0).get("data");
  }

  @Test
  void describesADesktopBrowser() {
    JsonNode d = analyse("Mozilla/5.0 (Windows NT 6.1; WOW64; rv:12.0) Gecko/20100101 Firefox/12.0");
    assertEquals("Desktop", d.get("deviceClass").textValue());
    assertEquals("Browser", d.get("agentClass").textValue());
    assertEquals("Firefox", d.get("agentName").textValue());
    assertEquals("12.0", d.get("agentVersion").textValue());
    assertEquals("Firefox 12", d.get("agentNameVersionMajor").textValue());
    assertEquals("Gecko", d.get("layoutEngineName").textValue());
    assertEquals("Windows 7", d.get("operatingSystemNameVersion").textValue());
  }

  @Test
  void describesAPhone() {
    JsonNode d = analyse("Mozilla/5.0 (iPhone; CPU iPhone OS 5_1_1 like Mac OS X) AppleWebKit/534.46 "
        + "(KHTML, like Gecko) Version/5.1 Mobile/9B206 Safari/7534.48.3");
    assertEquals("Phone", d.get("deviceClass").textValue());
    assertEquals("Apple", d.get("deviceBrand").textValue());
    assertEquals("iOS", d.get("operatingSystemName").textValue());
    assertEquals("5.1.1", d.get("operatingSystemVersion").textValue());
  }

  @Test
  void writesOnlyWhatTheSchemaDefines() {
    JsonNode d = analyse("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
    assertEquals("Robot", d.get("deviceClass").textValue());
    for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      assertTrue(YauaaContextSchema.FIELDS.stream().map(YauaaContextSchema::propertyName).anyMatch(name::equals),
          name + " is not a property of the 1-0-0 schema");
      assertFalse(name.startsWith("__"), name);
    }
    assertFalse(d.has("operatingSystemVersionMajor"), "a YAUAA 8 field the 1-0-0 schema lacks");
  }

  @Test
  void noUserAgentIsAnUnknownDevice() {
    EventDraft event = TestConfigs.event(Field.APP_ID, "a");
    assertEquals(Optional.empty(), enrichment.enrich(null, event));
    assertEquals("{\"deviceClass\":\"UNKNOWN\"}", event.derivedContexts().get(0).get("data").toString());
  }
}
