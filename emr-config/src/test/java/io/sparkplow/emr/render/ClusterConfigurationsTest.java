package io.sparkplow.emr.render;

import static io.sparkplow.emr.TestConfigs.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.emr.EmrConfigLoader;
import io.sparkplow.emr.TestConfigs;
import io.sparkplow.emr.config.ClusterConfiguration;
import io.sparkplow.emr.config.ConfigProblem;
import io.sparkplow.emr.config.ParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterConfigurationsTest {

  @Test
  void s3aOutputsGetTheMagicCommitterMergedWithUserProperties() {
    List<ClusterConfiguration> merged = ClusterConfigurations.merged(TestConfigs.valid(BASE));
    assertEquals(1, merged.size());
    ClusterConfiguration defaults = merged.get(0);
    assertEquals("spark-defaults", defaults.classification());
    Map<String, String> p = defaults.properties();
    assertEquals("magic", p.get("spark.hadoop.fs.s3a.committer.name"));
    assertEquals("true", p.get("spark.hadoop.fs.s3a.committer.magic.enabled"));
    assertEquals("org.apache.spark.internal.io.cloud.PathOutputCommitProtocol", p.get("spark.sql.sources.commitProtocolClass"));
    assertEquals("org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter",
        p.get("spark.sql.parquet.output.committer.class"));
    assertEquals("8g", p.get("spark.executor.memory"));
    assertEquals(List.copyOf(p.keySet()), p.keySet().stream().sorted().toList(), "sorted for stable output");
  }

  @Test
  void s3OutputsLeaveTheCommitterToEmr() {
    String yaml = BASE.replace("enriched_root: s3a://", "enriched_root: s3://")
        .replace("shredded_root: s3a://", "shredded_root: s3://");
    List<ClusterConfiguration> merged = ClusterConfigurations.merged(TestConfigs.valid(yaml));
    assertEquals(1, merged.size());
    assertEquals(Map.of("spark.executor.memory", "8g"), merged.get(0).properties());
  }

  @Test
  void userValueWinsWithAWarning() {
    String yaml = TestConfigs.replaceLine(BASE, "spark.executor.memory: 8g",
        "spark.executor.memory: 8g\nspark.hadoop.fs.s3a.committer.name: directory");
    ParseResult result = EmrConfigLoader.load(yaml);
    assertTrue(result.config().isPresent());
    List<ConfigProblem> warnings = result.warnings();
    assertEquals(1, warnings.size());
    assertEquals("cluster.configurations[0].properties.spark.hadoop.fs.s3a.committer.name", warnings.get(0).path());
    assertEquals(TestConfigs.lineOf(yaml, "- classification: spark-defaults"), warnings.get(0).line());
    assertEquals("directory", ClusterConfigurations.merged(result.config().get()).get(0).properties()
        .get("spark.hadoop.fs.s3a.committer.name"));
  }
}
