package io.sparkplow.enrich.cookie;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import java.util.List;

/** Reads {@code cookie_extractor_config} 1-0-0: {@code parameters.cookies}, a non-empty list of cookie names. */
public final class CookieExtractorFactory implements EnrichmentFactory {

  public static final String NAME = "cookie_extractor_config";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0");
    ConfigFields fields = new ConfigFields(config);
    List<String> cookies = fields.requiredTextList("parameters.cookies", "cookie names");
    if (cookies.isEmpty()) {
      throw fields.error("parameters.cookies", "no cookie named: the enrichment would never extract anything");
    }
    for (int i = 0; i < cookies.size(); i++) {
      if (cookies.get(i).isBlank()) {
        throw fields.error("parameters.cookies[" + i + "]", "a cookie name cannot be empty");
      }
    }
    return new CookieExtractorSpec(cookies);
  }
}
