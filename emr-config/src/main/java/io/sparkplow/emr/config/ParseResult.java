package io.sparkplow.emr.config;

import io.sparkplow.emr.config.ConfigProblem.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a configuration: the configuration when there is no error, and every
 * problem found (errors and warnings, in file order).
 */
public record ParseResult(Optional<EmrConfig> config, List<ConfigProblem> problems) {

  public List<ConfigProblem> errors() {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  public List<ConfigProblem> warnings() {
    return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
  }
}
