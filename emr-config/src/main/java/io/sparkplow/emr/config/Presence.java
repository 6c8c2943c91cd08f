package io.sparkplow.emr.config;

/** Whether a configuration key must be present. */
public enum Presence { REQUIRED, OPTIONAL }
