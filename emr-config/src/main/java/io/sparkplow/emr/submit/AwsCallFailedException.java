package io.sparkplow.emr.submit;

import io.sparkplow.emr.render.EmrOperation;
import java.net.SocketTimeoutException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * An EMR call that did not succeed: AWS answered with an error, or there was no answer (no
 * credentials, endpoint unreachable, timeout). The message is one line for the user, naming the
 * operation, the region and AWS's error code and message; it is built from the SDK's exception
 * messages, which never hold the credentials.
 */
public final class AwsCallFailedException extends Exception {

  private AwsCallFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  static AwsCallFailedException of(EmrOperation operation, String region, SdkException e) {
    String call = operation.apiName() + " in " + region + " failed: ";
    if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      AwsErrorDetails details = service.awsErrorDetails();
      String requestId = service.requestId() == null ? "" : ", request id " + service.requestId();
      return new AwsCallFailedException(call + "AWS error " + details.errorCode() + ": "
          + OneLine.of(details.errorMessage()) + " (HTTP " + service.statusCode() + requestId + ")", e);
    }
    String hint = mayHaveArrived(e)
        ? " (the request may have reached EMR: check before sending it again; it is never retried"
            + " automatically, so that one run cannot start two clusters)"
        : "";
    return new AwsCallFailedException(call + OneLine.of(e.getMessage()) + hint, e);
  }

  /** A timeout after the request was sent leaves unknown whether EMR acted on it. */
  private static boolean mayHaveArrived(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException
          || t instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
