package io.sparkplow.enrich.cookie;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.support.Entities;
import io.sparkplow.enrich.support.Headers;
import io.sparkplow.event.EventDraft;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.RawEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds one derived context {@code org.ietf/http_cookie/jsonschema/1-0-0} ({@code name},
 * {@code value}) for each configured cookie found in the request's {@code Cookie} headers (RFC
 * 6265: {@code name=value} pairs separated by {@code ;}), in the order they were sent. Needs a
 * collector that records headers (the Thrift formats); with none, it adds nothing.
 *
 * <p>Stateless and thread-safe.
 */
public final class CookieExtractorEnrichment implements Enrichment {

  public static final String SCHEMA = "iglu:org.ietf/http_cookie/jsonschema/1-0-0";

  private final Set<String> names;

  CookieExtractorEnrichment(List<String> names) {
    this.names = Set.copyOf(names);
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    for (String header : raw.context().headers()) {
      if (Headers.isNamed(header, "Cookie")) {
        extract(Headers.value(header), event);
      }
    }
    return Optional.empty();
  }

  private void extract(String cookies, EventDraft event) {
    int start = 0;
    while (start < cookies.length()) {
      int end = cookies.indexOf(';', start);
      if (end < 0) {
        end = cookies.length();
      }
      int eq = cookies.indexOf('=', start);
      if (eq > start && eq < end) {
        String name = cookies.substring(start, eq).trim();
        if (names.contains(name)) {
          ObjectNode data = Json.object();
          data.put("name", name);
          data.put("value", cookies.substring(eq + 1, end).trim());
          event.addDerivedContext(Entities.selfDescribing(SCHEMA, data));
        }
      }
      start = end + 1;
    }
  }
}
