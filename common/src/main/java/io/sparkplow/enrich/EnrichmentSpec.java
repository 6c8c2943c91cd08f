package io.sparkplow.enrich;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.List;

/** A validated enrichment configuration: what the enrichment needs, and how to build it. */
public interface EnrichmentSpec extends Serializable {

  /** Files the enrichment reads (databases, lists), checked on the driver before the run. */
  default List<URI> files() {
    return List.of();
  }

  /**
   * Builds the enrichment: once per executor JVM. Files named by {@link #files()} are fetched
   * through {@code files}, which copies each to local disk once.
   */
  Enrichment build(FileFetcher files) throws IOException;
}
