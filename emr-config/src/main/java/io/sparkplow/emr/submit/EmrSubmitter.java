package io.sparkplow.emr.submit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.emr.render.EmrRequest;
import io.sparkplow.emr.render.JsonText;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.emr.EmrClient;
import software.amazon.awssdk.services.emr.EmrClientBuilder;
import software.amazon.awssdk.services.emr.model.AddJobFlowStepsResponse;
import software.amazon.awssdk.services.emr.model.RunJobFlowResponse;

/**
 * Sends a rendered request with the AWS SDK's EMR client and returns EMR's answer in the API's
 * JSON shape ({@code JobFlowId} and {@code ClusterArn}, or {@code StepIds}). A class, not a record:
 * a record's {@code toString} would print the credentials provider.
 */
public final class EmrSubmitter {

  private final String region;
  private final Optional<URI> endpoint;
  private final AwsCredentialsProvider credentials;

  /**
   * @param region the configuration's {@code aws.region}
   * @param endpoint replaces the region's EMR endpoint (a VPC endpoint, a test server)
   * @param credentials signs the request (the SDK's default chain, in the CLI)
   */
  public EmrSubmitter(String region, Optional<URI> endpoint, AwsCredentialsProvider credentials) {
    this.region = region;
    this.endpoint = endpoint;
    this.credentials = credentials;
  }

  /** Sends the request as rendered (converted by {@link SdkRequests}, which drops nothing). */
  public ObjectNode send(EmrRequest request) throws AwsCallFailedException {
    // One call per process: the client lives for that call, and building it is inside the catch
    // (it may read the AWS config files, which can fail too).
    try (EmrClient client = client()) {
      return switch (request.operation()) {
        case RUN_JOB_FLOW -> started(client.runJobFlow(SdkRequests.runJobFlow(request.body())));
        case ADD_JOB_FLOW_STEPS -> added(client.addJobFlowSteps(SdkRequests.addJobFlowSteps(request.body())));
      };
    } catch (SdkException e) {
      throw AwsCallFailedException.of(request.operation(), region, e);
    }
  }

  private EmrClient client() {
    EmrClientBuilder builder = EmrClient.builder()
        .region(Region.of(region))
        .credentialsProvider(credentials)
        // The JDK's HttpURLConnection: the SDK's Apache and Netty clients are left out of the jar.
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(10))
            .socketTimeout(Duration.ofSeconds(60)))
        // RunJobFlow and AddJobFlowSteps are not idempotent (no client token): retrying after a
        // lost answer could start a second cluster or add the steps twice.
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
    endpoint.ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private static ObjectNode started(RunJobFlowResponse response) {
    ObjectNode answer = JsonText.object();
    answer.put("JobFlowId", response.jobFlowId());
    Optional.ofNullable(response.clusterArn()).ifPresent(arn -> answer.put("ClusterArn", arn));
    return answer;
  }

  private static ObjectNode added(AddJobFlowStepsResponse response) {
    ObjectNode answer = JsonText.object();
    response.stepIds().forEach(answer.putArray("StepIds")::add);
    return answer;
  }
}
