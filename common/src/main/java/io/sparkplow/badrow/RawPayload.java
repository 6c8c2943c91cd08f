package io.sparkplow.badrow;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The payload of an enrich bad row about one event: the original input line (base64 for binary
 * records) so the record can be reprocessed after a fix, its format, the position of the event in
 * a multi-event payload, and the event's raw parameters when they were read.
 */
public record RawPayload(String line, String format, OptionalInt eventIndex, Map<String, String> parameters) {

  public RawPayload {
    parameters = Map.copyOf(parameters);
  }

  /** A payload that failed before it was split into events. */
  public static RawPayload ofLine(String line, String format) {
    return new RawPayload(line, format, OptionalInt.empty(), Map.of());
  }
}
