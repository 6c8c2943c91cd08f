package io.sparkplow.enrich;

import io.sparkplow.enrich.anonip.AnonIpFactory;
import io.sparkplow.enrich.apirequest.ApiRequestFactory;
import io.sparkplow.enrich.campaign.CampaignAttributionFactory;
import io.sparkplow.enrich.cookie.CookieExtractorFactory;
import io.sparkplow.enrich.currency.CurrencyConversionFactory;
import io.sparkplow.enrich.fingerprint.EventFingerprintFactory;
import io.sparkplow.enrich.header.HttpHeaderExtractorFactory;
import io.sparkplow.enrich.iab.IabFactory;
import io.sparkplow.enrich.iplookups.IpLookupsFactory;
import io.sparkplow.enrich.javascript.JavaScriptFactory;
import io.sparkplow.enrich.pii.PiiFactory;
import io.sparkplow.enrich.referer.RefererParserFactory;
import io.sparkplow.enrich.sqlquery.SqlQueryFactory;
import io.sparkplow.enrich.uaparser.UaParserFactory;
import io.sparkplow.enrich.useragentutils.UserAgentUtilsFactory;
import io.sparkplow.enrich.yauaa.YauaaFactory;
import java.util.List;

/** Every enrichment this build knows, by configuration name (order of application: {@link EnrichmentRegistry#ORDER}). */
public final class EnrichmentFactories {

  private EnrichmentFactories() {}

  public static List<EnrichmentFactory> all() {
    return List.of(
        new IpLookupsFactory(),
        new CampaignAttributionFactory(),
        new RefererParserFactory(),
        new UserAgentUtilsFactory(),
        new CurrencyConversionFactory(),
        new EventFingerprintFactory(),
        new ApiRequestFactory(),
        new SqlQueryFactory(),
        new UaParserFactory(),
        new YauaaFactory(),
        new IabFactory(),
        new JavaScriptFactory(),
        new CookieExtractorFactory(),
        new HttpHeaderExtractorFactory(),
        new AnonIpFactory(),
        new PiiFactory());
  }
}
