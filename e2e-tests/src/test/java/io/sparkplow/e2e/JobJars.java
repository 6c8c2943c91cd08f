package io.sparkplow.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The deployable job jars and the classpath spark-submit gives them, as this build made them.
 * The module depends on the job modules and on spark-runtime, so the reactor packages them first;
 * the pom passes the files' locations as system properties (see e2e-tests/pom.xml).
 */
final class JobJars {

  /** A job: its module, its jar's system property and its main class. */
  enum Job {
    ENRICH("enrich-job", "sparkplow.enrichJar", "io.sparkplow.enrichjob.EnrichJob"),
    SHRED("shred-job", "sparkplow.shredJar", "io.sparkplow.shredjob.ShredJob");

    final String module;
    final String property;
    final String mainClass;

    Job(String module, String property, String mainClass) {
      this.module = module;
      this.property = property;
      this.mainClass = mainClass;
    }
  }

  private JobJars() {}

  /**
   * The shaded jar of a job; fails the test when the build did not package it, or packaged it
   * before the latest compilation of the classes it holds (a jar left by an earlier build).
   */
  static Path jar(Job job) {
    String location = System.getProperty(job.property, "");
    Path jar = Paths.get(location);
    String howToBuild = "run the tests with `mvn verify` from the repository root (or `-pl e2e-tests -am`), "
        + "which packages the job jars before this module's tests";
    if (location.isEmpty() || !Files.isRegularFile(jar)) {
      fail(job.module + "'s jar is missing (system property " + job.property + " = '" + location + "'): " + howToBuild);
    }
    Path root = repositoryRoot();
    for (String module : List.of(job.module, "job-common", "common")) {
      Path classes = root.resolve(module).resolve("target/classes");
      if (newerThan(classes, lastModified(jar))) {
        fail(jar + " is older than " + classes + ": " + howToBuild);
      }
    }
    return jar;
  }

  /** The jars spark-submit puts before the job's jar: Spark, its Hadoop client, hadoop-aws, the AWS SDK. */
  static List<Path> sparkClasspath() {
    Path file = Paths.get(System.getProperty("sparkplow.sparkClasspath", "../spark-runtime/target/spark-classpath.txt"));
    if (!Files.isRegularFile(file)) {
      fail(file + " is missing: it is written by the spark-runtime module's package phase (mvn verify)");
    }
    try {
      List<Path> jars = new ArrayList<>();
      for (String entry : Files.readString(file).trim().split(":")) {
        Path jar = Paths.get(entry);
        if (!Files.isRegularFile(jar)) {
          fail("the Spark classpath of " + file + " names a missing jar: " + entry);
        }
        jars.add(jar);
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JVM flags spark-submit adds on Java 17 (the parent pom's spark.java17.opens, as in bin/run-local). */
  static List<String> javaModuleOptions() {
    String opens = System.getProperty("sparkplow.javaOpens", "");
    if (opens.isBlank()) {
      fail("system property sparkplow.javaOpens is not set (the parent pom's spark.java17.opens)");
    }
    return Arrays.asList(opens.trim().split("\\s+"));
  }

  private static FileTime lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a folder holds a file modified after {@code time}. */
  private static boolean newerThan(Path folder, FileTime time) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).anyMatch(f -> lastModified(f).compareTo(time) > 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's root folder (where sample/ is). */
  static Path repositoryRoot() {
    return Paths.get(System.getProperty("sparkplow.root", "..")).toAbsolutePath().normalize();
  }
}
