package io.sparkplow.emr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shaded jar as users run it ({@code java -jar}), after {@code package}: the SDK and its HTTP
 * client work from the jar, SLF4J prints nothing, and {@code submit} sends the rendered request to
 * a local stand-in for EMR ({@link FakeEmrEndpoint}). The process gets fixed credentials in its
 * environment and no way to any other: no AWS variables of ours, no config files, no instance
 * metadata lookups.
 */
@ExtendWith(FakeEmrEndpoint.PerTest.class)
class ShadedJarIT {

  private static final String SECRET_KEY = "shaded-jar-test-secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Run(int status, String out, String err) {
  }

  private static Path jar() {
    Path jar = Path.of(System.getProperty("emrConfig.jar", "target/emr-config-0.1.0.jar"));
    assertTrue(Files.isRegularFile(jar), jar + " is missing: run `mvn verify`, which packages it first");
    return jar;
  }

  private static Run java(Map<String, String> credentials, String... args) throws Exception {
    Path jar = jar();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
    builder.environment().putAll(Map.of("AWS_CONFIG_FILE", "/dev/null", "AWS_SHARED_CREDENTIALS_FILE", "/dev/null",
        "AWS_EC2_METADATA_DISABLED", "true"));
    builder.environment().putAll(credentials);
    Path out = Files.createTempFile("emr-config-out", ".txt");
    Path err = Files.createTempFile("emr-config-err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar timed out");
    }
    Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    assertFalse(run.out().contains(SECRET_KEY) || run.err().contains(SECRET_KEY), "printed the secret key");
    return run;
  }

  private static Map<String, String> testCredentials() {
    return Map.of("AWS_ACCESS_KEY_ID", "AKIDLOCALTESTONLY", "AWS_SECRET_ACCESS_KEY", SECRET_KEY);
  }

  /**
   * The default chain loads these by name, only when a profile needs them (role_arn, web identity,
   * sso_session); without them such a profile fails. Not exercised here: they would call AWS.
   */
  @Test
  void theDefaultChainsOptionalProvidersAreInTheJar() throws IOException {
    try (JarFile jar = new JarFile(jar().toFile())) {
      for (String factory : List.of("software/amazon/awssdk/services/sts/internal/StsProfileCredentialsProviderFactory",
          "software/amazon/awssdk/services/sts/internal/StsWebIdentityCredentialsProviderFactory",
          "software/amazon/awssdk/services/sso/auth/SsoProfileCredentialsProviderFactory",
          "software/amazon/awssdk/services/ssooidc/SsoOidcProfileTokenProviderFactory")) {
        assertTrue(jar.getEntry(factory + ".class") != null, factory);
      }
      assertTrue(jar.getEntry("org/apache/http/client/HttpClient.class") == null
          && jar.getEntry("org/apache/hc/client5/http/classic/HttpClient.class") == null
          && jar.getEntry("io/netty/channel/Channel.class") == null, "only the URL connection HTTP client");
    }
  }

  @Test
  void helpRuns() throws Exception {
    Run run = java(Map.of(), "--help");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("submit") && run.out().contains("--endpoint-url"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void submitSendsTheRenderedRequestQuietly(FakeEmrEndpoint endpoint) throws Exception {
    Run submitted = java(testCredentials(), "submit", "--config", TestConfigs.EXAMPLE.toString(),
        "--run-time", "2024-05-01-12-00-00", "--endpoint-url", endpoint.url().toString());
    assertEquals(0, submitted.status(), submitted.err());
    assertEquals("", submitted.err(), "nothing on stderr: no SLF4J or SDK warnings");
    assertEquals(FakeEmrEndpoint.CLUSTER_ID, JSON.readTree(submitted.out()).get("JobFlowId").asText());

    Run printed = java(Map.of(), "run-job-flow", "--config", TestConfigs.EXAMPLE.toString(),
        "--run-time", "2024-05-01-12-00-00");
    FakeEmrEndpoint.Request sent = endpoint.last("ElasticMapReduce.RunJobFlow").orElseThrow();
    assertEquals(JSON.readTree(printed.out()), JSON.readTree(sent.body()));
    assertTrue(sent.header("Authorization").orElse("").contains("/eu-west-1/elasticmapreduce/aws4_request"));
  }

  @Test
  void anAwsErrorIsOneLineWithExitStatusFour(FakeEmrEndpoint endpoint) throws Exception {
    endpoint.failWith(400, "ValidationException", "The requested instance type is not supported");
    Run run = java(testCredentials(), "submit", "--config", TestConfigs.EXAMPLE.toString(),
        "--cluster-id", "j-2AXXXXXXGAPLF", "--endpoint-url", endpoint.url().toString());
    assertEquals(4, run.status());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("emr-config: AddJobFlowSteps in eu-west-1 failed: AWS error ValidationException: "
        + "The requested instance type is not supported (HTTP 400"), run.err());
  }

  @Test
  void noCredentialsFromTheDefaultChainIsOneLineWithExitStatusFour(FakeEmrEndpoint endpoint) throws Exception {
    Run run = java(Map.of(), "submit", "--config", TestConfigs.EXAMPLE.toString(),
        "--endpoint-url", endpoint.url().toString());
    assertEquals(4, run.status());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("emr-config: RunJobFlow in eu-west-1 failed: Unable to load credentials"), run.err());
    assertEquals(List.of(), endpoint.requests());
  }
}
