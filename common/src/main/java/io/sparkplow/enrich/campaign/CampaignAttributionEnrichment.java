package io.sparkplow.enrich.campaign;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.support.QueryStrings;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.protocol.RawEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sets mkt_medium, mkt_source, mkt_term, mkt_content, mkt_campaign, mkt_clickid and mkt_network
 * from the page URL's querystring ({@code page_urlquery}, decoded with the collector's character
 * set). For each field the first configured parameter present wins; when a parameter repeats, its
 * last value counts (as Snowplow did). The click id is the value of the first click-id parameter
 * present, and mkt_network that parameter's network.
 *
 * <p>Stateless and thread-safe.
 */
public final class CampaignAttributionEnrichment implements Enrichment {

  private final CampaignAttributionSpec spec;
  private final Set<String> wanted;

  CampaignAttributionEnrichment(CampaignAttributionSpec spec) {
    this.spec = spec;
    Set<String> names = new HashSet<>();
    names.addAll(spec.medium());
    names.addAll(spec.source());
    names.addAll(spec.term());
    names.addAll(spec.content());
    names.addAll(spec.campaign());
    spec.clickIds().forEach(c -> names.add(c.parameter()));
    this.wanted = Set.copyOf(names);
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    String query = event.get(Field.PAGE_URLQUERY);
    if (query.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> found = new HashMap<>();
    QueryStrings.forEach(query, QueryStrings.charset(raw), (name, value) -> {
      if (wanted.contains(name)) {
        found.put(name, value);
      }
      return true;
    });
    if (found.isEmpty()) {
      return Optional.empty();
    }
    set(event, Field.MKT_MEDIUM, spec.medium(), found);
    set(event, Field.MKT_SOURCE, spec.source(), found);
    set(event, Field.MKT_TERM, spec.term(), found);
    set(event, Field.MKT_CONTENT, spec.content(), found);
    set(event, Field.MKT_CAMPAIGN, spec.campaign(), found);
    for (ClickId clickId : spec.clickIds()) {
      String value = found.get(clickId.parameter());
      if (value != null) {
        event.set(Field.MKT_CLICKID, value);
        event.set(Field.MKT_NETWORK, clickId.network());
        break;
      }
    }
    return Optional.empty();
  }

  private static void set(EventDraft event, Field field, List<String> names, Map<String, String> found) {
    for (String name : names) {
      String value = found.get(name);
      if (value != null) {
        event.set(field, value);
        return;
      }
    }
  }
}
