package io.sparkplow.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import java.io.UncheckedIOException;

/** The one JSON codec of the project: strict parsing, compact writing. Thread-safe. */
public final class Json {

  /** Shared mapper; configured once, never changed afterwards (so thread-safe). */
  public static final ObjectMapper MAPPER = new ObjectMapper(
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(500).build())
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      // Numbers keep their written form (129.90 stays 129.90, not 129.9 or 1.299E+2).
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private Json() {}

  /** Parses one complete JSON value; the error message says why it is not JSON. */
  public static Result<JsonNode, String> parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        return Result.err("empty input, expected a JSON value");
      }
      return Result.ok(node);
    } catch (JsonProcessingException e) {
      return Result.err(e.getOriginalMessage());
    }
  }

  /** Compact JSON, no insignificant whitespace. */
  public static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree we built is always writable
    }
  }

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }
}
