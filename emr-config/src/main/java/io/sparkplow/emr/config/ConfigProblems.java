package io.sparkplow.emr.config;

import io.sparkplow.emr.config.ConfigProblem.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading a configuration, so all are reported at once. */
public final class ConfigProblems {

  private final List<ConfigProblem> problems = new ArrayList<>();

  public void error(String path, int line, String message) {
    problems.add(new ConfigProblem(Severity.ERROR, path, line, message));
  }

  public void error(Origin origin, String message) {
    error(origin.path(), origin.line(), message);
  }

  public void warning(String path, int line, String message) {
    problems.add(new ConfigProblem(Severity.WARNING, path, line, message));
  }

  public void warning(Origin origin, String message) {
    warning(origin.path(), origin.line(), message);
  }

  public void addAll(List<ConfigProblem> more) {
    problems.addAll(more);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  /** All problems, in file order (by line, then in the order found). */
  public List<ConfigProblem> all() {
    List<ConfigProblem> sorted = new ArrayList<>(problems);
    sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return List.copyOf(sorted);
  }
}
