package io.sparkplow.enrich;

import io.sparkplow.ConfigurationException;
import io.sparkplow.iglu.SchemaVer;
import java.util.Set;

/** Checks that a configuration's schema version is one an enrichment reads. */
public final class ConfigVersions {

  private ConfigVersions() {}

  /**
   * @param accepted versions such as {@code "1-0-0"}
   * @throws ConfigurationException naming the file and {@code schema}
   */
  public static void require(EnrichmentConfig config, String... accepted) {
    SchemaVer v = config.schemaKey().version();
    if (!Set.of(accepted).contains(v.toString())) {
      throw new ConfigurationException(config.source(), "schema",
          config.name() + " version " + v + " is not supported (expected " + String.join(" or ", accepted) + ")");
    }
  }
}
