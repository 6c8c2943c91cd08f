package io.sparkplow.protocol;

import io.sparkplow.Result;
import io.sparkplow.badrow.BadRow;
import io.sparkplow.collector.CollectorPayload;
import java.util.List;

/**
 * Turns the collector payloads of one API (the tracker protocol, a webhook vendor) into raw
 * events. Built once per executor, thread-safe.
 */
public interface Adapter {

  /**
   * Reads the events of one payload, in the order the payload carries them. One payload can give
   * good events and bad rows side by side (a batch with one malformed element); every outcome keeps
   * {@code origin}. Never empty: a payload without any event is itself a bad row.
   */
  List<Result<AdaptedEvent, BadRow>> adapt(CollectorPayload payload, PayloadOrigin origin);
}
