package io.sparkplow.emr.render;

import io.sparkplow.emr.config.ClusterConfiguration;
import io.sparkplow.emr.config.ConfigProblem;
import io.sparkplow.emr.config.ConfigProblems;
import io.sparkplow.emr.config.EmrConfig;
import io.sparkplow.emr.config.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The cluster's {@code Configurations}: the output committer settings the run needs, merged with
 * the user's extra classifications (user properties win, with a warning when they replace one of
 * ours).
 *
 * <p>For {@code s3a://} outputs the S3A magic committer is switched on: it commits straight to S3
 * with no rename and needs no cluster filesystem (nothing lives on HDFS here). For {@code s3://}
 * outputs nothing is added: EMR's EMRFS S3-optimized committer is on by default for Dataset writes.
 */
public final class ClusterConfigurations {

  public static final String SPARK_DEFAULTS = "spark-defaults";

  /** The {@code spark-defaults} that make Dataset writes to {@code s3a://} use the magic committer. */
  public static final SortedMap<String, String> S3A_MAGIC_COMMITTER = Collections.unmodifiableSortedMap(
      new TreeMap<>(Map.of(
          "spark.hadoop.fs.s3a.committer.name", "magic",
          "spark.hadoop.fs.s3a.committer.magic.enabled", "true",
          // Without this protocol the committer is silently not used (files go straight to the path).
          "spark.sql.sources.commitProtocolClass",
          "org.apache.spark.internal.io.cloud.PathOutputCommitProtocol",
          "spark.sql.parquet.output.committer.class",
          "org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter")));

  private ClusterConfigurations() {
  }

  /** Whether the run writes through S3A (both output roots share a scheme). */
  public static boolean usesS3a(EmrConfig config) {
    return config.pipeline().enrichedRoot().scheme().equals("s3a");
  }

  /** Generated classifications first, then the user's in file order; properties sorted. */
  public static List<ClusterConfiguration> merged(EmrConfig config) {
    List<ClusterConfiguration> result = new ArrayList<>();
    if (usesS3a(config)) {
      result.add(new ClusterConfiguration(SPARK_DEFAULTS, S3A_MAGIC_COMMITTER, List.of(),
          new Origin("(generated)", 0)));
    }
    for (ClusterConfiguration user : config.cluster().configurations()) {
      int index = indexOf(result, user.classification());
      if (index < 0) {
        result.add(user);
        continue;
      }
      ClusterConfiguration generated = result.get(index);
      TreeMap<String, String> properties = new TreeMap<>(generated.properties());
      properties.putAll(user.properties());
      List<ClusterConfiguration> nested = new ArrayList<>(generated.configurations());
      nested.addAll(user.configurations());
      result.set(index, new ClusterConfiguration(user.classification(),
          Collections.unmodifiableSortedMap(properties), List.copyOf(nested), user.origin()));
    }
    return List.copyOf(result);
  }

  /** Warnings for user properties that replace a committer setting with another value. */
  public static List<ConfigProblem> overrideWarnings(EmrConfig config) {
    ConfigProblems problems = new ConfigProblems();
    if (!usesS3a(config)) {
      return problems.all();
    }
    for (ClusterConfiguration user : config.cluster().configurations()) {
      if (!user.classification().equals(SPARK_DEFAULTS)) {
        continue;
      }
      for (Map.Entry<String, String> p : user.properties().entrySet()) {
        String ours = S3A_MAGIC_COMMITTER.get(p.getKey());
        if (ours != null && !ours.equals(p.getValue())) {
          problems.warning(user.origin().path() + ".properties." + p.getKey(), user.origin().line(),
              "replaces the S3A magic committer setting '" + ours + "' for the s3a:// outputs");
        }
      }
    }
    return problems.all();
  }

  private static int indexOf(List<ClusterConfiguration> list, String classification) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).classification().equals(classification)) {
        return i;
      }
    }
    return -1;
  }
}
