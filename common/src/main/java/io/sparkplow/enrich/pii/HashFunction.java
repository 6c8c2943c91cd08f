package io.sparkplow.enrich.pii;

import java.util.Optional;

/** The hash functions of the PII enrichment's {@code pseudonymize} strategy, by configuration name. */
public enum HashFunction {
  MD2("MD2"),
  MD5("MD5"),
  SHA_1("SHA-1"),
  SHA_256("SHA-256"),
  SHA_384("SHA-384"),
  SHA_512("SHA-512");

  private final String configName;

  HashFunction(String configName) {
    this.configName = configName;
  }

  /** The name in configurations, also the JDK's {@code MessageDigest} algorithm name. */
  public String configName() {
    return configName;
  }

  public static Optional<HashFunction> byConfigName(String name) {
    for (HashFunction f : values()) {
      if (f.configName.equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
