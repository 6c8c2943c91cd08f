package io.sparkplow.emr.render;

import static io.sparkplow.emr.TestConfigs.BASE;
import static io.sparkplow.emr.TestConfigs.RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.emr.EmrConfigLoader;
import io.sparkplow.emr.TestConfigs;
import io.sparkplow.emr.config.ActionOnFailure;
import io.sparkplow.emr.config.ConfigProblem;
import io.sparkplow.emr.config.EmrConfig;
import io.sparkplow.emr.config.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineStepsTest {

  /** The value following {@code option} in a step's arguments. */
  private static String arg(EmrStep step, String option) {
    int i = step.args().indexOf(option);
    assertTrue(i >= 0 && i + 1 < step.args().size(), () -> option + " missing in " + step.args());
    return step.args().get(i + 1);
  }

  @Test
  void enrichThenShredOnThatRunsGoodOutput() {
    EmrConfig config = TestConfigs.valid(BASE);
    List<EmrStep> steps = PipelineSteps.steps(config, RUN);
    assertEquals(2, steps.size(), "no load step unless configured");
    EmrStep enrich = steps.get(0);
    EmrStep shred = steps.get(1);

    assertEquals("command-runner.jar", enrich.jar());
    assertEquals(List.of("spark-submit", "--deploy-mode", "cluster", "--class",
        "io.sparkplow.enrichjob.EnrichJob", "s3://acme-artifacts/enrich-job-0.1.0.jar"), enrich.args().subList(0, 6));
    assertEquals("s3a://acme-raw/logs", arg(enrich, "--input-folder"));
    assertEquals("cloudfront", arg(enrich, "--input-format"));
    assertEquals("s3a://acme-data/enriched/run=2024-05-01-12-00-00", arg(enrich, "--output-folder"));
    assertEquals("s3a://acme-config/enrichments", arg(enrich, "--enrichments"));
    assertEquals("s3a://acme-config/resolver.json", arg(enrich, "--iglu-config"));
    assertEquals("1714564800000", arg(enrich, "--etl-timestamp"));
    assertEquals("GZIP", arg(enrich, "--output-compression"));

    assertEquals("io.sparkplow.shredjob.ShredJob", arg(shred, "--class"));
    assertEquals(arg(enrich, "--output-folder") + "/output=good", arg(shred, "--input-folder"));
    assertEquals("s3a://acme-data/shredded/run=2024-05-01-12-00-00", arg(shred, "--output-folder"));
    assertEquals("natural,synthetic", arg(shred, "--deduplication"));
    assertEquals("GZIP", arg(shred, "--output-compression"));
    assertEquals(ActionOnFailure.TERMINATE_CLUSTER, shred.actionOnFailure(), "default for a transient cluster");
  }

  @Test
  void loadStepWhenConfiguredOnTheShreddedRun() {
    EmrConfig config = TestConfigs.valid(BASE + """
          load:
            jar: s3://acme-artifacts/load-job-0.1.0.jar
            target: s3a://acme-config/targets/redshift.json
            spark_submit_options: ["--driver-memory", "2g"]
        """);
    List<EmrStep> steps = PipelineSteps.steps(config, RUN);
    assertEquals(3, steps.size());
    EmrStep load = steps.get(2);
    assertEquals("Load run=2024-05-01-12-00-00", load.name());
    assertEquals(List.of("spark-submit", "--deploy-mode", "cluster", "--driver-memory", "2g", "--class",
        "io.sparkplow.loadjob.LoadJob", "s3://acme-artifacts/load-job-0.1.0.jar",
        "--shredded-run", "s3a://acme-data/shredded/run=2024-05-01-12-00-00",
        "--target", "s3a://acme-config/targets/redshift.json"), load.args());
  }

  @Test
  void keptAliveClusterCancelsAndWaitsByDefault() {
    EmrConfig config = TestConfigs.valid(TestConfigs.replaceLine(BASE, "instance_groups:",
        "keep_alive: true\ninstance_groups:"));
    assertTrue(config.cluster().keepAlive());
    PipelineSteps.steps(config, RUN).forEach(s -> assertEquals(ActionOnFailure.CANCEL_AND_WAIT, s.actionOnFailure()));
  }

  @Test
  void stepLimitHoldsAtExactly10240Characters() {
    EmrStep base = new EmrStep("S", ActionOnFailure.CONTINUE, "command-runner.jar", List.of());
    int fixed = base.characterCount();
    assertEquals(1 + "CONTINUE".length() + "command-runner.jar".length(), fixed);
    EmrStep atLimit = new EmrStep("S", ActionOnFailure.CONTINUE, "command-runner.jar",
        List.of("a".repeat(5000), "b".repeat(StepLimit.MAX_CHARACTERS - fixed - 5000)));
    assertEquals(10_240, atLimit.characterCount());
    assertTrue(StepLimit.problem(atLimit).isEmpty());
    EmrStep over = new EmrStep("S", ActionOnFailure.CONTINUE, "command-runner.jar",
        List.of("a".repeat(5000), "b".repeat(StepLimit.MAX_CHARACTERS - fixed - 5000 + 1)));
    assertTrue(StepLimit.problem(over).orElseThrow().contains("10,241 characters"));
  }

  @Test
  void tooLongStepIsAConfigurationErrorAtItsJob() {
    StringBuilder options = new StringBuilder("    spark_submit_options:\n");
    for (int i = 0; i < 200; i++) {
      options.append("      - --conf\n      - spark.sparkplow.padding").append(i).append('=')
          .append("x".repeat(30)).append('\n');
    }
    String yaml = BASE.replace("  shred:\n", options + "  shred:\n");
    ParseResult result = EmrConfigLoader.load(yaml);
    assertTrue(result.config().isEmpty());
    assertEquals(1, result.errors().size(), result.errors()::toString);
    ConfigProblem problem = result.errors().get(0);
    assertEquals("jobs.enrich", problem.path());
    assertEquals(TestConfigs.lineOf(yaml, "enrich:"), problem.line());
    assertTrue(problem.message().startsWith("step 'Enrich run=2000-01-01-00-00-00' has"), problem.message());
    assertTrue(problem.message().contains("over EMR's limit of 10,240 per step"), problem.message());
  }
}
