package io.sparkplow.enrich.useragentutils;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;

/** A validated {@code user_agent_utils_config}: nothing to configure. */
public record UserAgentUtilsSpec() implements EnrichmentSpec {

  /** Distinct user agents remembered per executor. */
  static final int CACHE_SIZE = 10_000;

  @Override
  public Enrichment build(FileFetcher files) {
    return new UserAgentUtilsEnrichment(CACHE_SIZE);
  }
}
