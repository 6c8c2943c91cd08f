package io.sparkplow.emr.submit;

/**
 * A rendered request that the SDK's model cannot hold as it is: a member it does not know or a
 * value of another type. The renderers and the SDK disagree, which is a bug, never a user error.
 */
public final class UnconvertibleRequestException extends IllegalStateException {

  UnconvertibleRequestException(String operation, Exception cause) {
    super("the rendered " + operation + " request does not convert to the AWS SDK's model: "
        + OneLine.of(cause.getMessage()), cause);
  }
}
