package io.sparkplow.emr.render;

import io.sparkplow.emr.config.ActionOnFailure;
import io.sparkplow.emr.config.ConfigProblem;
import io.sparkplow.emr.config.ConfigProblems;
import io.sparkplow.emr.config.EmrConfig;
import io.sparkplow.emr.config.JobsSettings.EnrichJob;
import io.sparkplow.emr.config.JobsSettings.LoadJob;
import io.sparkplow.emr.config.JobsSettings.ShredJob;
import io.sparkplow.emr.config.Origin;
import io.sparkplow.emr.config.S3Uri;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a run: enrich the raw logs into {@code ENRICHED_ROOT/run=...}, shred that run's
 * {@code output=good} into {@code SHREDDED_ROOT/run=...}, then load it when a load job is configured.
 * Each step is {@code command-runner.jar spark-submit --deploy-mode cluster ... --class MAIN JAR ARGS},
 * with the same arguments as {@code bin/run-local}.
 */
public final class PipelineSteps {

  public static final String COMMAND_RUNNER = "command-runner.jar";
  public static final String ENRICH_MAIN = "io.sparkplow.enrichjob.EnrichJob";
  public static final String SHRED_MAIN = "io.sparkplow.shredjob.ShredJob";
  public static final String LOAD_MAIN = "io.sparkplow.loadjob.LoadJob";

  /** A step and the job entry of the configuration it comes from. */
  public record PlannedStep(EmrStep step, Origin origin) {
  }

  private PipelineSteps() {
  }

  public static List<EmrStep> steps(EmrConfig config, RunId runId) {
    return plan(config, runId).stream().map(PlannedStep::step).toList();
  }

  public static List<PlannedStep> plan(EmrConfig config, RunId runId) {
    RunLayout layout = RunLayout.of(config, runId);
    ActionOnFailure action = config.cluster().actionOnFailure();
    String compression = config.pipeline().outputCompression().name();
    String iglu = config.pipeline().igluResolver().toString();
    String run = runId.folderName();
    List<PlannedStep> steps = new ArrayList<>();

    EnrichJob enrich = config.jobs().enrich();
    steps.add(new PlannedStep(new EmrStep("Enrich " + run, action, COMMAND_RUNNER,
        submit(enrich.sparkSubmitOptions(), ENRICH_MAIN, enrich.jar(), List.of(
            "--input-folder", layout.rawInput().toString(),
            "--input-format", enrich.collectorFormat(),
            "--output-folder", layout.enrichedRun().toString(),
            "--enrichments", enrich.enrichments().toString(),
            "--iglu-config", iglu,
            "--etl-timestamp", Long.toString(runId.epochMillis()),
            "--output-compression", compression))), enrich.origin()));

    ShredJob shred = config.jobs().shred();
    steps.add(new PlannedStep(new EmrStep("Shred " + run, action, COMMAND_RUNNER,
        submit(shred.sparkSubmitOptions(), SHRED_MAIN, shred.jar(), List.of(
            "--input-folder", layout.enrichedGood().toString(),
            "--output-folder", layout.shreddedRun().toString(),
            "--iglu-config", iglu,
            "--output-compression", compression,
            "--deduplication", shred.deduplication().argument()))), shred.origin()));

    if (config.jobs().load().isPresent()) {
      LoadJob load = config.jobs().load().get();
      steps.add(new PlannedStep(new EmrStep("Load " + run, action, COMMAND_RUNNER,
          submit(load.sparkSubmitOptions(), LOAD_MAIN, load.jar(), List.of(
              "--shredded-run", layout.shreddedRun().toString(),
              "--target", load.target().toString()))), load.origin()));
    }
    return List.copyOf(steps);
  }

  /**
   * The steps that would exceed EMR's size limit, reported at their job's entry. Run folder names
   * and ETL timestamps have a fixed width, so one check holds for every run time.
   */
  public static List<ConfigProblem> sizeProblems(EmrConfig config) {
    ConfigProblems problems = new ConfigProblems();
    RunId any = new RunId(LocalDateTime.of(2000, 1, 1, 0, 0));
    for (PlannedStep planned : plan(config, any)) {
      StepLimit.problem(planned.step()).ifPresent(p -> problems.error(planned.origin(), p));
    }
    return problems.all();
  }

  private static List<String> submit(List<String> options, String mainClass, S3Uri jar, List<String> jobArgs) {
    List<String> args = new ArrayList<>();
    args.add("spark-submit");
    args.add("--deploy-mode");
    args.add("cluster");
    args.addAll(options);
    args.add("--class");
    args.add(mainClass);
    args.add(jar.toString());
    args.addAll(jobArgs);
    return args;
  }
}
