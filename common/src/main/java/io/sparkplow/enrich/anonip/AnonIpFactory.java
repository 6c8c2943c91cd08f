package io.sparkplow.enrich.anonip;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;

/**
 * Reads {@code anon_ip} 1-0-0 and 1-0-1: {@code parameters.anonOctets} (1-4, required) and
 * {@code parameters.anonSegments} (1-8, added by 1-0-1; when absent, as many segments as octets).
 */
public final class AnonIpFactory implements EnrichmentFactory {

  public static final String NAME = "anon_ip";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0", "1-0-1");
    ConfigFields fields = new ConfigFields(config);
    int octets = fields.integer("parameters.anonOctets");
    if (octets < 1 || octets > 4) {
      throw fields.error("parameters.anonOctets", "expected 1 to 4 octets, found " + octets);
    }
    int segments = fields.optionalInteger("parameters.anonSegments").orElse(octets);
    if (segments < 1 || segments > 8) {
      throw fields.error("parameters.anonSegments", "expected 1 to 8 segments, found " + segments);
    }
    return new AnonIpSpec(octets, segments);
  }
}
