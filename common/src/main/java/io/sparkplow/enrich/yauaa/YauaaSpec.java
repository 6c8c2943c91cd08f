package io.sparkplow.enrich.yauaa;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/**
 * A validated {@code yauaa_enrichment_config}.
 *
 * @param cacheSize parsed user agents remembered per executor (0: none)
 */
public record YauaaSpec(int cacheSize) implements EnrichmentSpec {

  /** Builds the analyzer (several seconds and ~150 MB of heap: once per executor). */
  @Override
  public Enrichment build(FileFetcher files) {
    UserAgentAnalyzer.UserAgentAnalyzerBuilder builder = UserAgentAnalyzer.newBuilder()
        .hideMatcherLoadStats()
        .withFields(YauaaContextSchema.FIELDS)
        .immediateInitialization();
    builder = cacheSize == 0 ? builder.withoutCache() : builder.withCache(cacheSize);
    return new YauaaEnrichment(builder.build());
  }
}
