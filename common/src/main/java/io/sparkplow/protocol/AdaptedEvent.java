package io.sparkplow.protocol;

import io.sparkplow.badrow.RawPayload;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One event an adapter read from a collector payload, with what a bad row about it must keep: the
 * payload's origin and, for a payload that carries a list of events (a {@code tp2} body, a webhook
 * batch), the position of this event in it.
 *
 * @param event the event's parameters and request context
 * @param origin the original record and its format
 * @param index the position of the event in a multi-event payload; empty for a single-event one
 */
public record AdaptedEvent(RawEvent event, PayloadOrigin origin, OptionalInt index) {

  public AdaptedEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(index, "index");
  }

  /** The event of a single-event payload (a GET request). */
  public static AdaptedEvent single(RawEvent event, PayloadOrigin origin) {
    return new AdaptedEvent(event, origin, OptionalInt.empty());
  }

  /** The position of the event in its payload, 0 for a single-event payload. */
  public int position() {
    return index.orElse(0);
  }

  /** The payload of a bad row about this event: line, format, index and parameters. */
  public RawPayload rawPayload() {
    return new RawPayload(origin.line(), origin.format(), index, event.parameters());
  }
}
