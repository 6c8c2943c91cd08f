package io.sparkplow.emr.config;

/** The cluster's nodes: instance groups or instance fleets (EMR allows one or the other). */
public sealed interface ClusterInstances permits InstanceGroups, InstanceFleets {
}
