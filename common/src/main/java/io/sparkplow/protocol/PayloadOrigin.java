package io.sparkplow.protocol;

import java.util.Objects;

/**
 * Where a collector payload came from: the original input record (the raw line, or base64 of a
 * binary record) and the name of its collector format ({@code cloudfront}, {@code clj-tomcat}...).
 * Every bad row about the payload or its events keeps both, so the record can be reprocessed.
 */
public record PayloadOrigin(String line, String format) {

  public PayloadOrigin {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(format, "format");
  }
}
