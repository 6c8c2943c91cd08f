package io.sparkplow.emr.shape;

import static io.sparkplow.emr.TestConfigs.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.emr.TestConfigs;
import io.sparkplow.emr.render.AddStepsRequest;
import io.sparkplow.emr.render.RunJobFlowRequest;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The structural check accepts what we render and rejects malformed requests, naming the path. */
class EmrRequestCheckTest {

  private static List<String> problemsAfter(Consumer<ObjectNode> change) {
    ObjectNode request = RunJobFlowRequest.render(TestConfigs.example(), RUN).deepCopy();
    change.accept(request);
    return EmrRequestCheck.runJobFlow(request);
  }

  private static void assertRejected(List<String> problems, String expected) {
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)),
        () -> "expected a problem starting '" + expected + "', got " + problems);
  }

  private static ObjectNode group(ObjectNode request, int index) {
    return (ObjectNode) request.get("Instances").get("InstanceGroups").get(index);
  }

  @Test
  void renderedRequestsPass() {
    assertEquals(List.of(), EmrRequestCheck.runJobFlow(RunJobFlowRequest.render(TestConfigs.example(), RUN)));
    assertEquals(List.of(), EmrRequestCheck.runJobFlow(RunJobFlowRequest.render(TestConfigs.fleets(), RUN)));
    assertEquals(List.of(), EmrRequestCheck.addJobFlowSteps(AddStepsRequest.render(TestConfigs.fleets(), RUN, "j-1")));
  }

  @Test
  void unknownMemberIsRejected() {
    assertRejected(problemsAfter(r -> r.put("AutoTerminate", true)), "AutoTerminate: not a member of RunJobFlowInput");
    assertRejected(problemsAfter(r -> group(r, 0).put("InstanceGroupType", "MASTER")),
        "Instances.InstanceGroups[0].InstanceGroupType: not a member of InstanceGroupConfig");
  }

  @Test
  void wrongTypesAreRejected() {
    assertRejected(problemsAfter(r -> group(r, 1).put("InstanceCount", "4")),
        "Instances.InstanceGroups[1].InstanceCount: expected an integer, got the string \"4\"");
    assertRejected(problemsAfter(r -> r.put("VisibleToAllUsers", "true")), "VisibleToAllUsers: expected true or false");
    assertRejected(problemsAfter(r -> r.put("Tags", "team=data")), "Tags: expected a list");
    assertRejected(problemsAfter(r -> ((ObjectNode) r.at("/Configurations/0/Properties")).put("spark.executor.cores", 4)),
        "Configurations[0].Properties.spark.executor.cores: expected a string");
  }

  @Test
  void missingRequiredMembersAreRejected() {
    assertRejected(problemsAfter(r -> r.remove("Name")), "Name: required by RunJobFlowInput but missing");
    assertRejected(problemsAfter(r -> ((ObjectNode) r.at("/Steps/0/HadoopJarStep")).remove("Jar")),
        "Steps[0].HadoopJarStep.Jar: required by HadoopJarStepConfig but missing");
    ObjectNode addSteps = AddStepsRequest.render(TestConfigs.example(), RUN, "j-1");
    addSteps.remove("JobFlowId");
    assertRejected(EmrRequestCheck.addJobFlowSteps(addSteps), "JobFlowId: required by AddJobFlowStepsInput but missing");
  }

  @Test
  void enumerationsAndLengthsAreChecked() {
    assertRejected(problemsAfter(r -> group(r, 1).put("Market", "SPOTT")),
        "Instances.InstanceGroups[1].Market: must be one of [ON_DEMAND, SPOT]");
    assertRejected(problemsAfter(r -> ((ObjectNode) r.at("/Steps/1")).put("ActionOnFailure", "RETRY")),
        "Steps[1].ActionOnFailure: must be one of");
    assertRejected(problemsAfter(r -> r.put("Name", "n".repeat(257))), "Name: length must be between 0 and 256, got 257");
  }

  @Test
  void crossMemberRulesAreChecked() {
    assertRejected(problemsAfter(r -> ((ObjectNode) r.get("Instances")).putArray("InstanceFleets")),
        "Instances: needs exactly one of InstanceGroups and InstanceFleets");
    assertRejected(problemsAfter(r -> group(r, 1).put("InstanceRole", "MASTER")),
        "Instances.InstanceGroups: needs exactly one MASTER, got 2");
    assertRejected(problemsAfter(r -> ((ObjectNode) r.get("Instances")).putArray("Ec2SubnetIds").add("subnet-0a1b2c3d")),
        "Instances.Ec2SubnetIds: applies to instance fleets only");
  }

  @Test
  void tooLongStepIsRejected() {
    List<String> problems = problemsAfter(r -> {
      ArrayNode args = (ArrayNode) r.at("/Steps/1/HadoopJarStep/Args");
      args.add("x".repeat(10_240));
    });
    assertRejected(problems, "Steps[1]: ");
    assertTrue(problems.stream().anyMatch(p -> p.contains("over EMR's limit of 10,240 per step")), problems::toString);
  }

  @Test
  void configurationsNestOneLevelOnly() {
    assertRejected(problemsAfter(r -> {
      ObjectNode outer = (ObjectNode) r.at("/Configurations/0");
      ObjectNode inner = outer.putArray("Configurations").addObject().put("Classification", "export");
      inner.putArray("Configurations").addObject().put("Classification", "deeper");
    }), "Configurations[0].Configurations[0].Configurations: not a member of Configuration");
  }
}
