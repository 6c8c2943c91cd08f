package io.sparkplow.collector;

import io.sparkplow.badrow.BadRow;

/** What a collector format makes of one raw line: a payload, a bad row, or a documented discard. */
public sealed interface LoadResult {

  /** The line is one collector payload. */
  record Loaded(CollectorPayload payload) implements LoadResult {}

  /** The line cannot be read; the bad row keeps it. */
  record Bad(BadRow badRow) implements LoadResult {}

  /** The line carries no request by design (a log header, a blank line); counted, not written. */
  record Discarded(String reason) implements LoadResult {}
}
