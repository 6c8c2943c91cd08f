package io.sparkplow.enrich.yauaa;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import java.util.Set;

/** Reads {@code yauaa_enrichment_config} (1-0-0): an optional {@code parameters.cacheSize}. */
public final class YauaaFactory implements EnrichmentFactory {

  public static final String NAME = "yauaa_enrichment_config";

  /** Parsed user agents remembered per executor when the configuration says nothing. */
  static final int DEFAULT_CACHE_SIZE = 10_000;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0");
    ConfigFields f = new ConfigFields(config);
    f.onlyKnown("parameters", Set.of("cacheSize"));
    int cacheSize = f.optionalInteger("parameters.cacheSize").orElse(DEFAULT_CACHE_SIZE);
    if (cacheSize < 0) {
      throw f.error("parameters.cacheSize", "expected 0 (no cache) or more, found " + cacheSize);
    }
    return new YauaaSpec(cacheSize);
  }
}
