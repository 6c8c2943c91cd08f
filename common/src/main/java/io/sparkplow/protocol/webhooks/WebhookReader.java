package io.sparkplow.protocol.webhooks;

import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload;
import io.sparkplow.collector.CollectorPayload.Api;
import java.util.List;
import java.util.Map;

/**
 * Reads one vendor's webhook requests into tracker protocol parameter maps (see {@link
 * WebhookEvent}). Stateless and thread-safe; {@link WebhookAdapter} turns its outcome into events
 * or a bad row.
 */
public interface WebhookReader {

  /** The API this vendor's requests are sent to, e.g. {@code com.callrail/v1}. */
  Api api();

  /**
   * The parameters of every event of the request, in the order the request carries them (never an
   * empty list), or every reason the request cannot be read (never an empty list). A request is read
   * whole: one unreadable event makes the whole request a failure, as in Snowplow.
   */
  Result<List<Map<String, String>>, List<FailureMessage>> read(CollectorPayload payload);
}
