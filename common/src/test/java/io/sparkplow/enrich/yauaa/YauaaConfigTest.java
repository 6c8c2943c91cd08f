package io.sparkplow.enrich.yauaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.TestConfigs;
import org.junit.jupiter.api.Test;

class YauaaConfigTest {

  private static final String VENDOR = "com.snowplowanalytics.snowplow.enrichments";

  @Test
  void valuesOutsideTheSchemaAreMadeToFit() {
    assertEquals("Unknown", YauaaContextSchema.conform("deviceClass", "Augmented Reality"));
    assertEquals("Tablet", YauaaContextSchema.conform("deviceClass", "Tablet"));
    assertEquals(20, YauaaContextSchema.conform("agentVersionMajor", "1".repeat(30)).length());
    assertEquals("free text", YauaaContextSchema.conform("agentUuid", "free text"));
    assertEquals("iECompatibilityVersion", YauaaContextSchema.propertyName("IECompatibilityVersion"));
  }

  @Test
  void configurationErrors() {
    ConfigurationException negative = assertThrows(ConfigurationException.class, () -> new YauaaFactory().parse(
        TestConfigs.config(VENDOR, "yauaa_enrichment_config", "1-0-0", "{\"cacheSize\":-1}")));
    assertEquals("data.parameters.cacheSize", negative.field());
    assertEquals("data.parameters.size", assertThrows(ConfigurationException.class, () -> new YauaaFactory().parse(
        TestConfigs.config(VENDOR, "yauaa_enrichment_config", "1-0-0", "{\"size\":5}"))).field());
    assertEquals(new YauaaSpec(0), new YauaaFactory().parse(
        TestConfigs.config(VENDOR, "yauaa_enrichment_config", "1-0-0", "{\"cacheSize\":0}")));
  }
}
