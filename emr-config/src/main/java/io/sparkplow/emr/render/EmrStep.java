package io.sparkplow.emr.render;

import io.sparkplow.emr.config.ActionOnFailure;
import java.util.List;

/**
 * An EMR step that runs {@code spark-submit} through {@code command-runner.jar}.
 *
 * @param args the arguments of command-runner, starting with {@code spark-submit}
 */
public record EmrStep(String name, ActionOnFailure actionOnFailure, String jar, List<String> args) {

  public EmrStep {
    args = List.copyOf(args);
  }

  /** Characters of every string of the step: name, action on failure, jar and arguments. */
  public int characterCount() {
    int total = name.length() + actionOnFailure.name().length() + jar.length();
    for (String arg : args) {
      total += arg.length();
    }
    return total;
  }
}
