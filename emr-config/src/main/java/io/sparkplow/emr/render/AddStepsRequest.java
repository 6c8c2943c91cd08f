package io.sparkplow.emr.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.emr.config.EmrConfig;
import java.util.regex.Pattern;

/** Renders the EMR {@code AddJobFlowSteps} request that puts a run's steps on a running cluster. */
public final class AddStepsRequest {

  /** An EMR cluster id such as {@code j-2AXXXXXXGAPLF}. */
  public static final Pattern CLUSTER_ID = Pattern.compile("j-[0-9A-Z]{1,255}");

  private AddStepsRequest() {
  }

  public static ObjectNode render(EmrConfig config, RunId runId, String clusterId) {
    ObjectNode request = JsonText.object();
    request.put("JobFlowId", clusterId);
    request.set("Steps", RunJobFlowRequest.steps(PipelineSteps.steps(config, runId)));
    return request;
  }
}
