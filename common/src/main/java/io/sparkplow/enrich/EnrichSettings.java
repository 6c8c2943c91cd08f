package io.sparkplow.enrich;

import java.io.Serializable;
import java.util.List;

/**
 * Everything an executor needs to build the enrich pipeline, as plain values: shipped once with
 * the job, parsed again on each executor JVM (cheap), and used as the key of the per-JVM cache.
 *
 * @param inputFormat the collector format name, e.g. {@code cloudfront}
 * @param resolverConfig the Iglu resolver configuration JSON
 * @param enrichments the enrichment configuration texts
 * @param etlTimestampMs the run's ETL timestamp (also the timestamp of its bad rows)
 * @param maxRecordBytes records larger than this become size_violation bad rows
 */
public record EnrichSettings(
    String inputFormat,
    String resolverConfig,
    List<EnrichmentConfigs.Source> enrichments,
    long etlTimestampMs,
    int maxRecordBytes) implements Serializable {

  /** Default size limit of one raw record: 1 MiB. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;

  public EnrichSettings {
    enrichments = List.copyOf(enrichments);
  }
}
