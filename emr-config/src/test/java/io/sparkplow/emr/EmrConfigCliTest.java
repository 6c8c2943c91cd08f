package io.sparkplow.emr;

import static io.sparkplow.emr.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.emr.CliRunner.Outcome;
import io.sparkplow.emr.render.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmrConfigCliTest {

  @Test
  void helpPrintsTheCommands() {
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"script", "--help"})) {
      Outcome o = run(args);
      assertEquals(0, o.status());
      for (String command : List.of("validate", "run-job-flow", "add-steps", "script", "submit",
          "--run-time", "--cluster-id", "--endpoint-url", "4 submit: the AWS call failed")) {
        assertTrue(o.out().contains(command), command);
      }
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run().status());
    assertEquals(2, run("deploy", "--config", "x.yml").status());
    assertEquals(2, run("run-job-flow").status());
    assertEquals(2, run("run-job-flow", "--config", "x.yml", "--verbose", "yes").status());
    assertEquals(2, run("run-job-flow", "--config").status());
    assertEquals(2, run("run-job-flow", "--config", "a.yml", "--config", "b.yml").status());
    Outcome noCluster = run("add-steps", "--config", TestConfigs.EXAMPLE.toString());
    assertEquals(2, noCluster.status());
    assertTrue(noCluster.err().contains("add-steps needs --cluster-id"), noCluster.err());
    Outcome runTime = run("run-job-flow", "--config", TestConfigs.EXAMPLE.toString(), "--run-time", "2024-05-01");
    assertEquals(2, runTime.status());
    assertTrue(runTime.err().contains("--run-time must be a UTC time as yyyy-MM-dd-HH-mm-ss"), runTime.err());
    Outcome cluster = run("add-steps", "--config", TestConfigs.EXAMPLE.toString(), "--cluster-id", "cluster-1");
    assertEquals(2, cluster.status());
    assertEquals(2, run("run-job-flow", "--config", TestConfigs.EXAMPLE.toString(), "--cluster-id", "j-1").status());
  }

  @Test
  void invalidConfigurationListsEveryErrorAndExitsWithOne(@TempDir Path dir) throws IOException {
    String yaml = TestConfigs.replaceLine(TestConfigs.BASE, "region: eu-west-1", "region: Europe");
    yaml = TestConfigs.replaceLine(yaml, "collector_format: cloudfront", "collector_format: json");
    Path file = dir.resolve("bad.yml");
    Files.writeString(file, yaml);
    Outcome o = run("run-job-flow", "--config", file.toString());
    assertEquals(1, o.status());
    assertEquals("", o.out(), "nothing rendered");
    assertTrue(o.err().contains(file + ":" + TestConfigs.lineOf(yaml, "region: Europe") + ": aws.region: "), o.err());
    assertTrue(o.err().contains(file + ":" + TestConfigs.lineOf(yaml, "collector_format: json")
        + ": jobs.enrich.collector_format: "), o.err());
    assertTrue(o.err().contains(": 2 errors"), o.err());
  }

  @Test
  void unreadableFileExitsWithOne(@TempDir Path dir) {
    Outcome o = run("validate", "--config", dir.resolve("missing.yml").toString());
    assertEquals(1, o.status());
    assertTrue(o.err().contains("cannot read"), o.err());
  }

  @Test
  void validateSummarisesAndPrintsWarnings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("spot-master.yml");
    Files.writeString(file, TestConfigs.replaceLine(TestConfigs.BASE, "instance_type: m5.xlarge",
        "instance_type: m5.xlarge\nmarket: SPOT"));
    Outcome o = run("validate", "--config", file.toString());
    assertEquals(0, o.status(), o.err());
    assertTrue(o.out().contains("valid; emr-7.5.0, instance groups, 2 steps, s3a:// outputs with the S3A magic committer"),
        o.out());
    assertTrue(o.err().contains(": warning: cluster.instance_groups.master.market: spot capacity for the master node"), o.err());
  }

  @Test
  void runTimeDefaultsToTheClockInUtc() throws IOException {
    Outcome o = run("run-job-flow", "--config=" + TestConfigs.EXAMPLE);
    assertEquals(0, o.status(), o.err());
    JsonNode request = JsonText.parse(o.out());
    assertEquals("sparkplow run=2025-01-02-03-04-05", request.get("Name").asText());
    JsonNode args = request.at("/Steps/0/HadoopJarStep/Args");
    List<String> list = new java.util.ArrayList<>();
    args.forEach(a -> list.add(a.asText()));
    assertEquals(String.valueOf(Instant.parse("2025-01-02T03:04:05Z").toEpochMilli()),
        list.get(list.indexOf("--etl-timestamp") + 1));
  }

  @Test
  void sameInputSameBytes() {
    Outcome first = run("run-job-flow", "--config", TestConfigs.FLEETS.toString(), "--run-time", "2024-05-01-12-00-00");
    Outcome second = run("run-job-flow", "--config", TestConfigs.FLEETS.toString(), "--run-time", "2024-05-01-12-00-00");
    assertEquals(0, first.status());
    assertEquals(first.out(), second.out());
  }
}
