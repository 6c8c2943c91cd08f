package io.sparkplow.collector;

import io.sparkplow.badrow.Processor;
import java.time.Instant;

/**
 * A format whose name is fixed when it is created and is also the {@code loader} of its
 * {@code collector_payload_format_violation} bad rows.
 */
abstract class NamedFormat implements CollectorFormat {

  /** Builds this format's bad rows. */
  final FormatViolations violations;

  NamedFormat(String name, Processor processor, Instant failureTimestamp) {
    this.violations = new FormatViolations(processor, failureTimestamp, name);
  }

  @Override
  public final String name() {
    return violations.loader();
  }
}
