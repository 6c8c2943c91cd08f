package io.sparkplow.emr.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.emr.config.ClusterSettings.Tag;
import io.sparkplow.emr.config.EmrConfig;
import io.sparkplow.emr.config.InstanceFleets;
import io.sparkplow.emr.config.InstanceGroups;
import io.sparkplow.emr.config.InstanceGroups.InstanceGroup;
import io.sparkplow.emr.config.Market;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a bash script of {@code aws emr} commands equivalent to the JSON requests: the AWS CLI's
 * {@code create-cluster} and {@code add-steps} are hand-written commands with their own options
 * (they take no {@code --cli-input-json}), so the script spells the request out in those options.
 * JSON option values are pretty-printed inside single quotes.
 */
public final class AwsCliScript {

  private AwsCliScript() {
  }

  /** {@code aws emr create-cluster} for a cluster that runs the run's steps. */
  public static String createCluster(EmrConfig config, RunId runId, String source) {
    RunLayout layout = RunLayout.of(config, runId);
    List<String> options = new ArrayList<>();
    option(options, "--region", config.aws().region());
    option(options, "--name", RunJobFlowRequest.clusterName(config, runId));
    option(options, "--release-label", config.cluster().releaseLabel());
    option(options, "--applications", "Name=Spark");
    option(options, "--log-uri", config.aws().logUri().toString());
    option(options, "--service-role", config.aws().serviceRole());
    options.add("--ec2-attributes " + ShellQuote.quote(JsonText.compact(ec2Attributes(config))));
    if (config.cluster().instances() instanceof InstanceGroups groups) {
      options.add("--instance-groups " + jsonArgument(instanceGroups(groups)));
    } else {
      ArrayNode fleets = RunJobFlowRequest.instances(config).withArray("InstanceFleets");
      options.add("--instance-fleets " + jsonArgument(fleets));
    }
    options.add(config.cluster().keepAlive() ? "--no-auto-terminate" : "--auto-terminate");
    options.add("--no-termination-protected");
    options.add("--visible-to-all-users");
    if (!config.cluster().bootstrapActions().isEmpty()) {
      options.add("--bootstrap-actions " + jsonArgument(bootstrapActions(config)));
    }
    var configurations = ClusterConfigurations.merged(config);
    if (!configurations.isEmpty()) {
      options.add("--configurations " + jsonArgument(RunJobFlowRequest.configurations(configurations)));
    }
    if (!config.cluster().tags().isEmpty()) {
      StringBuilder tags = new StringBuilder("--tags");
      for (Tag tag : config.cluster().tags()) {
        tags.append(' ').append(ShellQuote.quote(tag.key() + "=" + tag.value()));
      }
      options.add(tags.toString());
    }
    options.add("--steps " + jsonArgument(cliSteps(PipelineSteps.steps(config, runId))));

    StringBuilder script = header(config, layout, "a new EMR cluster", source);
    script.append(config.cluster().keepAlive()
        ? "# The cluster stays up after its steps (keep_alive: true): terminate it when done.\n"
        : "# The cluster runs the steps, then terminates (a transient cluster).\n");
    script.append("# Prints the new cluster's id; watch it with: aws emr list-steps --cluster-id ID\n");
    script.append("set -euo pipefail\n\n");
    command(script, "aws emr create-cluster", options);
    return script.toString();
  }

  /** {@code aws emr add-steps} that puts the run's steps on a running cluster. */
  public static String addSteps(EmrConfig config, RunId runId, String clusterId, String source) {
    RunLayout layout = RunLayout.of(config, runId);
    List<String> options = new ArrayList<>();
    option(options, "--region", config.aws().region());
    option(options, "--cluster-id", clusterId);
    options.add("--steps " + jsonArgument(cliSteps(PipelineSteps.steps(config, runId))));
    StringBuilder script = header(config, layout, "the running EMR cluster " + clusterId, source);
    script.append("# Prints the new step ids; watch them with: aws emr list-steps --cluster-id ")
        .append(clusterId).append('\n');
    script.append("set -euo pipefail\n\n");
    command(script, "aws emr add-steps", options);
    return script.toString();
  }

  /** The CLI's own step shape: {@code Type}, {@code Jar} and {@code Args} at the top level. */
  public static ArrayNode cliSteps(List<EmrStep> steps) {
    ArrayNode list = JsonText.array();
    for (EmrStep step : steps) {
      ObjectNode node = list.addObject();
      node.put("Type", "CUSTOM_JAR");
      node.put("Name", step.name());
      node.put("ActionOnFailure", step.actionOnFailure().name());
      node.put("Jar", step.jar());
      ArrayNode args = node.putArray("Args");
      step.args().forEach(args::add);
    }
    return list;
  }

  private static StringBuilder header(EmrConfig config, RunLayout layout, String where, String source) {
    StringBuilder script = new StringBuilder("#!/usr/bin/env bash\n");
    script.append("# sparkplow ").append(layout.runId().folderName()).append(" on ").append(where)
        .append(".\n");
    script.append("# Rendered by emr-config from ").append(source).append("; do not edit, render again.\n");
    script.append("#   raw input: ").append(layout.rawInput()).append('\n');
    script.append("#   enriched:  ").append(layout.enrichedRun()).append('\n');
    script.append("#   shredded:  ").append(layout.shreddedRun()).append('\n');
    config.jobs().load().ifPresent(load ->
        script.append("#   loaded to: the target in ").append(load.target()).append('\n'));
    return script;
  }

  private static void command(StringBuilder script, String command, List<String> options) {
    script.append(command);
    for (String option : options) {
      script.append(" \\\n  ").append(option);
    }
    script.append('\n');
  }

  private static void option(List<String> options, String name, String value) {
    options.add(name + " " + ShellQuote.quote(value));
  }

  /** Pretty JSON, its continuation lines indented under the option, single-quoted. */
  private static String jsonArgument(JsonNode node) {
    String json = JsonText.pretty(node).stripTrailing().replace("\n", "\n  ");
    return ShellQuote.quote(json);
  }

  private static ObjectNode ec2Attributes(EmrConfig config) {
    ObjectNode attributes = JsonText.object();
    attributes.put("InstanceProfile", config.aws().instanceProfile());
    config.aws().ec2KeyName().ifPresent(key -> attributes.put("KeyName", key));
    List<String> subnets = config.aws().ec2SubnetIds();
    if (config.cluster().instances() instanceof InstanceFleets && !subnets.isEmpty()) {
      ArrayNode ids = attributes.putArray("SubnetIds");
      subnets.forEach(ids::add);
    } else if (!subnets.isEmpty()) {
      attributes.put("SubnetId", subnets.get(0));
    }
    return attributes;
  }

  /** The CLI's group shape: {@code InstanceGroupType}; the market follows from {@code BidPrice}. */
  private static ArrayNode instanceGroups(InstanceGroups groups) {
    ArrayNode list = JsonText.array();
    for (InstanceGroup group : groups.all()) {
      ObjectNode node = list.addObject();
      node.put("Name", group.role().displayName());
      node.put("InstanceGroupType", group.role().name());
      node.put("InstanceType", group.instanceType());
      node.put("InstanceCount", group.instanceCount());
      if (group.market() == Market.SPOT) {
        // The CLI's way to say "spot, up to the on-demand price".
        node.put("BidPrice", group.bidPrice().orElse("OnDemandPrice"));
      }
      group.ebs().ifPresent(ebs -> node.set("EbsConfiguration", RunJobFlowRequest.ebs(ebs)));
    }
    return list;
  }

  private static ArrayNode bootstrapActions(EmrConfig config) {
    ArrayNode list = JsonText.array();
    config.cluster().bootstrapActions().forEach(action -> {
      ObjectNode node = list.addObject();
      node.put("Name", action.name());
      node.put("Path", action.path().toString());
      if (!action.args().isEmpty()) {
        ArrayNode args = node.putArray("Args");
        action.args().forEach(args::add);
      }
    });
    return list;
  }
}
