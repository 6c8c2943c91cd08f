package io.sparkplow.enrich.referer;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.support.QueryStrings;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.protocol.RawEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets refr_medium, refr_source and refr_term from the referer URL, as split by the event builder
 * ({@code refr_urlscheme}, {@code refr_urlhost}, {@code refr_urlpath}, {@code refr_urlquery}):
 *
 * <ol>
 *   <li>a referer that is not {@code http}, {@code https} or {@code android-app}, or has no host,
 *       sets nothing;
 *   <li>the page's own host ({@code page_urlhost}) or an internal domain: medium {@code internal};
 *   <li>a host the database knows: its medium and source, and for {@code search} the first
 *       querystring parameter (in URL order) that the source lists, decoded as UTF-8;
 *   <li>any other host: medium {@code unknown}.
 * </ol>
 * Hosts compare ignoring case. Thread-safe: the database is immutable.
 */
public final class RefererParserEnrichment implements Enrichment {

  static final String INTERNAL = "internal";
  static final String UNKNOWN = "unknown";
  static final String SEARCH = "search";

  private final RefererDatabase database;
  private final Set<String> internalDomains;

  RefererParserEnrichment(RefererDatabase database, List<String> internalDomains) {
    this.database = database;
    this.internalDomains = internalDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    String scheme = event.get(Field.REFR_URLSCHEME);
    String host = event.get(Field.REFR_URLHOST);
    if (host.isEmpty() || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")
        || scheme.equalsIgnoreCase("android-app"))) {
      return Optional.empty();
    }
    if (host.equalsIgnoreCase(event.get(Field.PAGE_URLHOST)) || internalDomains.contains(host.toLowerCase(Locale.ROOT))) {
      event.set(Field.REFR_MEDIUM, INTERNAL);
      return Optional.empty();
    }
    Optional<Referer> found = database.lookup(host, event.get(Field.REFR_URLPATH));
    if (found.isEmpty()) {
      event.set(Field.REFR_MEDIUM, UNKNOWN);
      return Optional.empty();
    }
    Referer referer = found.get();
    event.set(Field.REFR_MEDIUM, referer.medium());
    event.set(Field.REFR_SOURCE, referer.source());
    if (referer.medium().equals(SEARCH) && !referer.parameters().isEmpty()) {
      event.set(Field.REFR_TERM, searchTerm(event.get(Field.REFR_URLQUERY), referer.parameters()));
    }
    return Optional.empty();
  }

  private static String searchTerm(String query, List<String> parameters) {
    String[] term = {""};
    QueryStrings.forEach(query, StandardCharsets.UTF_8, (name, value) -> {
      if (parameters.contains(name)) {
        term[0] = value;
        return false;
      }
      return true;
    });
    return term[0];
  }
}
