package io.sparkplow.emr.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.emr.config.AwsSettings;
import io.sparkplow.emr.config.BootstrapAction;
import io.sparkplow.emr.config.ClusterConfiguration;
import io.sparkplow.emr.config.ClusterSettings;
import io.sparkplow.emr.config.ClusterSettings.Tag;
import io.sparkplow.emr.config.EbsVolumes;
import io.sparkplow.emr.config.EmrConfig;
import io.sparkplow.emr.config.InstanceFleets;
import io.sparkplow.emr.config.InstanceFleets.FleetInstanceType;
import io.sparkplow.emr.config.InstanceFleets.InstanceFleet;
import io.sparkplow.emr.config.InstanceGroups;
import io.sparkplow.emr.config.InstanceGroups.InstanceGroup;
import java.util.List;
import java.util.Map;

/**
 * Renders the EMR {@code RunJobFlow} request (the API's JSON shape) that starts the cluster with
 * the run's steps. Keys follow the API's member order; lists keep the configuration's order.
 */
public final class RunJobFlowRequest {

  private RunJobFlowRequest() {
  }

  /** The cluster name: the configured name and the run folder, e.g. {@code sparkplow run=...}. */
  public static String clusterName(EmrConfig config, RunId runId) {
    return config.name() + " " + runId.folderName();
  }

  public static ObjectNode render(EmrConfig config, RunId runId) {
    ClusterSettings cluster = config.cluster();
    AwsSettings aws = config.aws();
    ObjectNode request = JsonText.object();
    request.put("Name", clusterName(config, runId));
    request.put("LogUri", aws.logUri().toString());
    request.put("ReleaseLabel", cluster.releaseLabel());
    request.set("Instances", instances(config));
    request.set("Steps", steps(PipelineSteps.steps(config, runId)));
    if (!cluster.bootstrapActions().isEmpty()) {
      request.set("BootstrapActions", bootstrapActions(cluster.bootstrapActions()));
    }
    ArrayNode applications = request.putArray("Applications");
    applications.addObject().put("Name", "Spark");
    List<ClusterConfiguration> configurations = ClusterConfigurations.merged(config);
    if (!configurations.isEmpty()) {
      request.set("Configurations", configurations(configurations));
    }
    request.put("VisibleToAllUsers", true);
    request.put("JobFlowRole", aws.instanceProfile());
    request.put("ServiceRole", aws.serviceRole());
    request.set("Tags", tags(cluster.tags()));
    return request;
  }

  static ObjectNode instances(EmrConfig config) {
    ObjectNode instances = JsonText.object();
    if (config.cluster().instances() instanceof InstanceGroups groups) {
      ArrayNode list = instances.putArray("InstanceGroups");
      for (InstanceGroup group : groups.all()) {
        list.add(instanceGroup(group));
      }
    } else {
      InstanceFleets fleets = (InstanceFleets) config.cluster().instances();
      ArrayNode list = instances.putArray("InstanceFleets");
      for (InstanceFleet fleet : fleets.all()) {
        list.add(instanceFleet(fleet));
      }
    }
    config.aws().ec2KeyName().ifPresent(key -> instances.put("Ec2KeyName", key));
    instances.put("KeepJobFlowAliveWhenNoSteps", config.cluster().keepAlive());
    instances.put("TerminationProtected", false);
    List<String> subnets = config.aws().ec2SubnetIds();
    if (config.cluster().instances() instanceof InstanceFleets && !subnets.isEmpty()) {
      ArrayNode ids = instances.putArray("Ec2SubnetIds");
      subnets.forEach(ids::add);
    } else if (!subnets.isEmpty()) {
      instances.put("Ec2SubnetId", subnets.get(0));
    }
    return instances;
  }

  static ObjectNode instanceGroup(InstanceGroup group) {
    ObjectNode node = JsonText.object();
    node.put("Name", group.role().displayName());
    node.put("Market", group.market().name());
    node.put("InstanceRole", group.role().name());
    group.bidPrice().ifPresent(price -> node.put("BidPrice", price));
    node.put("InstanceType", group.instanceType());
    node.put("InstanceCount", group.instanceCount());
    group.ebs().ifPresent(ebs -> node.set("EbsConfiguration", ebs(ebs)));
    return node;
  }

  static ObjectNode instanceFleet(InstanceFleet fleet) {
    ObjectNode node = JsonText.object();
    node.put("Name", fleet.role().displayName());
    node.put("InstanceFleetType", fleet.role().name());
    node.put("TargetOnDemandCapacity", fleet.targetOnDemandCapacity());
    node.put("TargetSpotCapacity", fleet.targetSpotCapacity());
    ArrayNode types = node.putArray("InstanceTypeConfigs");
    for (FleetInstanceType type : fleet.instanceTypes()) {
      ObjectNode t = types.addObject();
      t.put("InstanceType", type.instanceType());
      t.put("WeightedCapacity", type.weightedCapacity());
      type.bidPricePercent().ifPresent(p -> t.put("BidPriceAsPercentageOfOnDemandPrice", p));
      type.ebs().ifPresent(ebs -> t.set("EbsConfiguration", ebs(ebs)));
    }
    fleet.spot().ifPresent(spot -> {
      ObjectNode s = node.putObject("LaunchSpecifications").putObject("SpotSpecification");
      s.put("TimeoutDurationMinutes", spot.timeoutMinutes());
      s.put("TimeoutAction", spot.timeoutAction());
      spot.allocationStrategy().ifPresent(a -> s.put("AllocationStrategy", a));
    });
    return node;
  }

  static ObjectNode ebs(EbsVolumes ebs) {
    ObjectNode node = JsonText.object();
    ObjectNode device = node.putArray("EbsBlockDeviceConfigs").addObject();
    ObjectNode volume = device.putObject("VolumeSpecification");
    volume.put("VolumeType", ebs.volumeType());
    volume.put("SizeInGB", ebs.sizeGb());
    device.put("VolumesPerInstance", ebs.volumesPerInstance());
    return node;
  }

  /** The API's {@code StepConfig} list. */
  public static ArrayNode steps(List<EmrStep> steps) {
    ArrayNode list = JsonText.array();
    for (EmrStep step : steps) {
      ObjectNode node = list.addObject();
      node.put("Name", step.name());
      node.put("ActionOnFailure", step.actionOnFailure().name());
      ObjectNode jarStep = node.putObject("HadoopJarStep");
      jarStep.put("Jar", step.jar());
      ArrayNode args = jarStep.putArray("Args");
      step.args().forEach(args::add);
    }
    return list;
  }

  static ArrayNode bootstrapActions(List<BootstrapAction> actions) {
    ArrayNode list = JsonText.array();
    for (BootstrapAction action : actions) {
      ObjectNode node = list.addObject();
      node.put("Name", action.name());
      ObjectNode script = node.putObject("ScriptBootstrapAction");
      script.put("Path", action.path().toString());
      if (!action.args().isEmpty()) {
        ArrayNode args = script.putArray("Args");
        action.args().forEach(args::add);
      }
    }
    return list;
  }

  static ArrayNode configurations(List<ClusterConfiguration> configurations) {
    ArrayNode list = JsonText.array();
    for (ClusterConfiguration c : configurations) {
      ObjectNode node = list.addObject();
      node.put("Classification", c.classification());
      ObjectNode properties = node.putObject("Properties");
      for (Map.Entry<String, String> p : c.properties().entrySet()) {
        properties.put(p.getKey(), p.getValue());
      }
      if (!c.configurations().isEmpty()) {
        node.set("Configurations", configurations(c.configurations()));
      }
    }
    return list;
  }

  static ArrayNode tags(List<Tag> tags) {
    ArrayNode list = JsonText.array();
    for (Tag tag : tags) {
      list.addObject().put("Key", tag.key()).put("Value", tag.value());
    }
    return list;
  }
}
