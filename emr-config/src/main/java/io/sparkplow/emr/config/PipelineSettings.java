package io.sparkplow.emr.config;

/**
 * The data locations shared by the jobs. Each run writes {@code ROOT/run=yyyy-MM-dd-HH-mm-ss}
 * under the enriched and shredded roots.
 */
public record PipelineSettings(S3Uri rawInput, S3Uri enrichedRoot, S3Uri shreddedRoot,
    S3Uri igluResolver, OutputCompression outputCompression) {

  /** Compression of the jobs' output files. */
  public enum OutputCompression { GZIP, NONE }
}
