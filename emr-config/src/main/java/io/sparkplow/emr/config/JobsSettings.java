package io.sparkplow.emr.config;

import java.util.List;
import java.util.Optional;

/** The jobs of a run: enrich, then shred, then (when configured) load. */
public record JobsSettings(EnrichJob enrich, ShredJob shred, Optional<LoadJob> load) {

  /**
   * The enrich job.
   *
   * @param collectorFormat {@code cloudfront}, {@code clj-tomcat}, {@code thrift},
   *     {@code ndjson/VENDOR/VERSION} or {@code tsv/VENDOR/VERSION}
   * @param sparkSubmitOptions extra spark-submit options, placed before {@code --class}
   */
  public record EnrichJob(S3Uri jar, String collectorFormat, S3Uri enrichments,
      List<String> sparkSubmitOptions, Origin origin) {
  }

  /** The shred job. */
  public record ShredJob(S3Uri jar, Deduplication deduplication, List<String> sparkSubmitOptions,
      Origin origin) {
  }

  /**
   * The load job.
   *
   * @param target the JDBC target configuration file
   */
  public record LoadJob(S3Uri jar, S3Uri target, List<String> sparkSubmitOptions, Origin origin) {
  }

  /** The shred job's {@code --deduplication} argument. */
  public enum Deduplication {
    NATURAL_AND_SYNTHETIC("natural,synthetic"), NATURAL("natural"), SYNTHETIC("synthetic"),
    NONE("none");

    private final String argument;

    Deduplication(String argument) {
      this.argument = argument;
    }

    public String argument() {
      return argument;
    }
  }
}
