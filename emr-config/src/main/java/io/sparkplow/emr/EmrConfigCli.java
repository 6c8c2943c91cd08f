package io.sparkplow.emr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.emr.config.ConfigProblem;
import io.sparkplow.emr.config.EmrConfig;
import io.sparkplow.emr.config.InstanceGroups;
import io.sparkplow.emr.config.ParseResult;
import io.sparkplow.emr.render.AddStepsRequest;
import io.sparkplow.emr.render.AwsCliScript;
import io.sparkplow.emr.render.ClusterConfigurations;
import io.sparkplow.emr.render.EmrRequest;
import io.sparkplow.emr.render.JsonText;
import io.sparkplow.emr.render.PipelineSteps;
import io.sparkplow.emr.render.RunId;
import io.sparkplow.emr.shape.EmrRequestCheck;
import io.sparkplow.emr.submit.AwsCallFailedException;
import io.sparkplow.emr.submit.EmrSubmitter;
import io.sparkplow.emr.submit.EndpointUrl;
import io.sparkplow.emr.submit.UnconvertibleRequestException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * The EMR runner's command line: validates a YAML configuration and renders the EMR requests (or
 * an {@code aws emr} script) for one run; {@code submit} sends the request with the AWS SDK, the
 * only command that calls AWS. See {@code emr-config/README.md}.
 */
public final class EmrConfigCli {

  static final int OK = 0;
  static final int INVALID_CONFIG = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;
  static final int AWS_FAILED = 4;

  static final String USAGE_TEXT = """
      Usage: emr-config COMMAND --config FILE [--run-time yyyy-MM-dd-HH-mm-ss] [--cluster-id j-...]
                                              [--endpoint-url URL]

      Renders the EMR requests for one sparkplow run (enrich, shred, and load when configured)
      from a YAML configuration (see config.example.yml), or sends them. Only submit calls AWS.

      Commands:
        validate       check the configuration; print every error with its key path and line
        run-job-flow   print the EMR RunJobFlow request (JSON, the API's shape) that starts a
                       cluster running the run's steps (use it with an AWS SDK)
        add-steps      print the EMR AddJobFlowSteps request (JSON) that adds the run's steps to
                       the running cluster --cluster-id
        script         print a bash script of the equivalent `aws emr create-cluster` command, or
                       with --cluster-id of `aws emr add-steps`
        submit         send the run-job-flow request with the AWS SDK, starting the cluster, and
                       print its JobFlowId and ClusterArn (JSON); with --cluster-id send the
                       add-steps request and print the StepIds. Region: aws.region; credentials:
                       the SDK's default chain (AWS_ACCESS_KEY_ID..., AWS_PROFILE, instance role)

      Options:
        --config FILE          the YAML configuration (required)
        --run-time TIME        the run's time, UTC, as yyyy-MM-dd-HH-mm-ss: it names the run folders
                               (ROOT/run=TIME) and sets --etl-timestamp (default: now)
        --cluster-id ID        the running cluster (add-steps, script, submit)
        --endpoint-url URL     submit: the EMR endpoint to call instead of the region's (a VPC
                               endpoint, a test server)
        --help                 this text

      Exit status: 0 done; 1 invalid configuration (all errors on stderr); 2 usage error;
      3 a rendered request failed the EMR request shape check (a bug);
      4 submit: the AWS call failed (no credentials, endpoint unreachable, or an error from AWS,
      named on stderr; never retried: check for the cluster or steps before sending again).
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private final Supplier<AwsCredentialsProvider> credentials;

  EmrConfigCli(PrintStream out, PrintStream err, Clock clock) {
    this(out, err, clock, () -> DefaultCredentialsProvider.builder().build());
  }

  /** @param credentials for {@code submit} (tests give fixed ones; asked for only by submit) */
  EmrConfigCli(PrintStream out, PrintStream err, Clock clock, Supplier<AwsCredentialsProvider> credentials) {
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.credentials = credentials;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new EmrConfigCli(out, err, Clock.systemUTC()).run(Arrays.asList(args)));
  }

  int run(List<String> args) {
    CliArguments cli = CliArguments.parse(args);
    if (cli.help()) {
      out.print(USAGE_TEXT);
      return OK;
    }
    if (cli.problem().isPresent()) {
      err.println("emr-config: " + cli.problem().get());
      err.print(USAGE_TEXT);
      return USAGE;
    }
    Optional<RunId> runId = cli.option("--run-time").isPresent()
        ? RunId.parse(cli.option("--run-time").get()) : Optional.of(RunId.now(clock));
    if (runId.isEmpty()) {
      err.println("emr-config: --run-time must be a UTC time as " + RunId.PATTERN + ", got '"
          + cli.option("--run-time").get() + "'");
      return USAGE;
    }
    Optional<String> clusterId = cli.option("--cluster-id");
    if (clusterId.isPresent() && !AddStepsRequest.CLUSTER_ID.matcher(clusterId.get()).matches()) {
      err.println("emr-config: --cluster-id must be an EMR cluster id such as j-2AXXXXXXGAPLF, got '"
          + clusterId.get() + "'");
      return USAGE;
    }
    Optional<URI> endpoint = cli.option("--endpoint-url").flatMap(EndpointUrl::parse);
    if (cli.option("--endpoint-url").isPresent() && endpoint.isEmpty()) {
      err.println("emr-config: --endpoint-url must be an http:// or https:// URL with a host, got '"
          + cli.option("--endpoint-url").get() + "'");
      return USAGE;
    }

    String source = cli.option("--config").orElseThrow();
    String text;
    try {
      text = Files.readString(Path.of(source), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      err.println("emr-config: cannot read " + source + ": " + e.getMessage());
      return INVALID_CONFIG;
    }
    ParseResult result = EmrConfigLoader.load(text);
    for (ConfigProblem problem : result.problems()) {
      err.println(problem.format(source));
    }
    if (result.config().isEmpty()) {
      err.println("emr-config: " + source + ": " + result.errors().size()
          + (result.errors().size() == 1 ? " error" : " errors"));
      return INVALID_CONFIG;
    }
    EmrConfig config = result.config().get();
    if (cli.command().equals("validate")) {
      out.println(source + ": valid; " + summary(config));
      return OK;
    }
    // The one request every other command prints, spells out or sends: RunJobFlow, or
    // AddJobFlowSteps with --cluster-id (which add-steps requires and run-job-flow refuses).
    EmrRequest request = EmrRequest.render(config, runId.get(), clusterId);
    int checked = check(EmrRequestCheck.check(request));
    if (checked != OK) {
      return checked;
    }
    String fileName = Path.of(source).getFileName().toString();
    switch (cli.command()) {
      case "run-job-flow", "add-steps" -> out.print(JsonText.pretty(request.body()));
      case "submit" -> {
        return submit(request, config.aws().region(), endpoint);
      }
      default -> out.print(clusterId.isPresent() // script
          ? AwsCliScript.addSteps(config, runId.get(), clusterId.get(), fileName)
          : AwsCliScript.createCluster(config, runId.get(), fileName));
    }
    return OK;
  }

  private int submit(EmrRequest request, String region, Optional<URI> endpoint) {
    try {
      ObjectNode answer = new EmrSubmitter(region, endpoint, credentials.get()).send(request);
      out.print(JsonText.pretty(answer));
      return OK;
    } catch (AwsCallFailedException e) {
      err.println("emr-config: " + e.getMessage());
      return AWS_FAILED;
    } catch (UnconvertibleRequestException e) {
      err.println("emr-config: internal error: " + e.getMessage());
      return INTERNAL;
    }
  }

  private int check(List<String> problems) {
    if (problems.isEmpty()) {
      return OK;
    }
    err.println("emr-config: internal error: the rendered request fails the EMR request shape check:");
    problems.forEach(p -> err.println("  " + p));
    return INTERNAL;
  }

  private static String summary(EmrConfig config) {
    int steps = PipelineSteps.steps(config, new RunId(java.time.LocalDateTime.of(2000, 1, 1, 0, 0))).size();
    String instances = config.cluster().instances() instanceof InstanceGroups ? "instance groups" : "instance fleets";
    String committer = ClusterConfigurations.usesS3a(config)
        ? "s3a:// outputs with the S3A magic committer" : "s3:// outputs with EMR's EMRFS S3-optimized committer";
    return config.cluster().releaseLabel() + ", " + instances + ", " + steps + " steps, " + committer;
  }
}
