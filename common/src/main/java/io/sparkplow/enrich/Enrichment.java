package io.sparkplow.enrich;

import io.sparkplow.event.EventDraft;
import io.sparkplow.protocol.RawEvent;
import java.util.Optional;

/**
 * One enrichment, ready to run: built once per executor JVM from its configuration, then applied
 * to every event, possibly from several threads at once (implementations are thread-safe).
 */
public interface Enrichment {

  /**
   * Enriches one event in place. A failure for this event (a timeout, a script error) is returned,
   * never thrown; the event then becomes an {@code enrichment_failures} bad row. A lookup that
   * finds nothing is not a failure: the fields stay absent.
   */
  Optional<String> enrich(RawEvent raw, EventDraft event);
}
