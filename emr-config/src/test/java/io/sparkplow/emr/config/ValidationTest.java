package io.sparkplow.emr.config;

import static io.sparkplow.emr.TestConfigs.BASE;
import static io.sparkplow.emr.TestConfigs.lineOf;
import static io.sparkplow.emr.TestConfigs.replaceLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.emr.EmrConfigLoader;
import io.sparkplow.emr.TestConfigs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of validation error names its key path and YAML line. */
class ValidationTest {

  /** Asserts one error at {@code path} on {@code line} whose message contains {@code fragment}. */
  private static void assertError(String yaml, String path, int line, String fragment) {
    ParseResult result = EmrConfigLoader.load(yaml);
    assertTrue(result.config().isEmpty(), "expected the configuration to be rejected");
    List<String> messages = result.errors().stream().map(p -> p.format("c.yml")).toList();
    String prefix = "c.yml:" + line + ": " + path + ": ";
    assertTrue(messages.stream().anyMatch(m -> m.startsWith(prefix) && m.contains(fragment)),
        () -> "expected an error starting '" + prefix + "' containing '" + fragment + "', got " + messages);
  }

  private static String with(String line, String replacement) {
    return replaceLine(BASE, line, replacement);
  }

  @Test
  void baseConfigurationIsValid() {
    TestConfigs.valid(BASE);
  }

  @Test
  void unknownTopLevelKeySuggestsTheNearestKey() {
    String yaml = BASE + "pipelines:\n  x: 1\n";
    assertError(yaml, "pipelines", lineOf(yaml, "pipelines:"), "unknown key (did you mean 'pipeline'?)");
  }

  @Test
  void unknownNestedKeyListsTheExpectedKeys() {
    String yaml = with("market: ON_DEMAND", "colour: blue");
    assertError(yaml, "cluster.instance_groups.core.colour", lineOf(yaml, "colour: blue"),
        "expected one of: bid_price, ebs, instance_count, instance_type, market");
  }

  @Test
  void typoInNestedKeyIsCaught() {
    String yaml = with("instance_count: 2", "instance_cout: 2");
    assertError(yaml, "cluster.instance_groups.core.instance_cout", lineOf(yaml, "instance_cout: 2"),
        "did you mean 'instance_count'?");
    // ... and so the required key is missing, reported at the group's line.
    assertError(yaml, "cluster.instance_groups.core.instance_count", lineOf(yaml, "core:"),
        "missing required key 'instance_count'");
  }

  @Test
  void missingRequiredKeyIsReportedAtItsSection() {
    String yaml = with("log_uri: s3://acme-logs/emr", "");
    assertError(yaml, "aws.log_uri", lineOf(yaml, "aws:"), "missing required key 'log_uri' in aws");
  }

  @Test
  void missingSectionIsReportedAtTheTop() {
    String yaml = BASE.substring(0, BASE.indexOf("jobs:"));
    assertError(yaml, "jobs", 1, "missing required key 'jobs'");
  }

  @Test
  void keyWithoutValueIsAnError() {
    String yaml = with("region: eu-west-1", "region:");
    assertError(yaml, "aws.region", lineOf(yaml, "region:"), "has no value");
  }

  @Test
  void wrongTypes() {
    String count = with("instance_count: 2", "instance_count: two");
    assertError(count, "cluster.instance_groups.core.instance_count", lineOf(count, "instance_count: two"),
        "expected an integer, got 'two'");
    String quoted = with("instance_count: 2", "instance_count: \"2\"");
    assertError(quoted, "cluster.instance_groups.core.instance_count", lineOf(quoted, "instance_count: \"2\""),
        "expected an integer");
    String keepAlive = with("instance_groups:", "keep_alive: maybe\ninstance_groups:");
    assertError(keepAlive, "cluster.keep_alive", lineOf(keepAlive, "keep_alive: maybe"),
        "expected true or false, got 'maybe'");
    String tags = with("team: data", "- data");
    assertError(tags, "cluster.tags", lineOf(tags, "tags:"), "expected a mapping");
    String region = with("region: eu-west-1", "region: [eu-west-1]");
    assertError(region, "aws.region", lineOf(region, "region: [eu-west-1]"), "expected a string, got a list");
    String aws = with("aws:", "aws: eu-west-1\nold_aws:");
    assertError(aws, "aws", lineOf(aws, "aws: eu-west-1"), "expected a mapping (key: value lines), got 'eu-west-1'");
  }

  @Test
  void integerOutOfRange() {
    String yaml = with("instance_count: 2", "instance_count: 0");
    assertError(yaml, "cluster.instance_groups.core.instance_count", lineOf(yaml, "instance_count: 0"),
        "must be between 1 and 10000, got 0");
    String master = with("instance_type: m5.xlarge", "instance_type: m5.xlarge\ninstance_count: 2");
    assertError(master, "cluster.instance_groups.master.instance_count", lineOf(master, "instance_count: 2"),
        "must be 1 (or 3 for a high-availability master)");
  }

  @Test
  void invalidS3Uris() {
    String scheme = with("raw_input: s3a://acme-raw/logs", "raw_input: https://acme-raw/logs");
    assertError(scheme, "pipeline.raw_input", lineOf(scheme, "raw_input: https://acme-raw/logs"),
        "the scheme must be s3:// or s3a://, got 'https://'");
    String notUri = with("raw_input: s3a://acme-raw/logs", "raw_input: /data/raw");
    assertError(notUri, "pipeline.raw_input", lineOf(notUri, "raw_input: /data/raw"), "expected an S3 URI");
    String bucket = with("enriched_root: s3a://acme-data/enriched", "enriched_root: s3a://Acme_Data/enriched");
    assertError(bucket, "pipeline.enriched_root", lineOf(bucket, "enriched_root: s3a://Acme_Data/enriched"),
        "'Acme_Data' is not a valid S3 bucket name");
    String logs = with("log_uri: s3://acme-logs/emr", "log_uri: s3a://acme-logs/emr");
    assertError(logs, "aws.log_uri", lineOf(logs, "log_uri: s3a://acme-logs/emr"), "the scheme must be s3://");
    String folder = with("iglu_resolver: s3a://acme-config/resolver.json", "iglu_resolver: s3a://acme-config/");
    assertError(folder, "pipeline.iglu_resolver", lineOf(folder, "iglu_resolver: s3a://acme-config/"),
        "must name a file, not a folder");
    String slashes = with("enrichments: s3a://acme-config/enrichments", "enrichments: s3a://acme-config//enrichments");
    assertError(slashes, "jobs.enrich.enrichments", lineOf(slashes, "enrichments: s3a://acme-config//enrichments"),
        "empty path segment");
    String space = with("jar: s3://acme-artifacts/shred-job-0.1.0.jar", "jar: \"s3://acme-artifacts/shred job.jar\"");
    assertError(space, "jobs.shred.jar", lineOf(space, "jar: \"s3://acme-artifacts/shred job.jar\""), "whitespace");
    String notJar = with("jar: s3://acme-artifacts/shred-job-0.1.0.jar", "jar: s3://acme-artifacts/shred-job.zip");
    assertError(notJar, "jobs.shred.jar", lineOf(notJar, "jar: s3://acme-artifacts/shred-job.zip"),
        "must name a .jar file");
    String bootstrap = with("path: s3://acme-artifacts/agent.sh", "path: s3a://acme-artifacts/agent.sh");
    assertError(bootstrap, "cluster.bootstrap_actions[0].path", lineOf(bootstrap, "path: s3a://acme-artifacts/agent.sh"),
        "the scheme must be s3://");
  }

  @Test
  void invalidReleaseLabels() {
    String old = with("instance_groups:", "release_label: emr-6.15.0\ninstance_groups:");
    assertError(old, "cluster.release_label", lineOf(old, "release_label: emr-6.15.0"),
        "Spark 3.5 (Scala 2.12) on Java 17, which is EMR 7.x");
    String spark4 = with("instance_groups:", "release_label: emr-spark-8.0.0\ninstance_groups:");
    assertError(spark4, "cluster.release_label", lineOf(spark4, "release_label: emr-spark-8.0.0"),
        "expected an EMR release label such as emr-7.5.0");
    String bare = with("instance_groups:", "release_label: 7.5.0\ninstance_groups:");
    assertError(bare, "cluster.release_label", lineOf(bare, "release_label: 7.5.0"), "expected an EMR release label");
  }

  @Test
  void invalidCollectorFormat() {
    String yaml = with("collector_format: cloudfront", "collector_format: ndjson/com.acme");
    assertError(yaml, "jobs.enrich.collector_format", lineOf(yaml, "collector_format: ndjson/com.acme"),
        "cloudfront, clj-tomcat, thrift, ndjson/VENDOR/VERSION or tsv/VENDOR/VERSION");
    for (String valid : List.of("clj-tomcat", "thrift", "ndjson/com.mailgun/v1", "tsv/com.amazon.aws.cloudfront/wd_access_log")) {
      TestConfigs.valid(with("collector_format: cloudfront", "collector_format: " + valid));
    }
  }

  @Test
  void invalidEnumerations() {
    String market = with("market: ON_DEMAND", "market: on_demand");
    assertError(market, "cluster.instance_groups.core.market", lineOf(market, "market: on_demand"),
        "must be one of ON_DEMAND, SPOT, got 'on_demand'");
    String compression = with("iglu_resolver: s3a://acme-config/resolver.json",
        "iglu_resolver: s3a://acme-config/resolver.json\noutput_compression: LZO");
    assertError(compression, "pipeline.output_compression", lineOf(compression, "output_compression: LZO"),
        "must be one of GZIP, NONE");
    String dedup = with("jar: s3://acme-artifacts/shred-job-0.1.0.jar",
        "jar: s3://acme-artifacts/shred-job-0.1.0.jar\ndeduplication: synthetic,natural");
    assertError(dedup, "jobs.shred.deduplication", lineOf(dedup, "deduplication: synthetic,natural"),
        "must be one of natural,synthetic, natural, synthetic, none");
    String action = with("instance_groups:", "action_on_failure: TERMINATE_JOB_FLOW\ninstance_groups:");
    assertError(action, "cluster.action_on_failure", lineOf(action, "action_on_failure: TERMINATE_JOB_FLOW"),
        "must be one of TERMINATE_CLUSTER, CANCEL_AND_WAIT, CONTINUE");
    String region = with("region: eu-west-1", "region: Europe");
    assertError(region, "aws.region", lineOf(region, "region: Europe"), "expected an AWS region");
  }

  @Test
  void duplicateYamlKeys() {
    String yaml = with("instance_count: 2", "instance_count: 2\ninstance_count: 3");
    int first = lineOf(yaml, "instance_count: 2");
    assertError(yaml, "cluster.instance_groups.core.instance_count", lineOf(yaml, "instance_count: 3"),
        "duplicate key (first at line " + first + ")");
  }

  @Test
  void duplicateNamesInLists() {
    String bootstrap = BASE.replace("""
            - name: agent
              path: s3://acme-artifacts/agent.sh
        """, """
            - name: agent
              path: s3://acme-artifacts/agent.sh
            - name: agent
              path: s3://acme-artifacts/other.sh
        """);
    assertError(bootstrap, "cluster.bootstrap_actions[1].name", lineOf(bootstrap, "- name: agent", 2),
        "duplicate bootstrap action name 'agent' (first at line " + lineOf(bootstrap, "- name: agent") + ")");

    String classification = BASE.replace("""
                spark.executor.memory: 8g
        """, """
                spark.executor.memory: 8g
            - classification: spark-defaults
              properties:
                spark.executor.cores: "4"
        """);
    int first = lineOf(classification, "- classification: spark-defaults");
    assertError(classification, "cluster.configurations[1].classification",
        lineOf(classification, "- classification: spark-defaults", 2),
        "duplicate classification 'spark-defaults' (first at line " + first + "): merge its properties");
  }

  @Test
  void groupsAndFleetsExcludeEachOther() {
    String both = with("bootstrap_actions:", "instance_fleets:\n  master: {target_on_demand_capacity: 1}\nbootstrap_actions:");
    assertError(both, "cluster.instance_fleets", lineOf(both, "instance_fleets:"),
        "use either instance_groups or instance_fleets, not both");
    String neither = BASE.replace("""
          instance_groups:
            master:
              instance_type: m5.xlarge
            core:
              instance_type: r5.xlarge
              instance_count: 2
              market: ON_DEMAND
        """, "");
    assertError(neither, "cluster.instance_groups", lineOf(neither, "cluster:"), "missing required key 'instance_groups'");
  }

  @Test
  void bidPriceNeedsSpot() {
    String yaml = with("market: ON_DEMAND", "market: ON_DEMAND\nbid_price: \"0.20\"");
    assertError(yaml, "cluster.instance_groups.core.bid_price", lineOf(yaml, "bid_price: \"0.20\""),
        "bid_price applies to market: SPOT only");
  }

  @Test
  void overlappingAndMixedOutputRoots() {
    String nested = with("shredded_root: s3a://acme-data/shredded", "shredded_root: s3://acme-data/enriched/shredded");
    assertError(nested, "pipeline.shredded_root", lineOf(nested, "shredded_root: s3://acme-data/enriched/shredded"),
        "overlaps pipeline.enriched_root (s3a://acme-data/enriched)");
    String mixed = with("shredded_root: s3a://acme-data/shredded", "shredded_root: s3://acme-data/shredded");
    assertError(mixed, "pipeline.shredded_root", lineOf(mixed, "shredded_root: s3://acme-data/shredded"),
        "must use the same scheme as enriched_root (s3a://)");
    String raw = with("raw_input: s3a://acme-raw/logs", "raw_input: s3a://acme-data");
    assertError(raw, "pipeline.enriched_root", lineOf(raw, "enriched_root: s3a://acme-data/enriched"),
        "overlaps pipeline.raw_input");
  }

  @Test
  void subnetRules() {
    String groupsWithMany = with("instance_profile: EMR_EC2_DefaultRole",
        "instance_profile: EMR_EC2_DefaultRole\nec2_subnet_ids: [subnet-0a1b2c3d, subnet-0e1f2a3b]");
    assertError(groupsWithMany, "aws.ec2_subnet_ids", lineOf(groupsWithMany, "ec2_subnet_ids: [subnet-0a1b2c3d, subnet-0e1f2a3b]"),
        "instance groups launch in a single subnet");
    String duplicate = with("instance_profile: EMR_EC2_DefaultRole",
        "instance_profile: EMR_EC2_DefaultRole\nec2_subnet_ids:\n  - subnet-0a1b2c3d\n  - subnet-0a1b2c3d");
    assertError(duplicate, "aws.ec2_subnet_ids[1]", lineOf(duplicate, "- subnet-0a1b2c3d", 2),
        "duplicate subnet subnet-0a1b2c3d");
    String both = with("instance_profile: EMR_EC2_DefaultRole",
        "instance_profile: EMR_EC2_DefaultRole\nec2_subnet_id: subnet-0a1b2c3d\nec2_subnet_ids: [subnet-0e1f2a3b]");
    assertError(both, "aws.ec2_subnet_ids", lineOf(both, "ec2_subnet_ids: [subnet-0e1f2a3b]"),
        "use either ec2_subnet_id or ec2_subnet_ids");
    String malformed = with("instance_profile: EMR_EC2_DefaultRole",
        "instance_profile: EMR_EC2_DefaultRole\nec2_subnet_id: sn-12");
    assertError(malformed, "aws.ec2_subnet_id", lineOf(malformed, "ec2_subnet_id: sn-12"), "expected a subnet id");
  }

  @Test
  void reservedSparkSubmitOptions() {
    String yaml = with("collector_format: cloudfront",
        "collector_format: cloudfront\nspark_submit_options: [--conf, spark.x=1, --class=Other]");
    assertError(yaml, "jobs.enrich.spark_submit_options[2]",
        lineOf(yaml, "spark_submit_options: [--conf, spark.x=1, --class=Other]"), "--class is set by the rendered step");
  }

  @Test
  void tagRules() {
    String reserved = with("team: data", "\"aws:team\": data");
    assertError(reserved, "cluster.tags.aws:team", lineOf(reserved, "\"aws:team\": data"), "does not start with aws:");
    String badValue = with("team: data", "team: \"data;drop\"");
    assertError(badValue, "cluster.tags.team", lineOf(badValue, "team: \"data;drop\""), "a tag value has at most 256");
  }

  @Test
  void loadJobNeedsItsTarget() {
    String yaml = BASE + "  load:\n    jar: s3://acme-artifacts/load-job-0.1.0.jar\n";
    assertError(yaml, "jobs.load.target", lineOf(yaml, "load:"), "missing required key 'target' in jobs.load");
  }

  @Test
  void fleetRules() {
    String fleets = BASE.replace("""
          instance_groups:
            master:
              instance_type: m5.xlarge
            core:
              instance_type: r5.xlarge
              instance_count: 2
              market: ON_DEMAND
        """, """
          instance_fleets:
            master:
              target_on_demand_capacity: 2
              instance_types: [{instance_type: m5.xlarge}]
            core:
              target_spot_capacity: 4
              instance_types:
                - instance_type: r5.xlarge
                - instance_type: r5.xlarge
              spot: {timeout_minutes: 2, timeout_action: SWITCH_TO_ON_DEMAND}
            task:
              instance_types: [{instance_type: c5.xlarge}]
        """);
    assertError(fleets, "cluster.instance_fleets.master.target_on_demand_capacity",
        lineOf(fleets, "target_on_demand_capacity: 2"), "the master fleet needs a total target capacity of exactly 1");
    assertError(fleets, "cluster.instance_fleets.core.instance_types[1].instance_type",
        lineOf(fleets, "- instance_type: r5.xlarge", 2),
        "duplicate instance type r5.xlarge (first at line " + lineOf(fleets, "- instance_type: r5.xlarge") + ")");
    assertError(fleets, "cluster.instance_fleets.core.spot.timeout_minutes",
        lineOf(fleets, "spot: {timeout_minutes: 2, timeout_action: SWITCH_TO_ON_DEMAND}"), "must be between 5 and 1440");
    assertError(fleets, "cluster.instance_fleets.task", lineOf(fleets, "task:"),
        "set target_on_demand_capacity or target_spot_capacity above 0");
  }

  @Test
  void nestedConfigurationsAreLimitedToOneLevel() {
    String yaml = BASE.replace("""
            - classification: spark-defaults
              properties:
                spark.executor.memory: 8g
        """, """
            - classification: spark-env
              configurations:
                - classification: export
                  configurations:
                    - classification: deeper
                      properties: {a: b}
        """);
    assertError(yaml, "cluster.configurations[0].configurations[0].configurations",
        lineOf(yaml, "configurations:", 3), "EMR nests configurations one level deep only");
  }

  @Test
  void yamlSyntaxErrorNamesTheLine() {
    String yaml = with("region: eu-west-1", "region: [eu-west-1");
    ParseResult result = EmrConfigLoader.load(yaml);
    assertEquals(1, result.errors().size(), result.errors()::toString);
    ConfigProblem problem = result.errors().get(0);
    assertEquals("(yaml)", problem.path());
    assertTrue(problem.message().startsWith("not valid YAML"), problem.message());
    assertTrue(problem.line() >= lineOf(yaml, "region: [eu-west-1"), problem::toString);
  }

  @Test
  void emptyFileAndMergeKeysAreErrors() {
    assertError("# nothing\n", "(root)", 1, "the configuration is empty");
    assertError("# a list\n- aws\n- cluster\n", "(root)", 2, "expected a mapping (key: value lines), got a list");
    String merge = "defaults: &d {instance_type: m5.xlarge}\n" + with("instance_type: r5.xlarge", "<<: *d");
    assertError(merge, "cluster.instance_groups.core.<<", lineOf(merge, "<<: *d"), "YAML merge keys (<<) are not supported");
  }

  @Test
  void allErrorsAreReportedAtOnceInFileOrder() {
    String yaml = with("region: eu-west-1", "region: Europe");
    yaml = replaceLine(yaml, "instance_count: 2", "instance_count: many");
    yaml = replaceLine(yaml, "collector_format: cloudfront", "collector_format: json");
    ParseResult result = EmrConfigLoader.load(yaml);
    List<Integer> lines = result.errors().stream().map(ConfigProblem::line).toList();
    assertEquals(List.of(lineOf(yaml, "region: Europe"), lineOf(yaml, "instance_count: many"),
        lineOf(yaml, "collector_format: json")), lines, result.errors()::toString);
  }

  @Test
  void spotMasterIsAWarningNotAnError() {
    String yaml = with("instance_type: m5.xlarge", "instance_type: m5.xlarge\nmarket: SPOT");
    ParseResult result = EmrConfigLoader.load(yaml);
    assertTrue(result.config().isPresent(), result.problems()::toString);
    assertEquals(1, result.warnings().size());
    ConfigProblem warning = result.warnings().get(0);
    assertEquals("cluster.instance_groups.master.market", warning.path());
    assertEquals(lineOf(yaml, "market: SPOT"), warning.line());
    assertTrue(warning.format("c.yml").startsWith("c.yml:" + warning.line() + ": warning: "), warning::toString);
  }

  @Test
  void continueOnFailureIsAWarning() {
    String yaml = with("instance_groups:", "action_on_failure: CONTINUE\ninstance_groups:");
    ParseResult result = EmrConfigLoader.load(yaml);
    assertTrue(result.config().isPresent());
    assertEquals(List.of("cluster.action_on_failure"), result.warnings().stream().map(ConfigProblem::path).toList());
  }
}
