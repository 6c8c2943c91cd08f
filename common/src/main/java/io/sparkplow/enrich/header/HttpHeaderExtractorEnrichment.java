package io.sparkplow.enrich.header;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.support.Entities;
import io.sparkplow.enrich.support.Headers;
import io.sparkplow.event.EventDraft;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.RawEvent;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Adds one derived context {@code org.ietf/http_header/jsonschema/1-0-0} ({@code name},
 * {@code value}) for each request header whose whole name matches the pattern, in the order the
 * collector recorded them. Needs a collector that records headers (the Thrift formats).
 *
 * <p>Thread-safe: a compiled {@link Pattern} is; each match uses its own matcher.
 */
public final class HttpHeaderExtractorEnrichment implements Enrichment {

  public static final String SCHEMA = "iglu:org.ietf/http_header/jsonschema/1-0-0";

  private final Pattern names;

  HttpHeaderExtractorEnrichment(Pattern names) {
    this.names = names;
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    for (String header : raw.context().headers()) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = Headers.name(header);
      if (!name.isEmpty() && names.matcher(name).matches()) {
        ObjectNode data = Json.object();
        data.put("name", name);
        data.put("value", Headers.value(header));
        event.addDerivedContext(Entities.selfDescribing(SCHEMA, data));
      }
    }
    return Optional.empty();
  }
}
