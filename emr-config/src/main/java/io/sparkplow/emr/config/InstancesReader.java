package io.sparkplow.emr.config;

import static io.sparkplow.emr.config.Presence.OPTIONAL;
import static io.sparkplow.emr.config.Presence.REQUIRED;

import io.sparkplow.emr.config.InstanceFleets.FleetInstanceType;
import io.sparkplow.emr.config.InstanceFleets.InstanceFleet;
import io.sparkplow.emr.config.InstanceFleets.SpotProvisioning;
import io.sparkplow.emr.config.InstanceGroups.InstanceGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code cluster.instance_groups} or {@code cluster.instance_fleets}. */
final class InstancesReader {

  static final Set<String> ROLE_KEYS = Set.of("master", "core", "task");
  static final Set<String> GROUP_KEYS =
      Set.of("instance_type", "instance_count", "market", "bid_price", "ebs");
  static final Set<String> FLEET_KEYS =
      Set.of("target_on_demand_capacity", "target_spot_capacity", "instance_types", "spot");
  static final Set<String> FLEET_TYPE_KEYS =
      Set.of("instance_type", "weighted_capacity", "bid_price_percent", "ebs");
  static final Set<String> SPOT_KEYS = Set.of("timeout_minutes", "timeout_action", "allocation_strategy");
  static final Set<String> EBS_KEYS = Set.of("volume_type", "size_gb", "volumes_per_instance");

  /** EMR accepts up to 30 instance types per fleet (with an allocation strategy). */
  static final int MAX_FLEET_INSTANCE_TYPES = 30;

  private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9]+");
  private static final Pattern PRICE = Pattern.compile("\\d{1,4}(\\.\\d{1,6})?");
  private static final List<String> VOLUME_TYPES = List.of("gp3", "gp2", "st1", "sc1", "standard");
  private static final List<String> SPOT_TIMEOUT_ACTIONS = List.of("SWITCH_TO_ON_DEMAND", "TERMINATE_CLUSTER");
  private static final List<String> SPOT_ALLOCATION = List.of("capacity-optimized",
      "price-capacity-optimized", "lowest-price", "diversified", "capacity-optimized-prioritized");
  private static final String MASTER_SPOT_WARNING = "spot capacity for the master node: if EC2 reclaims"
      + " it, the cluster and its running step are lost (the run can be re-run); on-demand is safer";

  private InstancesReader() {
  }

  /** Exactly one of the two forms; reports both missing or both present. */
  static Optional<ClusterInstances> read(YamlSection cluster) {
    boolean groups = cluster.has("instance_groups");
    boolean fleets = cluster.has("instance_fleets");
    if (groups && fleets) {
      cluster.value("instance_fleets", OPTIONAL).ifPresent(v ->
          v.error("use either instance_groups or instance_fleets, not both"));
      return Optional.empty();
    }
    if (fleets) {
      return cluster.section("instance_fleets", REQUIRED, ROLE_KEYS)
          .flatMap(InstancesReader::fleets);
    }
    if (!groups) {
      cluster.value("instance_groups", REQUIRED);
      return Optional.empty();
    }
    return cluster.section("instance_groups", REQUIRED, ROLE_KEYS).flatMap(InstancesReader::groups);
  }

  private static Optional<ClusterInstances> groups(YamlSection section) {
    Optional<InstanceGroup> master = section.section("master", REQUIRED, GROUP_KEYS)
        .flatMap(s -> group(s, NodeRole.MASTER));
    Optional<InstanceGroup> core = section.section("core", REQUIRED, GROUP_KEYS)
        .flatMap(s -> group(s, NodeRole.CORE));
    boolean hasTask = section.has("task");
    Optional<InstanceGroup> task = section.section("task", OPTIONAL, GROUP_KEYS)
        .flatMap(s -> group(s, NodeRole.TASK));
    if (!Values.allPresent(master, core) || (hasTask && task.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new InstanceGroups(master.get(), core.get(), task));
  }

  private static Optional<InstanceGroup> group(YamlSection s, NodeRole role) {
    Optional<String> type = Values.matching(s, "instance_type", REQUIRED, INSTANCE_TYPE,
        "an EC2 instance type such as m5.xlarge");
    Optional<Integer> count;
    if (role == NodeRole.MASTER) {
      count = s.value("instance_count", OPTIONAL).isEmpty() ? Optional.of(1)
          : s.integer("instance_count", OPTIONAL, 1, 3);
      if (count.isPresent() && count.get() == 2) {
        s.value("instance_count", OPTIONAL).ifPresent(v ->
            v.error("must be 1 (or 3 for a high-availability master), got 2"));
        count = Optional.empty();
      }
    } else {
      count = s.integer("instance_count", REQUIRED, 1, 10_000);
    }
    Optional<Market> market = Values.oneOf(s, "market", OPTIONAL, List.of("ON_DEMAND", "SPOT"))
        .map(Market::valueOf);
    boolean marketValid = market.isPresent() || !s.has("market");
    Market resolved = market.orElse(Market.ON_DEMAND);
    if (role == NodeRole.MASTER && resolved == Market.SPOT) {
      s.value("market", OPTIONAL).ifPresent(v -> v.warning(MASTER_SPOT_WARNING));
    }
    Optional<String> bidPrice = Values.matching(s, "bid_price", OPTIONAL, PRICE,
        "a price in USD per hour such as 0.25");
    boolean bidValid = bidPrice.isPresent() || !s.has("bid_price");
    if (bidPrice.isPresent() && resolved != Market.SPOT) {
      s.value("bid_price", OPTIONAL).ifPresent(v -> v.error("bid_price applies to market: SPOT only"));
      bidValid = false;
    }
    Optional<EbsVolumes> ebs = s.section("ebs", OPTIONAL, EBS_KEYS).flatMap(InstancesReader::ebs);
    boolean ebsValid = ebs.isPresent() || !s.has("ebs");
    if (!Values.allPresent(type, count) || !marketValid || !bidValid || !ebsValid) {
      return Optional.empty();
    }
    return Optional.of(new InstanceGroup(role, type.get(), count.get(), resolved, bidPrice, ebs));
  }

  private static Optional<ClusterInstances> fleets(YamlSection section) {
    Optional<InstanceFleet> master = section.section("master", REQUIRED, FLEET_KEYS)
        .flatMap(s -> fleet(s, NodeRole.MASTER));
    Optional<InstanceFleet> core = section.section("core", REQUIRED, FLEET_KEYS)
        .flatMap(s -> fleet(s, NodeRole.CORE));
    boolean hasTask = section.has("task");
    Optional<InstanceFleet> task = section.section("task", OPTIONAL, FLEET_KEYS)
        .flatMap(s -> fleet(s, NodeRole.TASK));
    if (!Values.allPresent(master, core) || (hasTask && task.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new InstanceFleets(master.get(), core.get(), task));
  }

  private static Optional<InstanceFleet> fleet(YamlSection s, NodeRole role) {
    Optional<Integer> onDemand = s.has("target_on_demand_capacity")
        ? s.integer("target_on_demand_capacity", OPTIONAL, 0, 100_000) : Optional.of(0);
    Optional<Integer> spot = s.has("target_spot_capacity")
        ? s.integer("target_spot_capacity", OPTIONAL, 0, 100_000) : Optional.of(0);
    if (Values.allPresent(onDemand, spot)) {
      int total = onDemand.get() + spot.get();
      if (role == NodeRole.MASTER && total != 1) {
        error(s, "the master fleet needs a total target capacity of exactly 1"
            + " (target_on_demand_capacity + target_spot_capacity), got " + total);
        onDemand = Optional.empty();
      } else if (total == 0) {
        error(s, "set target_on_demand_capacity or target_spot_capacity above 0");
        onDemand = Optional.empty();
      }
      if (role == NodeRole.MASTER && spot.get() == 1) {
        s.value("target_spot_capacity", OPTIONAL).ifPresent(v -> v.warning(MASTER_SPOT_WARNING));
      }
    }
    Optional<List<FleetInstanceType>> types = s.value("instance_types", REQUIRED)
        .flatMap(v -> fleetTypes(v, role));
    boolean hasSpot = s.has("spot");
    Optional<SpotProvisioning> spotSpec = s.section("spot", OPTIONAL, SPOT_KEYS)
        .flatMap(InstancesReader::spotProvisioning);
    if (!Values.allPresent(onDemand, spot, types) || (hasSpot && spotSpec.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new InstanceFleet(role, onDemand.get(), spot.get(), types.get(), spotSpec));
  }

  /** Reports at the capacity key written, or at the fleet itself when neither is. */
  private static void error(YamlSection s, String message) {
    Optional<YamlValue> at = s.value("target_on_demand_capacity", OPTIONAL)
        .or(() -> s.value("target_spot_capacity", OPTIONAL));
    if (at.isPresent()) {
      at.get().error(message);
    } else {
      s.error(message);
    }
  }

  private static Optional<List<FleetInstanceType>> fleetTypes(YamlValue list, NodeRole role) {
    Optional<List<YamlValue>> maybeItems = list.list();
    if (maybeItems.isEmpty()) {
      return Optional.empty();
    }
    List<YamlValue> items = maybeItems.get();
    boolean ok = true;
    if (items.isEmpty() || items.size() > MAX_FLEET_INSTANCE_TYPES) {
      list.error("needs between 1 and " + MAX_FLEET_INSTANCE_TYPES + " instance types, got " + items.size());
      ok = false;
    }
    List<FleetInstanceType> types = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlValue item : items) {
      Optional<YamlSection> section = item.section(FLEET_TYPE_KEYS);
      if (section.isEmpty()) {
        ok = false;
        continue;
      }
      YamlSection s = section.get();
      Optional<String> type = Values.matching(s, "instance_type", REQUIRED, INSTANCE_TYPE,
          "an EC2 instance type such as m5.xlarge");
      if (type.isPresent()) {
        Integer first = firstLine.putIfAbsent(type.get(), item.line());
        if (first != null) {
          s.value("instance_type", REQUIRED).ifPresent(v ->
              v.error("duplicate instance type " + type.get() + " (first at line " + first + ")"));
          ok = false;
        }
      }
      Optional<Integer> weight = s.has("weighted_capacity")
          ? s.integer("weighted_capacity", OPTIONAL, 1, 1000) : Optional.of(1);
      if (role == NodeRole.MASTER && weight.isPresent() && weight.get() != 1) {
        s.value("weighted_capacity", OPTIONAL).ifPresent(v ->
            v.error("must be 1 in the master fleet"));
        weight = Optional.empty();
      }
      Optional<Double> bid = s.value("bid_price_percent", OPTIONAL).flatMap(v -> v.number(1, 1000));
      boolean bidValid = bid.isPresent() || !s.has("bid_price_percent");
      Optional<EbsVolumes> ebs = s.section("ebs", OPTIONAL, EBS_KEYS).flatMap(InstancesReader::ebs);
      boolean ebsValid = ebs.isPresent() || !s.has("ebs");
      if (Values.allPresent(type, weight) && bidValid && ebsValid) {
        types.add(new FleetInstanceType(type.get(), weight.get(), bid, ebs));
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(List.copyOf(types)) : Optional.empty();
  }

  private static Optional<SpotProvisioning> spotProvisioning(YamlSection s) {
    Optional<Integer> timeout = s.integer("timeout_minutes", REQUIRED, 5, 1440);
    Optional<String> action = Values.oneOf(s, "timeout_action", REQUIRED, SPOT_TIMEOUT_ACTIONS);
    Optional<String> allocation = Values.oneOf(s, "allocation_strategy", OPTIONAL, SPOT_ALLOCATION);
    if (!Values.allPresent(timeout, action) || (s.has("allocation_strategy") && allocation.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new SpotProvisioning(timeout.get(), action.get(), allocation));
  }

  private static Optional<EbsVolumes> ebs(YamlSection s) {
    Optional<String> type = Values.oneOf(s, "volume_type", REQUIRED, VOLUME_TYPES);
    Optional<Integer> size = s.integer("size_gb", REQUIRED, 1, 16_384);
    Optional<Integer> count = s.has("volumes_per_instance")
        ? s.integer("volumes_per_instance", OPTIONAL, 1, 25) : Optional.of(1);
    if (!Values.allPresent(type, size, count)) {
      return Optional.empty();
    }
    return Optional.of(new EbsVolumes(type.get(), size.get(), count.get()));
  }
}
