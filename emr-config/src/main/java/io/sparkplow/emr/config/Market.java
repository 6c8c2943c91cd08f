package io.sparkplow.emr.config;

/** How an instance group's nodes are bought. */
public enum Market { ON_DEMAND, SPOT }
