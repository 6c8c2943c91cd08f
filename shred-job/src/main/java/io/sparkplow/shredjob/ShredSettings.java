package io.sparkplow.shredjob;

import io.sparkplow.shred.DedupMode;
import java.io.Serializable;

/**
 * What the executors need to shred: the resolver configuration (its JSON text, the key of the
 * per-JVM {@link ShredTools} cache) and the deduplication. Shipped with the tasks.
 *
 * @param igluSource where the resolver configuration came from, for messages
 * @param resolverJson the resolver configuration document (it may hold API keys: never printed)
 */
record ShredSettings(String igluSource, String resolverJson, DedupMode deduplication) implements Serializable {

  @Override
  public String toString() {
    return "ShredSettings[iglu " + igluSource + ", deduplication " + deduplication + "]";
  }
}
