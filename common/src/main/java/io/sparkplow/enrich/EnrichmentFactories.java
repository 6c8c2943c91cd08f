package io.sparkplow.enrich;

import java.util.List;

/** Every enrichment this build knows, by configuration name. */
public final class EnrichmentFactories {

  private EnrichmentFactories() {}

  public static List<EnrichmentFactory> all() {
    return List.of();
  }
}
