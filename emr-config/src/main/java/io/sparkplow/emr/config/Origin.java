package io.sparkplow.emr.config;

/** Where a part of the configuration was written: its key path and YAML line (1-based). */
public record Origin(String path, int line) {
}
