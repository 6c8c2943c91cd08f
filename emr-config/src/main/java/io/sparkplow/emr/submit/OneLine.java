package io.sparkplow.emr.submit;

/** Messages from Jackson and the SDK may span lines; the CLI reports each failure on one. */
final class OneLine {

  private OneLine() {
  }

  static String of(String message) {
    return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
