package io.sparkplow.emr.config;

import java.util.List;
import java.util.Optional;

/** One instance fleet per role; core is required, task optional. */
public record InstanceFleets(InstanceFleet master, InstanceFleet core, Optional<InstanceFleet> task)
    implements ClusterInstances {

  /** The fleets in EMR's order: master, core, task. */
  public List<InstanceFleet> all() {
    return task.isPresent() ? List.of(master, core, task.get()) : List.of(master, core);
  }

  /** A fleet: capacity targets filled from a choice of instance types. */
  public record InstanceFleet(NodeRole role, int targetOnDemandCapacity, int targetSpotCapacity,
      List<FleetInstanceType> instanceTypes, Optional<SpotProvisioning> spot) {
  }

  /**
   * One instance type a fleet may use.
   *
   * @param bidPricePercent the maximum spot price as a percentage of the on-demand price
   */
  public record FleetInstanceType(String instanceType, int weightedCapacity,
      Optional<Double> bidPricePercent, Optional<EbsVolumes> ebs) {
  }

  /**
   * What to do when spot capacity cannot be had in time.
   *
   * @param timeoutAction {@code SWITCH_TO_ON_DEMAND} or {@code TERMINATE_CLUSTER}
   */
  public record SpotProvisioning(int timeoutMinutes, String timeoutAction,
      Optional<String> allocationStrategy) {
  }
}
