package io.sparkplow.enrich.fingerprint;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;

/**
 * Reads {@code event_fingerprint_config} 1-0-0 and 1-0-1: {@code parameters.excludeParameters}
 * (names, required) and {@code parameters.hashAlgorithm} (required; MD5, and from 1-0-1 also
 * SHA1, SHA256, SHA384, SHA512; every version accepts all five here).
 */
public final class EventFingerprintFactory implements EnrichmentFactory {

  public static final String NAME = "event_fingerprint_config";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0", "1-0-1");
    ConfigFields fields = new ConfigFields(config);
    var exclude = new HashSet<>(fields.requiredTextList("parameters.excludeParameters", "parameter names"));
    String name = fields.text("parameters.hashAlgorithm");
    HashAlgorithm algorithm;
    try {
      algorithm = HashAlgorithm.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw fields.error("parameters.hashAlgorithm",
          "unknown hash algorithm '" + name + "', expected one of " + Arrays.toString(HashAlgorithm.values()));
    }
    return new EventFingerprintSpec(exclude, algorithm);
  }
}
