package io.sparkplow.enrich.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.sparkplow.enrich.jsonpath.JsonField;
import io.sparkplow.enrich.jsonpath.JsonPath;
import io.sparkplow.enrich.jsonpath.SchemaCriterion;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One input of a lookup enrichment (API request, SQL query): a value taken from the event,
 * either a scalar field ({@code pojo}) or a JSON path into the first entity of a JSON field whose
 * schema matches a criterion ({@code json}).
 */
public sealed interface Input extends Serializable {

  /**
   * The value for this event; empty when the field is absent, no entity matches, or the path
   * finds nothing or only {@code null}. Several matches make an array.
   */
  Optional<JsonNode> extract(EventDraft event);

  /** A scalar field of the event, e.g. {@code page_urlhost}. */
  record Pojo(Field field) implements Input {
    @Override
    public Optional<JsonNode> extract(EventDraft event) {
      String value = event.get(field);
      return value.isEmpty() ? Optional.empty() : Optional.of(TextNode.valueOf(value));
    }
  }

  /** A path into the {@code data} of the first entity of {@code field} matching {@code criterion}. */
  record Json(JsonField field, SchemaCriterion criterion, JsonPath path) implements Input {
    @Override
    public Optional<JsonNode> extract(EventDraft event) {
      Optional<JsonNode> data = field.firstMatching(event, criterion);
      if (data.isEmpty()) {
        return Optional.empty();
      }
      List<JsonNode> found = path.read(data.get());
      if (found.isEmpty()) {
        return Optional.empty();
      }
      if (found.size() == 1) {
        JsonNode one = found.get(0);
        return one.isNull() ? Optional.empty() : Optional.of(one);
      }
      ArrayNode many = io.sparkplow.json.Json.array();
      found.forEach(many::add);
      return Optional.of(many);
    }
  }

  /** A value as text: strings as they are, other JSON compactly ({@code 42}, {@code true}, {@code [1,2]}). */
  static String asText(JsonNode value) {
    return value.isTextual() ? value.textValue() : io.sparkplow.json.Json.compact(value);
  }
}
