package io.sparkplow.emr.render;

import java.util.Optional;

/**
 * EMR's limit on the size of one step: its strings may total at most 10,240 characters. This is
 * why configuration files are passed to the jobs as S3 paths and never inline.
 */
public final class StepLimit {

  public static final int MAX_CHARACTERS = 10_240;

  private StepLimit() {
  }

  /** What is wrong with the step's size, or empty when it fits. */
  public static Optional<String> problem(EmrStep step) {
    int count = step.characterCount();
    if (count <= MAX_CHARACTERS) {
      return Optional.empty();
    }
    int longest = step.args().stream().mapToInt(String::length).max().orElse(0);
    return Optional.of(String.format(java.util.Locale.ROOT,
        "step '%s' has %,d characters of strings, over EMR's limit of %,d per step"
            + " (its longest argument has %,d characters)",
        step.name(), count, MAX_CHARACTERS, longest));
  }
}
