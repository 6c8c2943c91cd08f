package io.sparkplow.enrich;

/**
 * Reads one kind of enrichment configuration (one {@code name}, e.g. {@code ip_lookups}).
 *
 * <p>{@link #parse} runs on the driver before any data is read (so every configuration error
 * stops the job at start-up) and again on each executor.
 */
public interface EnrichmentFactory {

  /** The configuration name this factory reads. */
  String name();

  /**
   * Checks the configuration and returns the validated specification.
   *
   * @throws io.sparkplow.ConfigurationException naming {@code config.source()} and the field
   */
  EnrichmentSpec parse(EnrichmentConfig config);
}
