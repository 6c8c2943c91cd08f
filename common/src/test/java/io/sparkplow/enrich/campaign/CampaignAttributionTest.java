package io.sparkplow.enrich.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.enrich.support.TestEvents;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CampaignAttributionTest {

  private static final Field[] MKT = {Field.MKT_MEDIUM, Field.MKT_SOURCE, Field.MKT_TERM, Field.MKT_CONTENT,
      Field.MKT_CAMPAIGN, Field.MKT_CLICKID, Field.MKT_NETWORK};

  private static final String FIELDS_1_0_1 = "{\"mapping\":\"static\",\"fields\":{"
      + "\"mktMedium\":[\"utm_medium\",\"medium\"],\"mktSource\":[\"utm_source\",\"source\"],"
      + "\"mktTerm\":[\"utm_term\",\"legacy_term\"],\"mktContent\":[\"utm_content\"],"
      + "\"mktCampaign\":[\"utm_campaign\",\"cid\",\"legacy_campaign\"],"
      + "\"mktClickId\":{\"fbclid\":\"Facebook\",\"msclkid\":\"Microsoft Advertising\"}}}";

  private static Enrichment enrichment(String version, String parameters) {
    return ((CampaignAttributionSpec) new CampaignAttributionFactory().parse(TestConfigs.snowplow("campaign_attribution", version, parameters))).build(null);
  }

  private static List<String> attribute(Enrichment e, String pageQuery) {
    EventDraft event = new EventDraft();
    event.set(Field.PAGE_URLQUERY, pageQuery);
    assertEquals(Optional.empty(), e.enrich(TestEvents.withParameters("e", "pv"), event));
    return Arrays.stream(MKT).map(event::get).toList();
  }

  @Test
  void readsTheConfiguredParametersByPriority() {
    Enrichment e = enrichment("1-0-1", FIELDS_1_0_1);
    assertEquals(List.of("cpc", "GoogleSearch", "tarot deck", "ad 42", "spring-sale", "CjwKCAjw", "Google"), attribute(e,
        "legacy_campaign=old&utm_source=GoogleSearch&medium=bad&utm_medium=cpc&utm_term=tarot%20deck"
            + "&utm_content=ad+42&cid=spring-sale&gclid=CjwKCAjw"));
  }

  @Test
  void fallsBackToLaterParametersAndTakesARepeatedOnesLastValue() {
    Enrichment e = enrichment("1-0-1", FIELDS_1_0_1);
    assertEquals(List.of("email", "newsletter", "", "", "june", "", ""),
        attribute(e, "medium=mail&source=newsletter&medium=email&legacy_campaign=june"));
  }

  @Test
  void configuredClickIdsOverrideAndExtendTheDefaults() {
    Enrichment e = enrichment("1-0-1", FIELDS_1_0_1);
    assertEquals(List.of("", "", "", "", "", "IwAR2x", "Facebook"), attribute(e, "fbclid=IwAR2x"));
    assertEquals(List.of("", "", "", "", "", "b4e1c", "Microsoft Advertising"), attribute(e, "msclkid=b4e1c"));
    // gclid comes before fbclid in priority, whatever the order in the URL.
    assertEquals(List.of("", "", "", "", "", "Cj0", "Google"), attribute(e, "fbclid=IwAR2x&gclid=Cj0"));
    assertEquals(List.of("", "", "", "", "", "DC1", "DoubleClick"), attribute(e, "dclid=DC1"));
  }

  @Test
  void withoutFieldsUsesTheGoogleAnalyticsParameters() {
    Enrichment e = enrichment("1-0-0", "{\"mapping\":\"static\",\"fields\":{\"mktMedium\":[\"medium\"]}}");
    assertEquals(List.of("social", "twitter", "analytics", "thread", "launch", "", ""), attribute(e,
        "utm_medium=ignored&medium=social&utm_source=twitter&utm_term=analytics&utm_content=thread&utm_campaign=launch"));
  }

  @Test
  void aPageWithoutCampaignParametersGetsNothing() {
    Enrichment e = enrichment("1-0-1", FIELDS_1_0_1);
    assertEquals(List.of("", "", "", "", "", "", ""), attribute(e, ""));
    assertEquals(List.of("", "", "", "", "", "", ""), attribute(e, "view=print&page=2"));
  }

  @Test
  void refusesMalformedSettings() {
    CampaignAttributionFactory f = new CampaignAttributionFactory();
    assertEquals("campaign_attribution", f.name());
    assertEquals("data.parameters.mapping", assertThrows(ConfigurationException.class, () -> f.parse(
        TestConfigs.snowplow("campaign_attribution", "1-0-1", "{\"mapping\":\"dynamic\",\"fields\":{}}"))).field());
    assertEquals("data.parameters.fields.mktSource", assertThrows(ConfigurationException.class, () -> f.parse(
        TestConfigs.snowplow("campaign_attribution", "1-0-1", "{\"fields\":{\"mktSource\":\"utm_source\"}}"))).field());
    assertEquals("data.parameters.fields.mktClickId.gclid", assertThrows(ConfigurationException.class, () -> f.parse(
        TestConfigs.snowplow("campaign_attribution", "1-0-1", "{\"fields\":{\"mktClickId\":{\"gclid\":1}}}"))).field());
    assertEquals("schema", assertThrows(ConfigurationException.class, () -> f.parse(
        TestConfigs.snowplow("campaign_attribution", "1-1-0", "{\"fields\":{}}"))).field());
  }
}
