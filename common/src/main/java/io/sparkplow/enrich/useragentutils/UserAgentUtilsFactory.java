package io.sparkplow.enrich.useragentutils;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;

/** Reads {@code user_agent_utils_config} (1-0-0), which has no parameters. */
public final class UserAgentUtilsFactory implements EnrichmentFactory {

  public static final String NAME = "user_agent_utils_config";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0");
    if (config.parameters().size() > 0) {
      throw new ConfigFields(config).error("parameters." + config.parameters().fieldNames().next(),
          "user_agent_utils_config takes no parameters");
    }
    return new UserAgentUtilsSpec();
  }
}
