package io.sparkplow.enrich.fingerprint;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import java.util.Set;

/**
 * A validated {@code event_fingerprint_config} configuration.
 *
 * @param excludeParameters tracker parameters left out of the hash (e.g. {@code eid}, {@code stm})
 * @param algorithm the hash function
 */
public record EventFingerprintSpec(Set<String> excludeParameters, HashAlgorithm algorithm) implements EnrichmentSpec {

  public EventFingerprintSpec {
    excludeParameters = Set.copyOf(excludeParameters);
  }

  @Override
  public Enrichment build(FileFetcher files) {
    return new EventFingerprintEnrichment(excludeParameters, algorithm);
  }
}
