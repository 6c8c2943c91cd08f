package io.sparkplow.enrich.yauaa;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.RawEvent;
import java.util.Optional;
import nl.basjes.parse.useragent.AgentField;
import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/**
 * Analyses the user agent with YAUAA and adds a {@code nl.basjes/yauaa_context/jsonschema/1-0-0}
 * derived context, as Snowplow did: each YAUAA field with its name's first letter lowercased
 * ({@code DeviceClass} → {@code deviceClass}), for the fields YAUAA reports
 * as available (default values such as {@code Unknown} included). Only the fields the 1-0-0
 * schema defines are written, with values it accepts (see {@link YauaaContextSchema}). An event
 * without a user agent gets {@code {"deviceClass":"UNKNOWN"}}, as in Snowplow.
 *
 * <p>The analyzer is thread-safe and caches parsed user agents.
 */
public final class YauaaEnrichment implements Enrichment {

  private final UserAgentAnalyzer analyzer;

  YauaaEnrichment(UserAgentAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    String useragent = event.get(Field.USERAGENT);
    ObjectNode data = Json.object();
    if (useragent.isEmpty()) {
      data.put("deviceClass", "UNKNOWN");
    } else {
      UserAgent parsed;
      try {
        parsed = analyzer.parse(useragent);
      } catch (RuntimeException e) {
        return Optional.of("exception analysing useragent [" + useragent + "]: " + e);
      }
      for (String field : parsed.getAvailableFieldNamesSorted()) {
        AgentField value = parsed.get(field);
        if (YauaaContextSchema.FIELD_SET.contains(field) && value != null && value.getValue() != null) {
          String property = YauaaContextSchema.propertyName(field);
          data.put(property, YauaaContextSchema.conform(property, value.getValue()));
        }
      }
    }
    ObjectNode entity = Json.object();
    entity.put("schema", YauaaContextSchema.URI);
    entity.set("data", data);
    event.addDerivedContext(entity);
    return Optional.empty();
  }
}
