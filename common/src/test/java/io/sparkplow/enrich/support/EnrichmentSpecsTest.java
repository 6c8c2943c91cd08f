package io.sparkplow.enrich.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.enrich.anonip.AnonIpFactory;
import io.sparkplow.enrich.campaign.CampaignAttributionFactory;
import io.sparkplow.enrich.cookie.CookieExtractorFactory;
import io.sparkplow.enrich.currency.CurrencyConversionFactory;
import io.sparkplow.enrich.fingerprint.EventFingerprintFactory;
import io.sparkplow.enrich.header.HttpHeaderExtractorFactory;
import io.sparkplow.enrich.iab.IabFactory;
import io.sparkplow.enrich.iplookups.IpLookupsFactory;
import io.sparkplow.enrich.referer.RefererParserFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Specs travel from the driver to the executors: each must survive Java serialization unchanged. */
class EnrichmentSpecsTest {

  private static final String ENRICHMENTS = "com.snowplowanalytics.snowplow.enrichments";

  private record Case(EnrichmentFactory factory, EnrichmentConfig config) {}

  private static final List<Case> CASES = List.of(
      new Case(new IpLookupsFactory(), TestConfigs.snowplow("ip_lookups", "2-0-0",
          "{\"geo\":{\"database\":\"GeoLite2-City.mmdb\",\"uri\":\"s3://bucket/maxmind\"},"
              + "\"connectionType\":{\"database\":\"GeoIP2-Connection-Type.mmdb\",\"uri\":\"s3://bucket/maxmind\"}}")),
      new Case(new AnonIpFactory(), TestConfigs.snowplow("anon_ip", "1-0-1", "{\"anonOctets\":2,\"anonSegments\":4}")),
      new Case(new RefererParserFactory(), TestConfigs.snowplow("referer_parser", "1-0-0", "{\"internalDomains\":[\"a.example.com\"]}")),
      new Case(new RefererParserFactory(), TestConfigs.snowplow("referer_parser", "2-0-0",
          "{\"internalDomains\":[],\"database\":\"referers-latest.json\",\"uri\":\"https://assets.example.com/rp\"}")),
      new Case(new CampaignAttributionFactory(), TestConfigs.snowplow("campaign_attribution", "1-0-1",
          "{\"mapping\":\"static\",\"fields\":{\"mktMedium\":[\"utm_medium\"],\"mktClickId\":{\"fbclid\":\"Facebook\"}}}")),
      new Case(new EventFingerprintFactory(), TestConfigs.snowplow("event_fingerprint_config", "1-0-1",
          "{\"excludeParameters\":[\"eid\",\"stm\"],\"hashAlgorithm\":\"SHA256\"}")),
      new Case(new CookieExtractorFactory(), TestConfigs.snowplow("cookie_extractor_config", "1-0-0", "{\"cookies\":[\"sp\"]}")),
      new Case(new HttpHeaderExtractorFactory(), TestConfigs.config(ENRICHMENTS, "http_header_extractor_config", "1-0-0",
          "{\"headersPattern\":\"X-.*\"}")),
      new Case(new CurrencyConversionFactory(), TestConfigs.snowplow("currency_conversion_config", "1-0-0",
          "{\"accountType\":\"ENTERPRISE\",\"apiKey\":\"0123456789abcdef\",\"baseCurrency\":\"GBP\",\"rateAt\":\"EOD_PRIOR\"}")),
      new Case(new IabFactory(), TestConfigs.config(ENRICHMENTS, "iab_spiders_and_robots_enrichment", "1-0-0",
          "{\"ipFile\":{\"database\":\"ip.txt\",\"uri\":\"hdfs:///iab\"},"
              + "\"excludeUseragentFile\":{\"database\":\"exclude.txt\",\"uri\":\"hdfs:///iab\"},"
              + "\"includeUseragentFile\":{\"database\":\"include.txt\",\"uri\":\"hdfs:///iab\"}}")));

  @Test
  void everySpecSurvivesSerialization() throws IOException, ClassNotFoundException {
    for (Case c : CASES) {
      assertEquals(c.config().name(), c.factory().name());
      EnrichmentSpec spec = c.factory().parse(c.config());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(spec);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        Object copy = in.readObject();
        assertEquals(spec, copy, c.factory().name());
      }
      assertTrue(spec.getClass().isRecord(), spec.getClass() + " is an immutable record");
    }
  }
}
