package io.sparkplow.enrich;

import io.sparkplow.enrich.anonip.AnonIpFactory;
import io.sparkplow.enrich.campaign.CampaignAttributionFactory;
import io.sparkplow.enrich.cookie.CookieExtractorFactory;
import io.sparkplow.enrich.currency.CurrencyConversionFactory;
import io.sparkplow.enrich.fingerprint.EventFingerprintFactory;
import io.sparkplow.enrich.header.HttpHeaderExtractorFactory;
import io.sparkplow.enrich.iab.IabFactory;
import io.sparkplow.enrich.iplookups.IpLookupsFactory;
import io.sparkplow.enrich.referer.RefererParserFactory;
import java.util.List;

/** Every enrichment this build knows, by configuration name (order of application: {@link EnrichmentRegistry#ORDER}). */
public final class EnrichmentFactories {

  private EnrichmentFactories() {}

  public static List<EnrichmentFactory> all() {
    return List.of(
        new IpLookupsFactory(),
        new CampaignAttributionFactory(),
        new RefererParserFactory(),
        new CurrencyConversionFactory(),
        new EventFingerprintFactory(),
        new IabFactory(),
        new CookieExtractorFactory(),
        new HttpHeaderExtractorFactory(),
        new AnonIpFactory());
  }
}
