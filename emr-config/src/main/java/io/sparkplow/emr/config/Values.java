package io.sparkplow.emr.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks shared by the section readers: enumerations, patterns, S3 URIs. */
final class Values {

  static final Set<String> S3_SCHEMES = Set.of("s3", "s3a");
  static final Set<String> S3_ONLY = Set.of("s3");

  private Values() {
  }

  static boolean allPresent(Optional<?>... values) {
    return Arrays.stream(values).allMatch(Optional::isPresent);
  }

  /** A string that must be one of {@code allowed} (exactly as written). */
  static Optional<String> oneOf(YamlSection section, String key, Presence presence, List<String> allowed) {
    Optional<YamlValue> value = section.value(key, presence);
    return value.flatMap(v -> oneOf(v, allowed));
  }

  static Optional<String> oneOf(YamlValue value, List<String> allowed) {
    Optional<String> text = value.string();
    if (text.isPresent() && !allowed.contains(text.get())) {
      value.error("must be one of " + String.join(", ", allowed) + ", got '" + text.get() + "'");
      return Optional.empty();
    }
    return text;
  }

  /** A string matching {@code pattern}; {@code what} describes the expected form. */
  static Optional<String> matching(YamlSection section, String key, Presence presence, Pattern pattern,
      String what) {
    return section.value(key, presence).flatMap(v -> matching(v, pattern, what));
  }

  static Optional<String> matching(YamlValue value, Pattern pattern, String what) {
    Optional<String> text = value.string();
    if (text.isPresent() && !pattern.matcher(text.get()).matches()) {
      value.error("expected " + what + ", got '" + text.get() + "'");
      return Optional.empty();
    }
    return text;
  }

  static Optional<S3Uri> s3(YamlSection section, String key, Presence presence, S3Uri.Kind kind,
      Set<String> schemes) {
    return section.value(key, presence).flatMap(v -> s3(v, kind, schemes));
  }

  static Optional<S3Uri> s3(YamlValue value, S3Uri.Kind kind, Set<String> schemes) {
    Optional<String> text = value.string();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> problem = S3Uri.problem(text.get(), kind, schemes);
    if (problem.isPresent()) {
      value.error(problem.get());
      return Optional.empty();
    }
    return Optional.of(S3Uri.of(text.get()));
  }
}
