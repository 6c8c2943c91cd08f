package io.sparkplow.enrich.fingerprint;

/** The hash functions {@code event_fingerprint_config} offers, by their configuration names. */
public enum HashAlgorithm {
  MD5("MD5"),
  SHA1("SHA-1"),
  SHA256("SHA-256"),
  SHA384("SHA-384"),
  SHA512("SHA-512");

  private final String jcaName;

  HashAlgorithm(String jcaName) {
    this.jcaName = jcaName;
  }

  /** The JDK's name of the algorithm, for {@link java.security.MessageDigest#getInstance}. */
  public String jcaName() {
    return jcaName;
  }
}
