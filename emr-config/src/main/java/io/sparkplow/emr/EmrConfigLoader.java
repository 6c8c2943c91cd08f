package io.sparkplow.emr;

import io.sparkplow.emr.config.ConfigProblem;
import io.sparkplow.emr.config.EmrConfig;
import io.sparkplow.emr.config.EmrConfigParser;
import io.sparkplow.emr.config.ParseResult;
import io.sparkplow.emr.render.ClusterConfigurations;
import io.sparkplow.emr.render.PipelineSteps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a configuration and runs the checks that need the rendered steps: EMR's step size limit
 * and user properties that replace the committer settings. All problems come back together.
 */
public final class EmrConfigLoader {

  private EmrConfigLoader() {
  }

  public static ParseResult load(String yamlText) {
    ParseResult parsed = EmrConfigParser.parse(yamlText);
    if (parsed.config().isEmpty()) {
      return parsed;
    }
    EmrConfig config = parsed.config().get();
    List<ConfigProblem> problems = new ArrayList<>(parsed.problems());
    problems.addAll(PipelineSteps.sizeProblems(config));
    problems.addAll(ClusterConfigurations.overrideWarnings(config));
    problems.sort(Comparator.comparingInt(ConfigProblem::line));
    boolean hasErrors = problems.stream().anyMatch(p -> p.severity() == ConfigProblem.Severity.ERROR);
    return new ParseResult(hasErrors ? Optional.empty() : Optional.of(config), List.copyOf(problems));
  }
}
