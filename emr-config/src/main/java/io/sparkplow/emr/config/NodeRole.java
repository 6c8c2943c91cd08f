package io.sparkplow.emr.config;

/** The role of a group or fleet of nodes (EMR's {@code InstanceRole}/{@code InstanceFleetType}). */
public enum NodeRole {
  MASTER("master", "Master"), CORE("core", "Core"), TASK("task", "Task");

  private final String yamlKey;
  private final String displayName;

  NodeRole(String yamlKey, String displayName) {
    this.yamlKey = yamlKey;
    this.displayName = displayName;
  }

  /** The key of this role in the configuration file. */
  public String yamlKey() {
    return yamlKey;
  }

  /** The group or fleet name shown by EMR. */
  public String displayName() {
    return displayName;
  }
}
