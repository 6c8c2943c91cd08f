package io.sparkplow.enrich.anonip;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;

/**
 * A validated {@code anon_ip} configuration.
 *
 * @param octets how many trailing IPv4 octets to mask, 1-4
 * @param segments how many trailing IPv6 segments (16-bit groups) to mask, 1-8
 */
public record AnonIpSpec(int octets, int segments) implements EnrichmentSpec {

  public AnonIpSpec {
    if (octets < 1 || octets > 4 || segments < 1 || segments > 8) {
      throw new IllegalArgumentException("octets must be 1-4 and segments 1-8, not " + octets + " and " + segments);
    }
  }

  @Override
  public Enrichment build(FileFetcher files) {
    return new AnonIpEnrichment(octets, segments);
  }
}
