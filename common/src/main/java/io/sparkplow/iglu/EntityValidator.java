package io.sparkplow.iglu;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.badrow.FailureMessage;
import java.util.List;

/** Checks self-describing JSON against the schema it names. Thread-safe. */
public interface EntityValidator {

  /**
   * Validates {@code {"schema": "iglu:...", "data": ...}} against its schema. Returns every
   * failure (not self-describing, schema not resolved, each violation), empty when valid.
   */
  List<FailureMessage> validate(JsonNode selfDescribing);
}
