package io.sparkplow.enrich.header;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code http_header_extractor_config} 1-0-0: {@code parameters.headersPattern}, a regular
 * expression for the names of the headers to extract ({@code .*} for all).
 */
public final class HttpHeaderExtractorFactory implements EnrichmentFactory {

  public static final String NAME = "http_header_extractor_config";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0");
    ConfigFields fields = new ConfigFields(config);
    String pattern = fields.text("parameters.headersPattern");
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw fields.error("parameters.headersPattern", "not a valid regular expression: " + e.getDescription()
          + " near index " + e.getIndex());
    }
    return new HttpHeaderExtractorSpec(pattern);
  }
}
