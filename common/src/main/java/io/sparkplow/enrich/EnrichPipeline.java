package io.sparkplow.enrich;

import io.sparkplow.badrow.BadRow;
import io.sparkplow.event.EnrichedEvent;

/**
 * The whole per-record path of the enrich job: one raw line in, good events and bad rows out.
 * Built once per executor JVM from {@link EnrichSettings}; thread-safe.
 */
public final class EnrichPipeline {

  /** Where the outcomes of one line go. */
  public interface Emitter {
    void good(EnrichedEvent event);

    void bad(BadRow row);
  }

  private EnrichPipeline() {}

  /**
   * Checks every part of the configuration the executors will build (resolver, collector format,
   * enrichments) and returns the enrichment registry; run on the driver before any data is read.
   *
   * @throws io.sparkplow.ConfigurationException naming the file and field at fault
   */
  public static EnrichmentRegistry validate(EnrichSettings settings) {
    throw new IllegalStateException("pipeline not wired yet");
  }

  /** Builds the pipeline: resolver, collector format, adapters, enrichments (files via {@code files}). */
  public static EnrichPipeline create(EnrichSettings settings, FileFetcher files) {
    throw new IllegalStateException("pipeline not wired yet");
  }

  /**
   * Processes one line, updating {@code stats}. Every line ends as good event(s), bad row(s), or
   * a counted discard.
   */
  public void process(String line, Emitter out, EnrichStats stats) {
    throw new IllegalStateException("pipeline not wired yet");
  }
}
