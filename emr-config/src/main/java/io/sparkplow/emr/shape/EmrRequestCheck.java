package io.sparkplow.emr.shape;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.emr.render.EmrOperation;
import io.sparkplow.emr.render.EmrRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The structural check run on every rendered request before it is printed: the API shape
 * ({@link EmrApiShapes}) plus the cross-member rules of EMR that a shape cannot say — instance
 * groups or fleets (exactly one), one master and at most one core, subnet lists with fleets only,
 * and 10,240 characters of strings per step.
 */
public final class EmrRequestCheck {

  public static final int MAX_STEP_CHARACTERS = io.sparkplow.emr.render.StepLimit.MAX_CHARACTERS;

  private EmrRequestCheck() {
  }

  /** The problems of a rendered request, by its operation; empty when it passes. */
  public static List<String> check(EmrRequest request) {
    return request.operation() == EmrOperation.RUN_JOB_FLOW
        ? runJobFlow(request.body()) : addJobFlowSteps(request.body());
  }

  public static List<String> runJobFlow(JsonNode request) {
    List<String> problems = new ArrayList<>(ShapeCheck.check(EmrApiShapes.RUN_JOB_FLOW, request));
    JsonNode instances = request.path("Instances");
    boolean groups = instances.has("InstanceGroups");
    boolean fleets = instances.has("InstanceFleets");
    if (groups == fleets) {
      problems.add("Instances: needs exactly one of InstanceGroups and InstanceFleets");
    }
    if (groups) {
      roles(instances.path("InstanceGroups"), "InstanceRole", "Instances.InstanceGroups", problems);
      if (instances.has("Ec2SubnetIds")) {
        problems.add("Instances.Ec2SubnetIds: applies to instance fleets only");
      }
    }
    if (fleets) {
      roles(instances.path("InstanceFleets"), "InstanceFleetType", "Instances.InstanceFleets", problems);
    }
    if (instances.has("Ec2SubnetId") && instances.has("Ec2SubnetIds")) {
      problems.add("Instances: Ec2SubnetId and Ec2SubnetIds exclude each other");
    }
    steps(request.path("Steps"), problems);
    return problems;
  }

  public static List<String> addJobFlowSteps(JsonNode request) {
    List<String> problems = new ArrayList<>(ShapeCheck.check(EmrApiShapes.ADD_JOB_FLOW_STEPS, request));
    steps(request.path("Steps"), problems);
    return problems;
  }

  private static void roles(JsonNode list, String roleKey, String path, List<String> problems) {
    int masters = 0;
    int cores = 0;
    for (JsonNode item : list) {
      String role = item.path(roleKey).asText();
      masters += role.equals("MASTER") ? 1 : 0;
      cores += role.equals("CORE") ? 1 : 0;
    }
    if (masters != 1) {
      problems.add(path + ": needs exactly one MASTER, got " + masters);
    }
    if (cores > 1) {
      problems.add(path + ": at most one CORE, got " + cores);
    }
  }

  private static void steps(JsonNode steps, List<String> problems) {
    for (int i = 0; i < steps.size(); i++) {
      JsonNode step = steps.get(i);
      int total = step.path("Name").asText().length() + step.path("ActionOnFailure").asText().length()
          + step.path("HadoopJarStep").path("Jar").asText().length();
      for (JsonNode arg : step.path("HadoopJarStep").path("Args")) {
        total += arg.asText().length();
      }
      if (total > MAX_STEP_CHARACTERS) {
        problems.add(String.format(Locale.ROOT, "Steps[%d]: %,d characters of strings, over EMR's"
            + " limit of %,d per step", i, total, MAX_STEP_CHARACTERS));
      }
    }
  }
}
