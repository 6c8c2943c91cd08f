package io.sparkplow.enrich.iplookups;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import java.io.IOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A validated {@code ip_lookups} configuration: which MaxMind databases to read, and where.
 *
 * @param source the configuration file, for messages
 * @param databases at least one database, by lookup
 */
public record IpLookupsSpec(String source, Map<IpDatabase, URI> databases) implements EnrichmentSpec {

  public IpLookupsSpec {
    if (databases.isEmpty()) {
      throw new IllegalArgumentException("ip_lookups needs at least one database");
    }
    databases = Map.copyOf(databases);
  }

  @Override
  public List<URI> files() {
    return new EnumMap<>(databases).values().stream().toList();
  }

  @Override
  public Enrichment build(FileFetcher files) throws IOException {
    return IpLookupsEnrichment.open(this, files);
  }
}
