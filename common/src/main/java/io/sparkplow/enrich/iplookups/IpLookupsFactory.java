package io.sparkplow.enrich.iplookups;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.files.EnrichmentFiles;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads {@code ip_lookups} 2-0-0: {@code parameters.geo}, {@code isp}, {@code domain} and
 * {@code connectionType}, each an optional {@code {"database", "uri"}} pair naming a MaxMind
 * database; at least one is required.
 */
public final class IpLookupsFactory implements EnrichmentFactory {

  public static final String NAME = "ip_lookups";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "2-0-0");
    ConfigFields fields = new ConfigFields(config);
    if (!fields.node("parameters").isObject()) {
      throw fields.error("parameters", "expected an object with geo, isp, domain or connectionType");
    }
    Map<IpDatabase, URI> databases = new EnumMap<>(IpDatabase.class);
    for (IpDatabase db : IpDatabase.values()) {
      String path = "parameters." + db.key();
      if (fields.has(path)) {
        databases.put(db, EnrichmentFiles.databaseUri(fields, path));
      }
    }
    if (databases.isEmpty()) {
      throw fields.error("parameters", "no database configured: expected at least one of geo, isp, domain, connectionType");
    }
    return new IpLookupsSpec(config.source(), databases);
  }
}
