package io.sparkplow.collector;

/**
 * One raw collector format: reads one record (a line of the input) into a collector payload, a
 * bad row ({@code collector_payload_format_violation}) or a documented discard.
 *
 * <p>Implementations are immutable and thread-safe: one instance serves every record of a run.
 * They never throw on bad input, and every bad row keeps the whole original line.
 */
public interface CollectorFormat {

  /** The name this format was created with, e.g. {@code cloudfront} or {@code ndjson/com.acme/v1}. */
  String name();

  /** Reads one record: a line of text without its line terminator. */
  LoadResult load(String line);
}
