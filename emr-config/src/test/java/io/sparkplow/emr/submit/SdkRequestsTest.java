package io.sparkplow.emr.submit;

import static io.sparkplow.emr.TestConfigs.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.emr.FakeEmrEndpoint;
import io.sparkplow.emr.TestConfigs;
import io.sparkplow.emr.config.EmrConfig;
import io.sparkplow.emr.render.EmrRequest;
import io.sparkplow.emr.render.JsonText;
import io.sparkplow.emr.shape.EmrApiShapes;
import io.sparkplow.emr.shape.Shape;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The JSON to SDK conversion drops nothing: for every test configuration (instance groups and
 * fleets, spot, EBS, bootstrap actions, nested configurations, tags, subnets) the body the SDK
 * sends equals the rendered request, and those configurations exercise every member the renderers
 * can emit (all of {@link EmrApiShapes}). What the SDK's model cannot hold fails loudly.
 */
@ExtendWith(FakeEmrEndpoint.PerTest.class)
class SdkRequestsTest {

  /** The requests under test: RunJobFlow and AddJobFlowSteps of each configuration. */
  private static Map<String, EmrRequest> requests() {
    Map<String, EmrConfig> configs = new LinkedHashMap<>(TestConfigs.allFiles());
    configs.put("TestConfigs.BASE", TestConfigs.valid(TestConfigs.BASE));
    Map<String, EmrRequest> requests = new LinkedHashMap<>();
    configs.forEach((name, config) -> {
      requests.put(name + " RunJobFlow", EmrRequest.render(config, RUN, Optional.empty()));
      requests.put(name + " AddJobFlowSteps", EmrRequest.render(config, RUN, Optional.of(FakeEmrEndpoint.CLUSTER_ID)));
    });
    return requests;
  }

  @Test
  void theSdkSendsExactlyTheRenderedRequest(FakeEmrEndpoint endpoint) throws Exception {
    EmrSubmitter submitter = new EmrSubmitter("eu-west-1", Optional.of(endpoint.url()),
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCALTESTONLY", "local-test-only")));
    for (Map.Entry<String, EmrRequest> entry : requests().entrySet()) {
      EmrRequest request = entry.getValue();
      submitter.send(request);
      FakeEmrEndpoint.Request sent = endpoint.last("ElasticMapReduce." + request.operation().apiName()).orElseThrow();
      assertEquals(request.body(), JsonText.parse(sent.body()), entry.getKey());
    }
  }

  @Test
  void theConfigurationsExerciseEveryMemberTheRenderersEmit() {
    Set<String> emitted = new TreeSet<>();
    requests().values().forEach(r -> paths(r.body(), r.operation().apiName(), emitted));
    Set<String> described = new TreeSet<>();
    members(EmrApiShapes.RUN_JOB_FLOW, "RunJobFlow", described);
    members(EmrApiShapes.ADD_JOB_FLOW_STEPS, "AddJobFlowSteps", described);
    Set<String> missing = new TreeSet<>(described);
    missing.removeAll(emitted);
    assertEquals(Set.of(), missing, "members no test configuration renders");
  }

  @Test
  void aMemberTheSdkDoesNotKnowIsAnError() {
    ObjectNode body = EmrRequest.render(TestConfigs.example(), RUN, Optional.empty()).body();
    ((ObjectNode) body.get("Instances")).put("Ec2SubnetIdentifier", "subnet-1");
    UnconvertibleRequestException e = assertThrows(UnconvertibleRequestException.class, () -> SdkRequests.runJobFlow(body));
    assertTrue(e.getMessage().contains("RunJobFlow") && e.getMessage().contains("Ec2SubnetIdentifier"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line");
  }

  @Test
  void aValueOfAnotherJsonTypeIsAnErrorNotCoerced() {
    ObjectNode count = EmrRequest.render(TestConfigs.example(), RUN, Optional.empty()).body();
    ((ObjectNode) count.at("/Instances/InstanceGroups/0")).put("InstanceCount", "1");
    assertThrows(UnconvertibleRequestException.class, () -> SdkRequests.runJobFlow(count));
    ObjectNode flag = EmrRequest.render(TestConfigs.example(), RUN, Optional.empty()).body();
    flag.put("VisibleToAllUsers", "true");
    assertThrows(UnconvertibleRequestException.class, () -> SdkRequests.runJobFlow(flag));
    ObjectNode steps = EmrRequest.render(TestConfigs.example(), RUN, Optional.of("j-1")).body();
    steps.put("Steps", "enrich");
    assertThrows(UnconvertibleRequestException.class, () -> SdkRequests.addJobFlowSteps(steps));
  }

  @Test
  void theSdkModelHoldsTheValues() {
    var request = SdkRequests.runJobFlow(EmrRequest.render(TestConfigs.example(), RUN, Optional.empty()).body());
    assertEquals("emr-7.5.0", request.releaseLabel());
    assertEquals("0.30", request.instances().instanceGroups().get(1).bidPrice());
    assertEquals(128, request.instances().instanceGroups().get(1).ebsConfiguration()
        .ebsBlockDeviceConfigs().get(0).volumeSpecification().sizeInGB());
    var fleets = SdkRequests.runJobFlow(EmrRequest.render(TestConfigs.fleets(), RUN, Optional.empty()).body());
    assertEquals(80.5, fleets.instances().instanceFleets().get(1).instanceTypeConfigs().get(1)
        .bidPriceAsPercentageOfOnDemandPrice());
    assertEquals("staging", fleets.configurations().get(0).configurations().get(0).properties().get("SPARKPLOW_ENVIRONMENT"));
  }

  /** Every member path in a JSON request, e.g. {@code RunJobFlow.Instances.InstanceGroups[].Name}. */
  private static void paths(JsonNode node, String path, Set<String> out) {
    if (node.isArray()) {
      node.forEach(item -> paths(item, path + "[]", out));
    } else if (node.isObject() && !path.endsWith(".Properties")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        out.add(path + "." + field.getKey());
        paths(field.getValue(), path + "." + field.getKey(), out);
      }
    }
  }

  /** Every member path a request shape describes. */
  private static void members(Shape shape, String path, Set<String> out) {
    if (shape instanceof Shape.ListOf list) {
      members(list.member(), path + "[]", out);
    } else if (shape instanceof Shape.Struct struct) {
      struct.members().forEach((name, member) -> {
        out.add(path + "." + name);
        members(member.shape(), path + "." + name, out);
      });
    }
  }
}
