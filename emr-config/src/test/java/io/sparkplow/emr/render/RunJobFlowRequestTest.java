package io.sparkplow.emr.render;

import static io.sparkplow.emr.TestConfigs.BASE;
import static io.sparkplow.emr.TestConfigs.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.emr.TestConfigs;
import io.sparkplow.emr.shape.EmrRequestCheck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Instance groups against instance fleets, spot capacity, and the request's fixed parts. */
class RunJobFlowRequestTest {

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  /** The text of {@code field} in each element of {@code array}. */
  private static List<String> fieldOfEach(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.path(field).asText()));
    return texts;
  }

  @Test
  void instanceGroupsRequest() {
    ObjectNode request = RunJobFlowRequest.render(TestConfigs.example(), RUN);
    assertEquals(List.of(), EmrRequestCheck.runJobFlow(request));
    JsonNode instances = request.get("Instances");
    assertFalse(instances.has("InstanceFleets"));
    JsonNode groups = instances.get("InstanceGroups");
    assertEquals(List.of("MASTER", "CORE", "TASK"), fieldOfEach(groups, "InstanceRole"));
    assertEquals("ON_DEMAND", groups.get(0).get("Market").asText());
    // Spot core with a bid price, spot task without one (up to the on-demand price).
    assertEquals("SPOT", groups.get(1).get("Market").asText());
    assertEquals("0.30", groups.get(1).get("BidPrice").asText());
    assertEquals("SPOT", groups.get(2).get("Market").asText());
    assertFalse(groups.get(2).has("BidPrice"));
    assertEquals(4, groups.get(1).get("InstanceCount").asInt());
    assertEquals(128, groups.get(1).at("/EbsConfiguration/EbsBlockDeviceConfigs/0/VolumeSpecification/SizeInGB").asInt());
    assertEquals("subnet-0a1b2c3d4e5f67890", instances.get("Ec2SubnetId").asText());
    assertFalse(instances.has("Ec2SubnetIds"));
    assertFalse(instances.get("KeepJobFlowAliveWhenNoSteps").asBoolean(), "a transient cluster");
    assertEquals("EMR_EC2_DefaultRole", request.get("JobFlowRole").asText());
    assertEquals("EMR_DefaultRole", request.get("ServiceRole").asText());
    assertEquals("Spark", request.at("/Applications/0/Name").asText());
    assertEquals("sparkplow run=2024-05-01-12-00-00", request.get("Name").asText());
    assertEquals(3, request.get("Steps").size());
  }

  @Test
  void instanceFleetsRequest() {
    ObjectNode request = RunJobFlowRequest.render(TestConfigs.fleets(), RUN);
    assertEquals(List.of(), EmrRequestCheck.runJobFlow(request));
    JsonNode instances = request.get("Instances");
    assertFalse(instances.has("InstanceGroups"));
    JsonNode fleets = instances.get("InstanceFleets");
    assertEquals(3, fleets.size());
    assertEquals("MASTER", fleets.get(0).get("InstanceFleetType").asText());
    assertEquals(1, fleets.get(0).get("TargetOnDemandCapacity").asInt());
    assertEquals(0, fleets.get(0).get("TargetSpotCapacity").asInt());
    assertEquals(List.of("m5.xlarge", "m5a.xlarge"), fieldOfEach(fleets.get(0).get("InstanceTypeConfigs"), "InstanceType"));
    JsonNode core = fleets.get(1);
    assertEquals(0, core.get("TargetOnDemandCapacity").asInt());
    assertEquals(8, core.get("TargetSpotCapacity").asInt());
    assertEquals(2, core.at("/InstanceTypeConfigs/0/WeightedCapacity").asInt());
    assertEquals(100.0, core.at("/InstanceTypeConfigs/0/BidPriceAsPercentageOfOnDemandPrice").asDouble());
    assertEquals(80.5, core.at("/InstanceTypeConfigs/1/BidPriceAsPercentageOfOnDemandPrice").asDouble());
    assertEquals(2, core.at("/InstanceTypeConfigs/0/EbsConfiguration/EbsBlockDeviceConfigs/0/VolumesPerInstance").asInt());
    assertEquals("SWITCH_TO_ON_DEMAND", core.at("/LaunchSpecifications/SpotSpecification/TimeoutAction").asText());
    assertEquals(20, core.at("/LaunchSpecifications/SpotSpecification/TimeoutDurationMinutes").asInt());
    assertEquals("price-capacity-optimized", core.at("/LaunchSpecifications/SpotSpecification/AllocationStrategy").asText());
    assertFalse(fleets.get(2).has("LaunchSpecifications"));
    assertEquals(List.of("subnet-0a1b2c3d4e5f67890", "subnet-0f9e8d7c6b5a43210", "subnet-11223344"),
        texts(instances.get("Ec2SubnetIds")));
    assertFalse(instances.has("Ec2SubnetId"));
    assertFalse(instances.has("Ec2KeyName"));
    assertTrue(instances.get("KeepJobFlowAliveWhenNoSteps").asBoolean(), "keep_alive: true");
    assertEquals("CANCEL_AND_WAIT", request.at("/Steps/0/ActionOnFailure").asText());
    assertEquals(2, request.get("Steps").size(), "no load step configured");
    assertFalse(request.has("BootstrapActions"));
  }

  @Test
  void s3OutputsGetNoCommitterSettingsButKeepNestedUserConfigurations() {
    ObjectNode request = RunJobFlowRequest.render(TestConfigs.fleets(), RUN);
    JsonNode configurations = request.get("Configurations");
    assertEquals(1, configurations.size());
    assertEquals("spark-env", configurations.at("/0/Classification").asText());
    assertEquals(0, configurations.at("/0/Properties").size());
    assertEquals("export", configurations.at("/0/Configurations/0/Classification").asText());
    assertEquals("staging", configurations.at("/0/Configurations/0/Properties/SPARKPLOW_ENVIRONMENT").asText());
    assertFalse(JsonText.compact(request).contains("committer"));
  }

  @Test
  void spotMasterStillRenders() {
    String yaml = TestConfigs.replaceLine(BASE, "instance_type: m5.xlarge", "instance_type: m5.xlarge\nmarket: SPOT");
    ObjectNode request = RunJobFlowRequest.render(TestConfigs.valid(yaml), RUN);
    assertEquals("SPOT", request.at("/Instances/InstanceGroups/0/Market").asText());
    assertEquals(List.of(), EmrRequestCheck.runJobFlow(request));
  }

  @Test
  void addStepsRequestHasTheClusterAndTheSameSteps() {
    ObjectNode addSteps = AddStepsRequest.render(TestConfigs.example(), RUN, "j-2AXXXXXXGAPLF");
    assertEquals(List.of(), EmrRequestCheck.addJobFlowSteps(addSteps));
    assertEquals("j-2AXXXXXXGAPLF", addSteps.get("JobFlowId").asText());
    assertEquals(RunJobFlowRequest.render(TestConfigs.example(), RUN).get("Steps"), addSteps.get("Steps"));
  }
}
