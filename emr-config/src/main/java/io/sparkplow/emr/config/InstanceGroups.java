package io.sparkplow.emr.config;

import java.util.List;
import java.util.Optional;

/** One instance group per role; core is required, task optional. */
public record InstanceGroups(InstanceGroup master, InstanceGroup core, Optional<InstanceGroup> task)
    implements ClusterInstances {

  /** The groups in EMR's order: master, core, task. */
  public List<InstanceGroup> all() {
    return task.isPresent() ? List.of(master, core, task.get()) : List.of(master, core);
  }

  /**
   * A group of identical nodes.
   *
   * @param bidPrice a maximum spot price in USD per hour; empty means up to the on-demand price
   */
  public record InstanceGroup(NodeRole role, String instanceType, int instanceCount, Market market,
      Optional<String> bidPrice, Optional<EbsVolumes> ebs) {
  }
}
