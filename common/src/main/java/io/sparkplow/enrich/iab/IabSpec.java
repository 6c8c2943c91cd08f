package io.sparkplow.enrich.iab;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * A validated {@code iab_spiders_and_robots_enrichment} configuration: the three IAB/ABC
 * International Spiders and Bots List files.
 *
 * @param source the configuration file, for messages
 * @param ipFile IPv4 addresses and CIDR ranges of known robots
 * @param excludeUseragentFile user-agent patterns of known robots
 * @param includeUseragentFile user-agent patterns of valid browsers
 */
public record IabSpec(String source, URI ipFile, URI excludeUseragentFile, URI includeUseragentFile)
    implements EnrichmentSpec {

  @Override
  public List<URI> files() {
    return List.of(ipFile, excludeUseragentFile, includeUseragentFile);
  }

  @Override
  public Enrichment build(FileFetcher files) throws IOException {
    return IabEnrichment.open(this, files);
  }
}
