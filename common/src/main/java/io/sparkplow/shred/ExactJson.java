package io.sparkplow.shred;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.sparkplow.Result;
import io.sparkplow.json.Json;

/**
 * Parses entity JSON keeping decimal numbers as written ({@code 129.90} stays {@code 129.90},
 * {@code 1000.0} does not become {@code 1E+3}), so that shredded values are the tracked ones.
 * The shared mapper's settings otherwise. Thread-safe.
 */
final class ExactJson {

  private static final ObjectReader READER = Json.MAPPER.reader()
      .with(JsonNodeFactory.withExactBigDecimals(true))
      .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private ExactJson() {}

  static Result<JsonNode, String> parse(String text) {
    try {
      JsonNode node = READER.readTree(text);
      if (node == null || node.isMissingNode()) {
        return Result.err("empty input, expected a JSON value");
      }
      return Result.ok(node);
    } catch (JsonProcessingException e) {
      return Result.err(e.getOriginalMessage());
    }
  }
}
