package io.sparkplow.emr.config;

/**
 * A validated EMR configuration: the cluster to start and the pipeline run to put on it.
 *
 * @param name the cluster name prefix; the run folder name is appended
 */
public record EmrConfig(String name, AwsSettings aws, ClusterSettings cluster,
    PipelineSettings pipeline, JobsSettings jobs) {
}
