package io.sparkplow.emr.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.emr.config.EmrConfig;
import java.util.Optional;

/**
 * One run's EMR request: what {@code run-job-flow} and {@code add-steps} print, {@code script}
 * spells out and {@code submit} sends. Every command takes it from {@link #render}, so what a user
 * reviews is what is sent.
 *
 * @param body the request in the EMR API's JSON shape
 */
public record EmrRequest(EmrOperation operation, ObjectNode body) {

  /** {@code RunJobFlow} for a new cluster, or {@code AddJobFlowSteps} for the running {@code clusterId}. */
  public static EmrRequest render(EmrConfig config, RunId runId, Optional<String> clusterId) {
    return clusterId
        .map(id -> new EmrRequest(EmrOperation.ADD_JOB_FLOW_STEPS, AddStepsRequest.render(config, runId, id)))
        .orElseGet(() -> new EmrRequest(EmrOperation.RUN_JOB_FLOW, RunJobFlowRequest.render(config, runId)));
  }
}
