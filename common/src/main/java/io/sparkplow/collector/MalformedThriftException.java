package io.sparkplow.collector;

/**
 * A Thrift record cannot be read (truncated, a length larger than the record, an unknown type).
 * Checked and internal: {@link ThriftFormat} turns it into a bad row, it never leaves the package.
 * No stack trace, as it describes the data, not the code.
 */
final class MalformedThriftException extends Exception {

  private static final long serialVersionUID = 1L;

  MalformedThriftException(String message) {
    super(message, null, false, false);
  }
}
