package io.sparkplow.enrich.uaparser;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code ua_parser_config} (1-0-0, 1-0-1): no parameters, or (1-0-1) {@code database} and
 * {@code uri} naming another regexes file at {@code uri + "/" + database}.
 */
public final class UaParserFactory implements EnrichmentFactory {

  public static final String NAME = "ua_parser_config";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0", "1-0-1");
    ConfigFields fields = new ConfigFields(config);
    fields.onlyKnown("parameters", Set.of("database", "uri"));
    Optional<String> database = fields.optionalText("parameters.database");
    Optional<String> uri = fields.optionalText("parameters.uri");
    if (database.isPresent() != uri.isPresent()) {
      throw fields.error(database.isPresent() ? "parameters.uri" : "parameters.database",
          "database and uri go together: both name the regexes file");
    }
    if (database.isEmpty()) {
      return new UaParserSpec(null);
    }
    String base = uri.get();
    String location = (base.endsWith("/") ? base : base + "/") + database.get();
    try {
      URI file = new URI(location);
      if (file.getScheme() == null) {
        throw fields.error("parameters.uri", "expected an absolute URI (file:, http:, s3:...), found \"" + base + "\"");
      }
      return new UaParserSpec(file);
    } catch (URISyntaxException e) {
      throw fields.error("parameters.uri", "not a valid URI: " + e.getMessage());
    }
  }
}
