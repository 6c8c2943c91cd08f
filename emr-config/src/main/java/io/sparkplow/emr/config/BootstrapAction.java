package io.sparkplow.emr.config;

import java.util.List;

/** A script EMR runs on every node before applications start. */
public record BootstrapAction(String name, S3Uri path, List<String> args) {
}
