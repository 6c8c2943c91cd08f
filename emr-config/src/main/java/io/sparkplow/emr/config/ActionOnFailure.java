package io.sparkplow.emr.config;

/** What EMR does when a step fails (EMR's {@code ActionOnFailure}). */
public enum ActionOnFailure { TERMINATE_CLUSTER, CANCEL_AND_WAIT, CONTINUE }
