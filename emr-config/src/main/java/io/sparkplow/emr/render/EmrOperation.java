package io.sparkplow.emr.render;

/** The two EMR API operations a run is sent with. */
public enum EmrOperation {
  /** Starts a cluster with the run's steps. */
  RUN_JOB_FLOW("RunJobFlow"),
  /** Adds the run's steps to a running cluster. */
  ADD_JOB_FLOW_STEPS("AddJobFlowSteps");

  private final String apiName;

  EmrOperation(String apiName) {
    this.apiName = apiName;
  }

  /** The operation's name in the EMR API, e.g. {@code RunJobFlow}. */
  public String apiName() {
    return apiName;
  }
}
