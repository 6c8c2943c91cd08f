package io.sparkplow.enrich;

import io.sparkplow.ConfigurationException;
import io.sparkplow.iglu.SchemaVer;

/** Checks that a configuration's schema version is one an enrichment reads. */
public final class ConfigVersions {

  private ConfigVersions() {}

  /**
   * Returns the configuration's version when it is one of {@code accepted} (e.g. {@code "1-0-0"}).
   *
   * @throws ConfigurationException naming the file and its {@code schema}, listing the versions read
   */
  public static SchemaVer require(EnrichmentConfig config, String... accepted) {
    SchemaVer version = config.schemaKey().version();
    String text = version.toString();
    for (String a : accepted) {
      if (a.equals(text)) {
        return version;
      }
    }
    throw new ConfigurationException(config.source(), "schema",
        config.name() + " configuration version " + text + " is not supported (supported: "
            + String.join(", ", accepted) + ")");
  }
}
