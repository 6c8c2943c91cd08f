package io.sparkplow.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a job's shaded jar in its own JVM the way {@code spark-submit --master local[2]} does:
 * the Java 17 module flags, Spark's classpath first and the job's jar last, the master as a
 * {@code spark.*} system property, the job's main class and its arguments.
 */
final class SparkSubmit {

  static final Duration TIMEOUT = Duration.ofMinutes(5);

  /** A finished run: exit code, and its console output (stdout and stderr) in a file. */
  record Run(int exitCode, Path log, Duration elapsed) {

    String output() {
      try {
        return Files.readString(log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The last lines of the output, for failure messages. */
    String tail() {
      List<String> lines = output().lines().toList();
      return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream()
          .collect(Collectors.joining("\n", "--- last lines of " + log + " ---\n", "\n---"));
    }
  }

  private SparkSubmit() {}

  /** The command line, as spark-submit builds it for a local-mode driver. */
  static List<String> command(JobJars.Job job, List<String> args) {
    String classpath = JobJars.sparkClasspath().stream().map(Path::toString).collect(Collectors.joining(":"))
        + ":" + JobJars.jar(job);
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JobJars.javaModuleOptions());
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(classpath);
    command.add("-Dspark.master=local[2]");
    command.add("-Dspark.ui.enabled=false");
    command.add("-Dspark.driver.host=127.0.0.1");
    command.add("-Dspark.driver.bindAddress=127.0.0.1");
    command.add(job.mainClass);
    command.addAll(args);
    return command;
  }

  /** Runs the job in {@code workDir} and waits for it (at most {@link #TIMEOUT}). */
  static Run run(JobJars.Job job, Path workDir, Path log, List<String> args) {
    long start = System.nanoTime();
    try {
      Process process = new ProcessBuilder(command(job, args))
          .directory(workDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        fail(job.mainClass + " did not finish within " + TIMEOUT + "; output in " + log);
      }
      return new Run(process.exitValue(), log, Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + job.mainClass, e);
    }
  }
}
