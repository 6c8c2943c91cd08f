package io.sparkplow.emr.config;

import java.util.List;
import java.util.SortedMap;

/**
 * An EMR configuration classification ({@code spark-defaults}, {@code spark-env}, ...) with its
 * properties (sorted, so output is stable) and nested classifications ({@code export}).
 */
public record ClusterConfiguration(String classification, SortedMap<String, String> properties,
    List<ClusterConfiguration> configurations, Origin origin) {
}
