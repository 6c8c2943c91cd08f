package io.sparkplow.emr.config;

/**
 * One thing wrong with (or worth a warning about) the configuration file, located by its key path
 * ({@code cluster.instance_groups.core.market}) and the 1-based YAML line.
 */
public record ConfigProblem(Severity severity, String path, int line, String message) {

  /** Errors stop rendering; warnings are printed and rendering goes on. */
  public enum Severity { ERROR, WARNING }

  /** {@code config.yml:12: cluster.instance_groups.core.market: must be ...}. */
  public String format(String source) {
    String prefix = severity == Severity.WARNING ? "warning: " : "";
    return source + ":" + line + ": " + prefix + path + ": " + message;
  }
}
