package io.sparkplow.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.iglu.SchemaKey;

/**
 * One enrichment's configuration as read from its self-describing JSON file:
 * {@code {"schema": KEY, "data": {"vendor", "name", "enabled", "parameters"}}}.
 *
 * @param source where it came from (a file name), for error messages
 * @param data the whole {@code data} object (read-only by convention; some enrichments keep
 *     settings beside {@code parameters}, like PII's {@code emitEvent})
 */
public record EnrichmentConfig(String source, SchemaKey schemaKey, String vendor, String name,
    boolean enabled, JsonNode data) {

  /** {@code data.parameters}, or a missing node. */
  public JsonNode parameters() {
    return data.path("parameters");
  }
}
