package io.sparkplow.emr.config;

import static io.sparkplow.emr.config.Presence.OPTIONAL;
import static io.sparkplow.emr.config.Presence.REQUIRED;

import io.sparkplow.emr.config.JobsSettings.Deduplication;
import io.sparkplow.emr.config.JobsSettings.EnrichJob;
import io.sparkplow.emr.config.JobsSettings.LoadJob;
import io.sparkplow.emr.config.JobsSettings.ShredJob;
import io.sparkplow.emr.config.PipelineSettings.OutputCompression;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates the YAML configuration of an EMR run (format: {@code config.example.yml}).
 * Reading goes on past errors so that all of them are reported at once, each with its key path and
 * line. Works on SnakeYAML's node tree, which keeps the line of every key.
 */
public final class EmrConfigParser {

  static final Set<String> ROOT_KEYS = Set.of("name", "aws", "cluster", "pipeline", "jobs");
  static final Set<String> AWS_KEYS = Set.of("region", "log_uri", "service_role", "instance_profile",
      "ec2_key_name", "ec2_subnet_id", "ec2_subnet_ids");
  static final Set<String> PIPELINE_KEYS =
      Set.of("raw_input", "enriched_root", "shredded_root", "iglu_resolver", "output_compression");
  static final Set<String> JOBS_KEYS = Set.of("enrich", "shred", "load");
  static final Set<String> ENRICH_KEYS = Set.of("jar", "collector_format", "enrichments", "spark_submit_options");
  static final Set<String> SHRED_KEYS = Set.of("jar", "deduplication", "spark_submit_options");
  static final Set<String> LOAD_KEYS = Set.of("jar", "target", "spark_submit_options");

  public static final String DEFAULT_NAME = "sparkplow";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.:/=+@-]{0,199}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d{1,2}");
  private static final Pattern ROLE = Pattern.compile(
      "[\\w+=,.@-]{1,64}|arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
  private static final Pattern INSTANCE_PROFILE = Pattern.compile(
      "[\\w+=,.@-]{1,128}|arn:aws[a-z-]*:iam::\\d{12}:instance-profile/[\\w+=,.@/-]{1,512}");
  private static final Pattern KEY_NAME = Pattern.compile("[\\x20-\\x7E]{1,255}");
  private static final Pattern SUBNET = Pattern.compile("subnet-[0-9a-f]{8}([0-9a-f]{9})?");
  private static final Pattern COLLECTOR_FORMAT = Pattern.compile(
      "cloudfront|clj-tomcat|thrift|(ndjson|tsv)/[A-Za-z0-9._-]+/[A-Za-z0-9._-]+");
  private static final List<String> DEDUPLICATION =
      Arrays.stream(Deduplication.values()).map(Deduplication::argument).toList();
  /** spark-submit options that the rendered step sets itself. */
  private static final List<String> RESERVED_SUBMIT_OPTIONS = List.of("--class", "--deploy-mode", "--master");

  private EmrConfigParser() {
  }

  /** Parses the text of a configuration file; never throws on bad input. */
  public static ParseResult parse(String yamlText) {
    ConfigProblems problems = new ConfigProblems();
    Optional<Node> root = compose(yamlText, problems);
    Optional<EmrConfig> config = root.flatMap(node ->
        YamlValue.at(node, "", problems).section(ROOT_KEYS)).flatMap(EmrConfigParser::root);
    List<ConfigProblem> all = problems.all();
    boolean hasErrors = problems.hasErrors();
    return new ParseResult(hasErrors ? Optional.empty() : config, all);
  }

  private static Optional<Node> compose(String yamlText, ConfigProblems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setCodePointLimit(1024 * 1024);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    try {
      Node node = yaml.compose(new StringReader(yamlText));
      if (node == null) {
        problems.error("(root)", 1, "the configuration is empty");
        return Optional.empty();
      }
      return Optional.of(node);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      problems.error("(yaml)", line, "not valid YAML: " + e.getProblem()
          + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
      return Optional.empty();
    } catch (YAMLException e) {
      problems.error("(yaml)", 1, "not valid YAML: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<EmrConfig> root(YamlSection root) {
    Optional<String> name = root.has("name")
        ? Values.matching(root, "name", OPTIONAL, NAME, "a name of up to 200 letters, digits, spaces and _.:/=+@-")
        : Optional.of(DEFAULT_NAME);
    Optional<YamlSection> aws = root.section("aws", REQUIRED, AWS_KEYS);
    Optional<AwsSettings> awsSettings = aws.flatMap(EmrConfigParser::aws);
    Optional<ClusterSettings> cluster = root.section("cluster", REQUIRED, ClusterReader.KEYS)
        .flatMap(ClusterReader::read);
    Optional<YamlSection> pipelineSection = root.section("pipeline", REQUIRED, PIPELINE_KEYS);
    Optional<PipelineSettings> pipeline = pipelineSection.flatMap(EmrConfigParser::pipeline);
    Optional<JobsSettings> jobs = root.section("jobs", REQUIRED, JOBS_KEYS).flatMap(EmrConfigParser::jobs);
    if (!Values.allPresent(name, awsSettings, cluster, pipeline, jobs)) {
      return Optional.empty();
    }
    boolean ok = checkSubnets(aws.get(), awsSettings.get(), cluster.get());
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new EmrConfig(name.get(), awsSettings.get(), cluster.get(), pipeline.get(), jobs.get()));
  }

  private static Optional<AwsSettings> aws(YamlSection s) {
    Optional<String> region = Values.matching(s, "region", REQUIRED, REGION, "an AWS region such as eu-west-1");
    // EMR's own log pusher writes the logs: it understands s3:// only.
    Optional<S3Uri> logUri = Values.s3(s, "log_uri", REQUIRED, S3Uri.Kind.FOLDER, Values.S3_ONLY);
    Optional<String> serviceRole = Values.matching(s, "service_role", REQUIRED, ROLE,
        "an IAM role name or ARN such as EMR_DefaultRole");
    Optional<String> profile = Values.matching(s, "instance_profile", REQUIRED, INSTANCE_PROFILE,
        "an IAM instance profile name or ARN such as EMR_EC2_DefaultRole");
    Optional<String> keyName = Values.matching(s, "ec2_key_name", OPTIONAL, KEY_NAME, "an EC2 key pair name");
    boolean keyValid = keyName.isPresent() || !s.has("ec2_key_name");
    Optional<String> subnet = Values.matching(s, "ec2_subnet_id", OPTIONAL, SUBNET, "a subnet id such as subnet-0123abcd");
    boolean subnetValid = subnet.isPresent() || !s.has("ec2_subnet_id");
    List<String> subnets = new ArrayList<>();
    subnet.ifPresent(subnets::add);
    boolean subnetsValid = true;
    if (s.has("ec2_subnet_ids")) {
      if (s.has("ec2_subnet_id")) {
        s.value("ec2_subnet_ids", OPTIONAL).ifPresent(v -> v.error("use either ec2_subnet_id or ec2_subnet_ids"));
        subnetsValid = false;
      }
      Optional<List<YamlValue>> items = s.list("ec2_subnet_ids", OPTIONAL);
      subnetsValid &= items.isPresent();
      Set<String> seen = new HashSet<>();
      for (YamlValue item : items.orElse(List.of())) {
        Optional<String> id = Values.matching(item, SUBNET, "a subnet id such as subnet-0123abcd");
        if (id.isEmpty()) {
          subnetsValid = false;
        } else if (!seen.add(id.get())) {
          item.error("duplicate subnet " + id.get());
          subnetsValid = false;
        } else {
          subnets.add(id.get());
        }
      }
      if (items.isPresent() && items.get().isEmpty()) {
        s.value("ec2_subnet_ids", OPTIONAL).ifPresent(v -> v.error("must list at least one subnet"));
        subnetsValid = false;
      }
    }
    if (!Values.allPresent(region, logUri, serviceRole, profile) || !keyValid || !subnetValid || !subnetsValid) {
      return Optional.empty();
    }
    return Optional.of(new AwsSettings(region.get(), logUri.get(), serviceRole.get(), profile.get(),
        keyName, List.copyOf(subnets)));
  }

  /** Instance groups launch in one subnet; only fleets choose among several. */
  private static boolean checkSubnets(YamlSection awsSection, AwsSettings aws, ClusterSettings cluster) {
    if (cluster.instances() instanceof InstanceGroups && aws.ec2SubnetIds().size() > 1) {
      awsSection.value("ec2_subnet_ids", OPTIONAL).ifPresent(v -> v.error("instance groups launch in"
          + " a single subnet: use ec2_subnet_id (several subnets need instance_fleets)"));
      return false;
    }
    return true;
  }

  private static Optional<PipelineSettings> pipeline(YamlSection s) {
    Optional<S3Uri> raw = Values.s3(s, "raw_input", REQUIRED, S3Uri.Kind.FOLDER, Values.S3_SCHEMES);
    Optional<S3Uri> enriched = Values.s3(s, "enriched_root", REQUIRED, S3Uri.Kind.FOLDER, Values.S3_SCHEMES);
    Optional<S3Uri> shredded = Values.s3(s, "shredded_root", REQUIRED, S3Uri.Kind.FOLDER, Values.S3_SCHEMES);
    Optional<S3Uri> iglu = Values.s3(s, "iglu_resolver", REQUIRED, S3Uri.Kind.OBJECT, Values.S3_SCHEMES);
    Optional<OutputCompression> compression = s.has("output_compression")
        ? Values.oneOf(s, "output_compression", OPTIONAL, List.of("GZIP", "NONE")).map(OutputCompression::valueOf)
        : Optional.of(OutputCompression.GZIP);
    boolean ok = true;
    if (Values.allPresent(enriched, shredded)) {
      ok &= noOverlap(s, "enriched_root", enriched.get(), "shredded_root", shredded.get());
      if (!enriched.get().scheme().equals(shredded.get().scheme())) {
        s.value("shredded_root", REQUIRED).ifPresent(v -> v.error("must use the same scheme as"
            + " enriched_root (" + enriched.get().scheme() + "://): the output committer settings"
            + " apply to the whole cluster"));
        ok = false;
      }
    }
    if (Values.allPresent(raw, enriched)) {
      ok &= noOverlap(s, "raw_input", raw.get(), "enriched_root", enriched.get());
    }
    if (Values.allPresent(raw, shredded)) {
      ok &= noOverlap(s, "raw_input", raw.get(), "shredded_root", shredded.get());
    }
    if (!Values.allPresent(raw, enriched, shredded, iglu, compression) || !ok) {
      return Optional.empty();
    }
    return Optional.of(new PipelineSettings(raw.get(), enriched.get(), shredded.get(), iglu.get(),
        compression.get()));
  }

  private static boolean noOverlap(YamlSection s, String firstKey, S3Uri first, String secondKey, S3Uri second) {
    if (!first.overlaps(second)) {
      return true;
    }
    s.value(secondKey, REQUIRED).ifPresent(v -> v.error("overlaps " + s.childPath(firstKey) + " ("
        + first + "): a run would read or overwrite another's data"));
    return false;
  }

  private static Optional<JobsSettings> jobs(YamlSection s) {
    Optional<EnrichJob> enrich = s.section("enrich", REQUIRED, ENRICH_KEYS).flatMap(EmrConfigParser::enrich);
    Optional<ShredJob> shred = s.section("shred", REQUIRED, SHRED_KEYS).flatMap(EmrConfigParser::shred);
    boolean hasLoad = s.has("load");
    Optional<LoadJob> load = s.section("load", OPTIONAL, LOAD_KEYS).flatMap(EmrConfigParser::load);
    if (!Values.allPresent(enrich, shred) || (hasLoad && load.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new JobsSettings(enrich.get(), shred.get(), load));
  }

  private static Optional<EnrichJob> enrich(YamlSection s) {
    Optional<S3Uri> jar = jar(s);
    Optional<String> format = Values.matching(s, "collector_format", REQUIRED, COLLECTOR_FORMAT,
        "cloudfront, clj-tomcat, thrift, ndjson/VENDOR/VERSION or tsv/VENDOR/VERSION");
    Optional<S3Uri> enrichments = Values.s3(s, "enrichments", REQUIRED, S3Uri.Kind.FOLDER, Values.S3_SCHEMES);
    Optional<List<String>> options = submitOptions(s);
    if (!Values.allPresent(jar, format, enrichments, options)) {
      return Optional.empty();
    }
    return Optional.of(new EnrichJob(jar.get(), format.get(), enrichments.get(), options.get(), s.origin()));
  }

  private static Optional<ShredJob> shred(YamlSection s) {
    Optional<S3Uri> jar = jar(s);
    Optional<Deduplication> dedup = s.has("deduplication")
        ? Values.oneOf(s, "deduplication", OPTIONAL, DEDUPLICATION)
            .map(a -> Arrays.stream(Deduplication.values()).filter(d -> d.argument().equals(a)).findFirst().orElseThrow())
        : Optional.of(Deduplication.NATURAL_AND_SYNTHETIC);
    Optional<List<String>> options = submitOptions(s);
    if (!Values.allPresent(jar, dedup, options)) {
      return Optional.empty();
    }
    return Optional.of(new ShredJob(jar.get(), dedup.get(), options.get(), s.origin()));
  }

  private static Optional<LoadJob> load(YamlSection s) {
    Optional<S3Uri> jar = jar(s);
    Optional<S3Uri> target = Values.s3(s, "target", REQUIRED, S3Uri.Kind.OBJECT, Values.S3_SCHEMES);
    Optional<List<String>> options = submitOptions(s);
    if (!Values.allPresent(jar, target, options)) {
      return Optional.empty();
    }
    return Optional.of(new LoadJob(jar.get(), target.get(), options.get(), s.origin()));
  }

  private static Optional<S3Uri> jar(YamlSection s) {
    Optional<S3Uri> jar = Values.s3(s, "jar", REQUIRED, S3Uri.Kind.OBJECT, Values.S3_SCHEMES);
    if (jar.isPresent() && !jar.get().key().endsWith(".jar")) {
      s.value("jar", REQUIRED).ifPresent(v -> v.error("must name a .jar file, got '" + jar.get() + "'"));
      return Optional.empty();
    }
    return jar;
  }

  private static Optional<List<String>> submitOptions(YamlSection s) {
    if (!s.has("spark_submit_options")) {
      return Optional.of(List.of());
    }
    Optional<List<YamlValue>> items = s.list("spark_submit_options", OPTIONAL);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<String> options = new ArrayList<>();
    boolean ok = true;
    for (YamlValue item : items.get()) {
      Optional<String> option = item.string();
      if (option.isEmpty()) {
        ok = false;
        continue;
      }
      String name = option.get().split("=", 2)[0];
      if (RESERVED_SUBMIT_OPTIONS.contains(name)) {
        item.error(name + " is set by the rendered step itself");
        ok = false;
      }
      options.add(option.get());
    }
    return ok ? Optional.of(List.copyOf(options)) : Optional.empty();
  }
}
