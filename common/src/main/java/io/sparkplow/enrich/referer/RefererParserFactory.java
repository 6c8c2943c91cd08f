package io.sparkplow.enrich.referer;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.files.EnrichmentFiles;
import java.util.List;

/**
 * Reads {@code referer_parser} 1-0-0 and 2-0-0: {@code parameters.internalDomains} (host names,
 * required) and, from 2-0-0, {@code parameters.database} with {@code parameters.uri} naming a
 * referer database file (JSON or YAML). Without them (1-0-0, or 2-0-0 leaving both out) the
 * bundled database is used. Both or neither must be given.
 */
public final class RefererParserFactory implements EnrichmentFactory {

  public static final String NAME = "referer_parser";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0", "2-0-0");
    ConfigFields fields = new ConfigFields(config);
    List<String> internal = fields.requiredTextList("parameters.internalDomains", "host names")
        .stream().map(String::trim).toList();
    for (int i = 0; i < internal.size(); i++) {
      if (internal.get(i).isEmpty()) {
        throw fields.error("parameters.internalDomains[" + i + "]", "a host name cannot be empty");
      }
    }
    boolean hasDatabase = fields.has("parameters.database");
    boolean hasUri = fields.has("parameters.uri");
    RefererDatabaseSource database;
    if (hasDatabase || hasUri) {
      if (!hasDatabase || !hasUri) {
        throw fields.error(hasDatabase ? "parameters.uri" : "parameters.database",
            "database and uri go together: the file is uri + \"/\" + database");
      }
      database = new RefererDatabaseSource.File(EnrichmentFiles.databaseUri(fields, "parameters"));
    } else {
      database = new RefererDatabaseSource.Bundled();
    }
    return new RefererParserSpec(config.source(), internal, database);
  }
}
