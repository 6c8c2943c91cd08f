package io.sparkplow.enrich.cookie;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import java.util.List;

/**
 * A validated {@code cookie_extractor_config} configuration.
 *
 * @param cookies the names of the cookies to extract (exact, case-sensitive, as cookie names are)
 */
public record CookieExtractorSpec(List<String> cookies) implements EnrichmentSpec {

  public CookieExtractorSpec {
    cookies = List.copyOf(cookies);
  }

  @Override
  public Enrichment build(FileFetcher files) {
    return new CookieExtractorEnrichment(cookies);
  }
}
