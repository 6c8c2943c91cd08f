package io.sparkplow.iglu;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage.LookupAttempt;
import java.util.List;

/** Where schemas come from: the resolver over the configured Iglu repositories. Thread-safe. */
public interface SchemaLookup {

  /** The JSON Schema stored under a key, or what each repository answered. */
  Result<JsonNode, List<LookupAttempt>> lookup(SchemaKey key);

  /**
   * Every version of one model known to the repositories, in SchemaVer order (for example
   * 1-0-0, 1-0-1, 1-1-0 of {@code com.acme/link_click/jsonschema/1}).
   */
  Result<List<SchemaKey>, List<LookupAttempt>> listModel(String vendor, String name, String format, int model);
}
