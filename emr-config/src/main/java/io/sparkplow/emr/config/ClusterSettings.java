package io.sparkplow.emr.config;

import java.util.List;

/**
 * The cluster: EMR release, lifetime, nodes, bootstrap actions, extra configuration and tags.
 *
 * @param keepAlive false for a transient cluster that terminates after its last step
 */
public record ClusterSettings(String releaseLabel, boolean keepAlive, ActionOnFailure actionOnFailure,
    ClusterInstances instances, List<BootstrapAction> bootstrapActions,
    List<ClusterConfiguration> configurations, List<Tag> tags) {

  /** A cluster tag, in file order. */
  public record Tag(String key, String value) {
  }
}
