package io.sparkplow.iglu;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A place schemas are read from. Implementations are thread-safe and never throw for I/O. */
interface Repository {

  /** Its configuration: name, priority, vendor prefixes, connection (for the lookup order). */
  RepositoryConfig config();

  /** The JSON Schema stored under the key. */
  RepositoryAnswer<JsonNode> lookup(SchemaKey key);

  /**
   * The versions of one model held here, in any order; an empty list when there are none.
   */
  RepositoryAnswer<List<SchemaVer>> listModel(String vendor, String name, String format, int model);

  default String name() {
    return config().name();
  }
}
