package io.sparkplow.enrichjob;

import io.sparkplow.enrich.EnrichPipeline;
import io.sparkplow.enrich.EnrichSettings;
import io.sparkplow.jobs.SparkFilesFetcher;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link EnrichPipeline} per executor JVM and configuration: the Iglu resolver with its schema
 * cache, the compiled validators and the enrichments (MaxMind readers, UA parser...) are built by
 * the first task that needs them and shared by every later task of the JVM.
 */
final class PipelineCache {

  private static final ConcurrentHashMap<EnrichSettings, EnrichPipeline> PIPELINES = new ConcurrentHashMap<>();

  private PipelineCache() {}

  static EnrichPipeline get(EnrichSettings settings) {
    return PIPELINES.computeIfAbsent(settings, s -> EnrichPipeline.create(s, new SparkFilesFetcher()));
  }
}
