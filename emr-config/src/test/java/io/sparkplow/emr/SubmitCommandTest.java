package io.sparkplow.emr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.emr.CliRunner.Outcome;
import io.sparkplow.emr.render.JsonText;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * {@code submit} against a local stand-in for EMR ({@link FakeEmrEndpoint}; nothing reaches AWS):
 * it sends exactly what {@code run-job-flow} / {@code add-steps} print, signed with SigV4 for the
 * configuration's region, prints EMR's answer, and reports failures on one line with exit status 4,
 * never showing the credentials.
 */
@ExtendWith(FakeEmrEndpoint.PerTest.class)
class SubmitCommandTest {

  private static final String ACCESS_KEY = "AKIDLOCALTESTONLY";
  private static final String SECRET_KEY = "local-test-secret-never-printed";
  private static final String SESSION_TOKEN = "local-test-session-token-never-printed";
  private static final String RUN_TIME = "2024-05-01-12-00-00";
  private static final Supplier<AwsCredentialsProvider> CREDENTIALS = () -> StaticCredentialsProvider.create(
      AwsSessionCredentials.create(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN));

  private static Outcome submit(FakeEmrEndpoint endpoint, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("submit", "--run-time", RUN_TIME,
        "--endpoint-url", endpoint.url().toString()));
    all.addAll(List.of(args));
    Outcome outcome = CliRunner.run(CREDENTIALS, all.toArray(String[]::new));
    assertNoSecret(outcome);
    return outcome;
  }

  private static void assertNoSecret(Outcome outcome) {
    for (String secret : List.of(SECRET_KEY, SESSION_TOKEN, "Authorization", "Signature=")) {
      assertFalse(outcome.out().contains(secret) || outcome.err().contains(secret), "printed " + secret);
    }
  }

  /** One line on stderr, the CLI's own (no stack trace, no SDK log noise). */
  private static String oneLine(Outcome outcome) {
    assertTrue(outcome.err().startsWith("emr-config: ") && outcome.err().endsWith("\n"), outcome.err());
    assertEquals(1, outcome.err().lines().count(), outcome.err());
    return outcome.err().strip();
  }

  private static void assertSigned(FakeEmrEndpoint.Request request, String region) {
    String authorization = request.header("Authorization").orElse("");
    assertTrue(authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/"), authorization);
    assertTrue(authorization.contains("/" + region + "/elasticmapreduce/aws4_request, "), authorization);
    assertTrue(authorization.contains("SignedHeaders=") && authorization.contains("x-amz-target"), authorization);
    assertEquals(SESSION_TOKEN, request.header("X-Amz-Security-Token").orElse(""));
  }

  @Test
  void startsTheClusterWithTheRunJobFlowRequestAndPrintsItsId(FakeEmrEndpoint endpoint) throws IOException {
    for (Path config : List.of(TestConfigs.EXAMPLE, TestConfigs.FLEETS)) {
      Outcome outcome = submit(endpoint, "--config", config.toString());
      assertEquals(0, outcome.status(), outcome.err());
      assertEquals("", outcome.err());
      JsonNode answer = JsonText.parse(outcome.out());
      assertEquals(FakeEmrEndpoint.CLUSTER_ID, answer.get("JobFlowId").asText());
      assertEquals(FakeEmrEndpoint.CLUSTER_ARN, answer.get("ClusterArn").asText());

      FakeEmrEndpoint.Request sent = endpoint.last("ElasticMapReduce.RunJobFlow").orElseThrow();
      assertEquals("POST", sent.method());
      assertEquals("/", sent.path());
      assertEquals("application/x-amz-json-1.1", sent.header("Content-Type").orElse(""));
      assertSigned(sent, TestConfigs.valid(TestConfigs.read(config)).aws().region());
      Outcome printed = CliRunner.run("run-job-flow", "--config", config.toString(), "--run-time", RUN_TIME);
      assertEquals(JsonText.parse(printed.out()), JsonText.parse(sent.body()), config.toString());
    }
    assertEquals(2, endpoint.requests().size(), "one call per submit, nothing else");
  }

  @Test
  void withAClusterIdAddsTheStepsAndPrintsTheirIds(FakeEmrEndpoint endpoint) throws IOException {
    Outcome outcome = submit(endpoint, "--config", TestConfigs.EXAMPLE.toString(), "--cluster-id", "j-2AXXXXXXGAPLF");
    assertEquals(0, outcome.status(), outcome.err());
    JsonNode answer = JsonText.parse(outcome.out());
    assertEquals(FakeEmrEndpoint.STEP_IDS, List.of(answer.at("/StepIds/0").asText(),
        answer.at("/StepIds/1").asText(), answer.at("/StepIds/2").asText()));

    assertEquals(1, endpoint.requests().size());
    FakeEmrEndpoint.Request sent = endpoint.last("ElasticMapReduce.AddJobFlowSteps").orElseThrow();
    assertSigned(sent, "eu-west-1");
    Outcome printed = CliRunner.run("add-steps", "--config", TestConfigs.EXAMPLE.toString(),
        "--run-time", RUN_TIME, "--cluster-id", "j-2AXXXXXXGAPLF");
    assertEquals(JsonText.parse(printed.out()), JsonText.parse(sent.body()));
  }

  @Test
  void anAwsErrorExitsWithFourNamingTheOperationAndTheError(FakeEmrEndpoint endpoint) {
    endpoint.failWith(400, "ValidationException", "Instance type m5.huge is not supported");
    Outcome validation = submit(endpoint, "--config", TestConfigs.EXAMPLE.toString());
    assertEquals(EmrConfigCli.AWS_FAILED, validation.status());
    assertEquals("", validation.out());
    assertEquals("emr-config: RunJobFlow in eu-west-1 failed: AWS error ValidationException: Instance type"
        + " m5.huge is not supported (HTTP 400, request id local-request-1)", oneLine(validation));

    endpoint.failWith(403, "AccessDeniedException", "User is not authorized to perform: elasticmapreduce:AddJobFlowSteps");
    Outcome denied = submit(endpoint, "--config", TestConfigs.FLEETS.toString(), "--cluster-id", "j-2AXXXXXXGAPLF");
    assertEquals(EmrConfigCli.AWS_FAILED, denied.status());
    String message = oneLine(denied);
    assertTrue(message.startsWith("emr-config: AddJobFlowSteps in us-east-1 failed: AWS error AccessDeniedException: "
        + "User is not authorized"), message);
    assertTrue(message.contains("HTTP 403"), message);
    assertEquals(2, endpoint.requests().size(), "an AWS error is not retried");
  }

  @Test
  void anUnreachableEndpointExitsWithFour() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Outcome outcome = CliRunner.run(CREDENTIALS, "submit", "--config", TestConfigs.EXAMPLE.toString(),
        "--endpoint-url", "http://127.0.0.1:" + closedPort);
    assertNoSecret(outcome);
    assertEquals(EmrConfigCli.AWS_FAILED, outcome.status());
    assertEquals("", outcome.out());
    String message = oneLine(outcome);
    assertTrue(message.startsWith("emr-config: RunJobFlow in eu-west-1 failed: Unable to execute HTTP request"), message);
  }

  @Test
  void missingCredentialsExitWithFourBeforeAnythingIsSent(FakeEmrEndpoint endpoint, @TempDir Path dir) throws IOException {
    Path noCredentials = Files.writeString(dir.resolve("credentials"), "");
    Supplier<AwsCredentialsProvider> none = () -> ProfileCredentialsProvider.builder()
        .profileFile(ProfileFile.builder().content(noCredentials).type(ProfileFile.Type.CREDENTIALS).build())
        .profileName("sparkplow-test").build();
    Outcome outcome = CliRunner.run(none, "submit", "--config", TestConfigs.EXAMPLE.toString(),
        "--endpoint-url", endpoint.url().toString());
    assertEquals(EmrConfigCli.AWS_FAILED, outcome.status());
    String message = oneLine(outcome);
    assertTrue(message.startsWith("emr-config: RunJobFlow in eu-west-1 failed: ") && message.contains("credentials"),
        message);
    assertEquals(List.of(), endpoint.requests());
  }

  @Test
  void nothingIsSentForAnInvalidConfigurationOrCommandLine(FakeEmrEndpoint endpoint, @TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yml"),
        TestConfigs.replaceLine(TestConfigs.BASE, "region: eu-west-1", "region: Europe"));
    assertEquals(EmrConfigCli.INVALID_CONFIG, submit(endpoint, "--config", bad.toString()).status());
    assertEquals(EmrConfigCli.USAGE, submit(endpoint, "--config", TestConfigs.EXAMPLE.toString(), "--cluster-id", "cluster-1").status());
    assertEquals(EmrConfigCli.USAGE, CliRunner.run(CREDENTIALS, "submit", "--config", TestConfigs.EXAMPLE.toString(),
        "--endpoint-url", "ftp://127.0.0.1/").status());
    assertEquals(EmrConfigCli.USAGE, CliRunner.run(CREDENTIALS, "submit", "--config", TestConfigs.EXAMPLE.toString(),
        "--endpoint-url", "localhost:8080").status());
    Outcome elsewhere = CliRunner.run("run-job-flow", "--config", TestConfigs.EXAMPLE.toString(),
        "--endpoint-url", endpoint.url().toString());
    assertEquals(EmrConfigCli.USAGE, elsewhere.status());
    assertTrue(elsewhere.err().contains("--endpoint-url applies to submit only"), elsewhere.err());
    assertEquals(List.of(), endpoint.requests());
  }
}
