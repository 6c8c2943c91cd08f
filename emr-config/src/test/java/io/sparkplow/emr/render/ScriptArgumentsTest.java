package io.sparkplow.emr.render;

import static io.sparkplow.emr.TestConfigs.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.emr.TestConfigs;
import io.sparkplow.emr.config.EmrConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the rendered script with bash against a stand-in {@code aws} that records its arguments,
 * so quoting is checked by the shell itself, with values full of shell syntax.
 */
class ScriptArgumentsTest {

  /** Arguments no shell must touch: quotes, $, backslashes, globs, a newline. */
  private static final List<String> HOSTILE = List.of("it's", "$HOME", "a b", "back\\slash", "\"quoted\"", "*", "x\ny");

  private static final String HOSTILE_YAML = TestConfigs.BASE
      .replace("      path: s3://acme-artifacts/agent.sh\n", """
                path: s3://acme-artifacts/agent.sh
                args: ["it's", "$HOME", "a b", "back\\\\slash", "\\"quoted\\"", "*", "x\\ny"]
          """)
      .replace("    collector_format: cloudfront\n", """
              collector_format: cloudfront
              spark_submit_options: ["--conf", "spark.driver.extraJavaOptions=-Dnote='a b' -Dhome=$HOME"]
          """)
      .replace("    team: data\n", "    team: data\n    owner: data team @ acme\n");

  private static List<String> runScript(String script, Path dir) throws IOException, InterruptedException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path recorded = dir.resolve("args");
    Path aws = bin.resolve("aws");
    Files.writeString(aws, "#!/usr/bin/env bash\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$ARGS_FILE\"\n");
    Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = dir.resolve("run.sh");
    Files.writeString(file, script);
    ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("ARGS_FILE", recorded.toString());
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    String all = Files.readString(recorded, StandardCharsets.UTF_8);
    return new ArrayList<>(Arrays.asList(all.substring(0, all.length() - 1).split("\0", -1)));
  }

  private static String value(List<String> args, String option) {
    int i = args.indexOf(option);
    assertTrue(i >= 0, option + " in " + args);
    return args.get(i + 1);
  }

  @Test
  void createClusterArgumentsArriveIntact(@TempDir Path dir) throws Exception {
    EmrConfig config = TestConfigs.valid(HOSTILE_YAML);
    List<String> args = runScript(AwsCliScript.createCluster(config, RUN, "hostile.yml"), dir);
    assertEquals(List.of("emr", "create-cluster"), args.subList(0, 2));
    assertEquals("sparkplow run=2024-05-01-12-00-00", value(args, "--name"));
    assertEquals("eu-west-1", value(args, "--region"));
    assertEquals("s3://acme-logs/emr", value(args, "--log-uri"));
    assertTrue(args.contains("--auto-terminate"));

    JsonNode bootstrap = JsonText.parse(value(args, "--bootstrap-actions"));
    List<String> bootstrapArgs = new ArrayList<>();
    bootstrap.at("/0/Args").forEach(a -> bootstrapArgs.add(a.asText()));
    assertEquals(HOSTILE, bootstrapArgs);

    JsonNode steps = JsonText.parse(value(args, "--steps"));
    assertEquals(AwsCliScript.cliSteps(PipelineSteps.steps(config, RUN)), steps);
    assertTrue(steps.at("/0/Args").toString().contains("-Dnote='a b' -Dhome=$HOME"));

    JsonNode configurations = JsonText.parse(value(args, "--configurations"));
    assertEquals(RunJobFlowRequest.render(config, RUN).get("Configurations"), configurations);

    int tags = args.indexOf("--tags");
    assertEquals(List.of("team=data", "owner=data team @ acme"), args.subList(tags + 1, tags + 3));

    JsonNode ec2 = JsonText.parse(value(args, "--ec2-attributes"));
    assertEquals("EMR_EC2_DefaultRole", ec2.get("InstanceProfile").asText());
  }

  @Test
  void addStepsArgumentsArriveIntact(@TempDir Path dir) throws Exception {
    EmrConfig config = TestConfigs.valid(HOSTILE_YAML);
    List<String> args = runScript(AwsCliScript.addSteps(config, RUN, "j-ABC123", "hostile.yml"), dir);
    assertEquals(List.of("emr", "add-steps", "--region", "eu-west-1", "--cluster-id", "j-ABC123", "--steps"),
        args.subList(0, 7));
    assertEquals(AwsCliScript.cliSteps(PipelineSteps.steps(config, RUN)), JsonText.parse(args.get(7)));
  }

  @Test
  void shellQuoteLeavesPlainWordsAlone() {
    assertEquals("s3://bucket/run=1/x.jar", ShellQuote.quote("s3://bucket/run=1/x.jar"));
    assertEquals("'a b'", ShellQuote.quote("a b"));
    assertEquals("'it'\\''s'", ShellQuote.quote("it's"));
    assertEquals("''", ShellQuote.quote(""));
  }
}
