package io.sparkplow.emr.shape;

import static io.sparkplow.emr.shape.Shape.listOf;
import static io.sparkplow.emr.shape.Shape.nonEmptyText;
import static io.sparkplow.emr.shape.Shape.oneOf;
import static io.sparkplow.emr.shape.Shape.optional;
import static io.sparkplow.emr.shape.Shape.required;
import static io.sparkplow.emr.shape.Shape.struct;
import static io.sparkplow.emr.shape.Shape.text;

/**
 * The parts of the EMR API's request shapes (service model 2009-03-31) that the renderers emit:
 * the members, their types, the required ones, string length limits and enumerations, as in the
 * service model.
 *
 * <p>Only the members we emit are described; any other member is rejected, because a member we
 * do not know we emit is a renderer bug. Left out on purpose: members the configuration cannot set
 * (security configuration, auto-scaling, managed scaling, Kerberos, custom AMI, placement, step
 * monitoring, {@code Properties} of a jar step, instance-type {@code Configurations}...). The
 * {@code Configurations} shape is spelt out to two levels, EMR's nesting limit, instead of being
 * recursive.
 */
public final class EmrApiShapes {

  /** XmlStringMaxLen256 and XmlString in the service model. */
  static final int SHORT = 256;
  static final int LONG = 10_280;

  static final Shape EBS_CONFIGURATION = struct("EbsConfiguration",
      optional("EbsBlockDeviceConfigs", listOf(struct("EbsBlockDeviceConfig",
          required("VolumeSpecification", struct("VolumeSpecification",
              required("VolumeType", nonEmptyText(SHORT)),
              required("SizeInGB", new Shape.Int(1)))),
          optional("VolumesPerInstance", new Shape.Int(1))))));

  static final Shape INSTANCE_GROUP = struct("InstanceGroupConfig",
      optional("Name", text(SHORT)),
      optional("Market", oneOf("ON_DEMAND", "SPOT")),
      required("InstanceRole", oneOf("MASTER", "CORE", "TASK")),
      optional("BidPrice", text(SHORT)),
      required("InstanceType", nonEmptyText(SHORT)),
      required("InstanceCount", new Shape.Int(0)),
      optional("EbsConfiguration", EBS_CONFIGURATION));

  static final Shape INSTANCE_FLEET = struct("InstanceFleetConfig",
      optional("Name", text(SHORT)),
      required("InstanceFleetType", oneOf("MASTER", "CORE", "TASK")),
      optional("TargetOnDemandCapacity", new Shape.Int(0)),
      optional("TargetSpotCapacity", new Shape.Int(0)),
      optional("InstanceTypeConfigs", new Shape.ListOf(struct("InstanceTypeConfig",
          required("InstanceType", nonEmptyText(SHORT)),
          optional("WeightedCapacity", new Shape.Int(0)),
          optional("BidPriceAsPercentageOfOnDemandPrice", new Shape.Real(0)),
          optional("EbsConfiguration", EBS_CONFIGURATION)), 30)),
      optional("LaunchSpecifications", struct("InstanceFleetProvisioningSpecifications",
          optional("SpotSpecification", struct("SpotProvisioningSpecification",
              required("TimeoutDurationMinutes", new Shape.Int(0)),
              required("TimeoutAction", oneOf("SWITCH_TO_ON_DEMAND", "TERMINATE_CLUSTER")),
              optional("AllocationStrategy", oneOf("capacity-optimized", "price-capacity-optimized",
                  "lowest-price", "diversified", "capacity-optimized-prioritized")))))));

  static final Shape INSTANCES = struct("JobFlowInstancesConfig",
      optional("InstanceGroups", listOf(INSTANCE_GROUP)),
      optional("InstanceFleets", listOf(INSTANCE_FLEET)),
      optional("Ec2KeyName", text(SHORT)),
      optional("KeepJobFlowAliveWhenNoSteps", new Shape.Bool()),
      optional("TerminationProtected", new Shape.Bool()),
      optional("Ec2SubnetId", text(SHORT)),
      optional("Ec2SubnetIds", listOf(text(SHORT))));

  static final Shape STEP = struct("StepConfig",
      required("Name", text(SHORT)),
      optional("ActionOnFailure", oneOf("TERMINATE_JOB_FLOW", "TERMINATE_CLUSTER", "CANCEL_AND_WAIT", "CONTINUE")),
      required("HadoopJarStep", struct("HadoopJarStepConfig",
          required("Jar", text(LONG)),
          optional("Args", listOf(text(LONG))))));

  static final Shape BOOTSTRAP_ACTION = struct("BootstrapActionConfig",
      required("Name", text(SHORT)),
      required("ScriptBootstrapAction", struct("ScriptBootstrapActionConfig",
          required("Path", text(LONG)),
          optional("Args", listOf(text(LONG))))));

  static final Shape INNER_CONFIGURATION = struct("Configuration",
      optional("Classification", text(LONG)),
      optional("Properties", new Shape.StringMap()));

  static final Shape CONFIGURATION = struct("Configuration",
      optional("Classification", text(LONG)),
      optional("Properties", new Shape.StringMap()),
      optional("Configurations", listOf(INNER_CONFIGURATION)));

  /** {@code RunJobFlowInput}, as far as we emit it. */
  public static final Shape RUN_JOB_FLOW = struct("RunJobFlowInput",
      required("Name", text(SHORT)),
      optional("LogUri", text(LONG)),
      optional("ReleaseLabel", text(SHORT)),
      required("Instances", INSTANCES),
      optional("Steps", new Shape.ListOf(STEP, 256)),
      optional("BootstrapActions", new Shape.ListOf(BOOTSTRAP_ACTION, 16)),
      optional("Applications", listOf(struct("Application", optional("Name", text(LONG))))),
      optional("Configurations", listOf(CONFIGURATION)),
      optional("VisibleToAllUsers", new Shape.Bool()),
      optional("JobFlowRole", text(LONG)),
      optional("ServiceRole", text(LONG)),
      optional("Tags", listOf(struct("Tag", optional("Key", text(128)), optional("Value", text(256))))));

  /** {@code AddJobFlowStepsInput}, as far as we emit it. */
  public static final Shape ADD_JOB_FLOW_STEPS = struct("AddJobFlowStepsInput",
      required("JobFlowId", text(SHORT)),
      required("Steps", new Shape.ListOf(STEP, 256)));

  private EmrApiShapes() {
  }
}
