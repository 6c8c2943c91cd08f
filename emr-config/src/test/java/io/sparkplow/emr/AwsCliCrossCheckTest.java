package io.sparkplow.emr;

import static io.sparkplow.emr.TestConfigs.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.emr.config.EmrConfig;
import io.sparkplow.emr.render.AddStepsRequest;
import io.sparkplow.emr.render.AwsCliScript;
import io.sparkplow.emr.render.JsonText;
import io.sparkplow.emr.render.RunJobFlowRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the renderers to the AWS tools themselves, where they are installed (skipped otherwise):
 * the rendered script runs the real AWS CLI against a local HTTP endpoint that records the request
 * (nothing reaches AWS: every call gets {@code --endpoint-url http://127.0.0.1:PORT}, credentials
 * are fake and any other HTTP(S) traffic goes to a dead proxy), and the request the CLI built must
 * equal the rendered JSON. botocore's parameter validator, driven by the EMR service model, must
 * accept the rendered requests and reject a malformed one.
 */
@ExtendWith(FakeEmrEndpoint.PerTest.class)
class AwsCliCrossCheckTest {

  private record Run(int status, String output) {
  }

  private static Run exec(Path dir, Map<String, String> env, String stdin, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
    pb.environment().putAll(env);
    Process process = pb.start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Run(-1, "timed out: " + output);
    }
    return new Run(process.exitValue(), output);
  }

  private static String realAws(Path dir) throws Exception {
    Run which = exec(dir, Map.of(), "", "bash", "-c", "command -v aws");
    assumeTrue(which.status() == 0, "the AWS CLI is not installed");
    return which.output().trim();
  }

  /** Runs a rendered script with {@code aws} pointed at the recorder; returns the request body. */
  private static JsonNode requestSentBy(FakeEmrEndpoint endpoint, String script, String target, Path dir) throws Exception {
    String aws = realAws(dir);
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path wrapper = bin.resolve("aws");
    Files.writeString(wrapper, "#!/usr/bin/env bash\nexec '" + aws + "' \"$@\" --endpoint-url " + endpoint.url() + "\n");
    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = dir.resolve("run.sh");
    Files.writeString(file, script);
    int before = endpoint.requests().size();
    Run run = exec(dir, Map.of(
        "PATH", bin + ":" + System.getenv("PATH"),
        "AWS_ACCESS_KEY_ID", "AKIDLOCALTESTONLY",
        "AWS_SECRET_ACCESS_KEY", "local-test-only",
        "AWS_CONFIG_FILE", "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE", "/dev/null",
        "AWS_EC2_METADATA_DISABLED", "true",
        "HTTPS_PROXY", "http://127.0.0.1:9",
        "HTTP_PROXY", "http://127.0.0.1:9",
        "NO_PROXY", "127.0.0.1,localhost"), "", "bash", file.toString());
    assertEquals(0, run.status(), run.output());
    List<FakeEmrEndpoint.Request> all = endpoint.requests();
    List<FakeEmrEndpoint.Request> sent = all.subList(before, all.size()).stream()
        .filter(r -> r.target().equals(target)).toList();
    assertEquals(1, sent.size(), "one " + target + " request; output: " + run.output());
    return JsonText.parse(sent.get(0).body());
  }

  /** botocore's validation report for a request, empty when valid. */
  private static String botocoreProblems(String operation, JsonNode request, Path dir) throws Exception {
    String program = String.join("\n",
        "import json, sys",
        "try:",
        "    import botocore.session",
        "    from botocore.validate import ParamValidator",
        "except ImportError:",
        "    sys.exit(3)",
        "model = botocore.session.get_session().get_service_model('emr')",
        "report = ParamValidator().validate(json.load(sys.stdin), model.operation_model(sys.argv[1]).input_shape)",
        "print(report.generate_report())",
        "sys.exit(1 if report.has_errors() else 0)");
    Run run = exec(dir, Map.of(), JsonText.compact(request), "python3", "-c", program, operation);
    assumeTrue(run.status() == 0 || run.status() == 1, "python3 with botocore is not available");
    return run.status() == 0 ? "" : run.output().trim();
  }

  @Test
  void createClusterScriptSendsTheRenderedRunJobFlowRequest(FakeEmrEndpoint endpoint, @TempDir Path dir) throws Exception {
    for (EmrConfig config : new EmrConfig[] {TestConfigs.example(), TestConfigs.fleets()}) {
      ObjectNode rendered = RunJobFlowRequest.render(config, RUN);
      JsonNode sent = requestSentBy(endpoint, AwsCliScript.createCluster(config, RUN, "test.yml"),
          "ElasticMapReduce.RunJobFlow", dir);
      assertEquals(rendered, sent);
    }
  }

  @Test
  void addStepsScriptSendsTheRenderedAddJobFlowStepsRequest(FakeEmrEndpoint endpoint, @TempDir Path dir) throws Exception {
    EmrConfig config = TestConfigs.example();
    JsonNode sent = requestSentBy(endpoint, AwsCliScript.addSteps(config, RUN, FakeEmrEndpoint.CLUSTER_ID, "test.yml"),
        "ElasticMapReduce.AddJobFlowSteps", dir);
    assertEquals(AddStepsRequest.render(config, RUN, FakeEmrEndpoint.CLUSTER_ID), sent);
  }

  @Test
  void botocoreAcceptsTheRenderedRequestsAndRejectsAMalformedOne(@TempDir Path dir) throws Exception {
    assertEquals("", botocoreProblems("RunJobFlow", RunJobFlowRequest.render(TestConfigs.example(), RUN), dir));
    assertEquals("", botocoreProblems("RunJobFlow", RunJobFlowRequest.render(TestConfigs.fleets(), RUN), dir));
    assertEquals("", botocoreProblems("AddJobFlowSteps",
        AddStepsRequest.render(TestConfigs.example(), RUN, FakeEmrEndpoint.CLUSTER_ID), dir));
    ObjectNode malformed = RunJobFlowRequest.render(TestConfigs.example(), RUN);
    ((ObjectNode) malformed.at("/Instances/InstanceGroups/0")).put("InstanceCount", "1");
    assertTrue(botocoreProblems("RunJobFlow", malformed, dir).contains("InstanceCount"));
  }
}
