package io.sparkplow.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A job jar must not carry an unrelocated copy of anything spark-submit already puts on the
 * classpath: Spark's jars come first, so such a copy is either dead weight or, with another
 * version, a class mix that fails at runtime (Spark 3.5 rejects other jackson-databind versions).
 *
 * <p>Two checks, both on the jar's entries ({@code jar tf}): the libraries known to clash, by
 * prefix; and every class whose package also has classes in the Spark classpath's jars. Entries of
 * multi-release folders ({@code META-INF/versions/N/}) count as the classes they would override.
 */
class JobJarContentsTest {

  /** Libraries Spark, Hadoop or the AWS SDK ship, which a job jar may only carry relocated. */
  static final List<String> SHIPPED_BY_SPARK = List.of(
      "com/fasterxml/jackson/", "org/yaml/snakeyaml/", "com/google/common/", "com/google/thirdparty/",
      "com/google/protobuf/", "com/google/gson/", "io/netty/", "org/apache/commons/", "org/apache/logging/",
      "org/apache/log4j/", "org/slf4j/", "scala/", "org/apache/spark/", "org/apache/hadoop/",
      "com/github/benmanes/caffeine/", "org/json4s/", "com/amazonaws/", "software/amazon/", "org/apache/http/",
      "org/apache/parquet/", "org/apache/avro/", "org/apache/arrow/", "org/roaringbitmap/", "org/xerial/snappy/",
      "net/jpountz/", "com/github/luben/zstd/", "com/esotericsoftware/", "com/codahale/metrics/", "org/glassfish/",
      "org/codehaus/jackson/", "org/codehaus/janino/", "org/antlr/", "org/apache/zookeeper/", "org/apache/curator/",
      "javax/annotation/");

  /** Bundled on purpose: spark-hadoop-cloud's commit protocol for the S3A magic committer, absent from Spark. */
  static final List<String> BUNDLED_ON_PURPOSE = List.of("org/apache/spark/internal/io/cloud/");

  private static final Pattern MULTI_RELEASE = Pattern.compile("^META-INF/versions/\\d+/");

  /** Packages ({@code a/b/c}) that have classes in the jars of the Spark classpath. */
  private static Set<String> sparkPackages;

  @BeforeAll
  static void listSparkClasspath() throws IOException {
    sparkPackages = new HashSet<>();
    for (Path jar : JobJars.sparkClasspath()) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class"))
            .map(n -> packageOf(classPath(n))).forEach(sparkPackages::add);
      }
    }
    assertTrue(sparkPackages.contains("org/apache/spark/sql") && sparkPackages.contains("org/apache/hadoop/fs/s3a"),
        "the Spark classpath holds Spark and hadoop-aws");
  }

  @ParameterizedTest
  @EnumSource(JobJars.Job.class)
  void jobJarHasNoUnrelocatedCopyOfWhatSparkShips(JobJars.Job job) throws IOException {
    Path jar = JobJars.jar(job);
    Map<String, List<String>> offendersByPackage = new TreeMap<>();
    boolean hasMain = false;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        hasMain |= name.equals(job.mainClass.replace('.', '/') + ".class");
        if (entry.isDirectory()) {
          continue;
        }
        String path = classPath(name);
        if (path.startsWith("io/sparkplow/") || BUNDLED_ON_PURPOSE.stream().anyMatch(path::startsWith)) {
          continue;
        }
        boolean named = SHIPPED_BY_SPARK.stream().anyMatch(path::startsWith);
        boolean sharedPackage = path.endsWith(".class") && sparkPackages.contains(packageOf(path));
        if (named || sharedPackage) {
          offendersByPackage.computeIfAbsent(packageOf(path), p -> new ArrayList<>()).add(name);
        }
      }
    }
    assertTrue(hasMain, jar + " holds its main class " + job.mainClass);
    if (!offendersByPackage.isEmpty()) {
      StringBuilder message = new StringBuilder(jar.getFileName() + " carries unrelocated copies of libraries Spark "
          + "ships (relocate or exclude them in the parent pom's maven-shade-plugin configuration):");
      offendersByPackage.forEach((pkg, entries) -> message.append("\n  ").append(pkg).append(": ")
          .append(entries.size()).append(entries.size() == 1 ? " entry, " : " entries, e.g. ").append(entries.get(0)));
      fail(message.toString());
    }
  }

  /** The class path an entry stands for: a multi-release entry stands for the class it overrides. */
  static String classPath(String entryName) {
    return MULTI_RELEASE.matcher(entryName).replaceFirst("");
  }

  static String packageOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
