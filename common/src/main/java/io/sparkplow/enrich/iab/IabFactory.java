package io.sparkplow.enrich.iab;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.files.EnrichmentFiles;
import java.net.URI;

/**
 * Reads {@code iab_spiders_and_robots_enrichment} 1-0-0: {@code parameters.ipFile},
 * {@code parameters.excludeUseragentFile} and {@code parameters.includeUseragentFile}, each a
 * required {@code {"database", "uri"}} pair naming one of the IAB list files.
 */
public final class IabFactory implements EnrichmentFactory {

  public static final String NAME = "iab_spiders_and_robots_enrichment";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0");
    ConfigFields fields = new ConfigFields(config);
    return new IabSpec(config.source(),
        required(fields, "parameters.ipFile"),
        required(fields, "parameters.excludeUseragentFile"),
        required(fields, "parameters.includeUseragentFile"));
  }

  private static URI required(ConfigFields fields, String path) {
    if (!fields.has(path)) {
      throw fields.error(path, "required {\"database\", \"uri\"} pair is missing");
    }
    return EnrichmentFiles.databaseUri(fields, path);
  }
}
