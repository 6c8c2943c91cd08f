package io.sparkplow.badrow;

/** The job that produced a bad row, e.g. {@code sparkplow-enrich 0.1.0}. */
public record Processor(String artifact, String version) {}
