package io.sparkplow.enrich.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.json.Json;

/** Builds the self-describing entities that enrichments add to the derived contexts. */
public final class Entities {

  private Entities() {}

  /** {@code {"schema": schemaUri, "data": data}}, in that key order. */
  public static ObjectNode selfDescribing(String schemaUri, ObjectNode data) {
    ObjectNode entity = Json.object();
    entity.put("schema", schemaUri);
    entity.set("data", data);
    return entity;
  }
}
