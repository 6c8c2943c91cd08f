package io.sparkplow.enrich;

import io.sparkplow.ConfigurationException;
import io.sparkplow.event.EventDraft;
import io.sparkplow.protocol.RawEvent;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enabled enrichments of a run, validated and in their fixed order of application.
 *
 * <p>Order (why): the IP lookups and IAB read the real IP address, so {@code anon_ip} runs after
 * them; enrichments that add derived contexts run in the order their contexts appear in
 * {@code derived_contexts} (api_request, sql_query, ua_parser, weather, yauaa, iab, javascript,
 * cookie_extractor, http_header_extractor); PII pseudonymisation runs last, on final values.
 */
public final class EnrichmentRegistry implements Serializable {

  /** Every configuration name Snowplow defined, in order of application. */
  public static final List<String> ORDER = List.of(
      "ip_lookups",
      "campaign_attribution",
      "referer_parser",
      "user_agent_utils_config",
      "currency_conversion_config",
      "event_fingerprint_config",
      "api_request_enrichment_config",
      "sql_query_enrichment_config",
      "ua_parser_config",
      "weather_enrichment_config",
      "yauaa_enrichment_config",
      "iab_spiders_and_robots_enrichment",
      "javascript_script_config",
      "cookie_extractor_config",
      "http_header_extractor_config",
      "anon_ip",
      "pii_enrichment_config");

  /** One enabled enrichment: its name and validated specification. */
  public record Entry(String name, EnrichmentSpec spec) implements Serializable {}

  private final List<Entry> entries;

  private EnrichmentRegistry(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Validates the configurations: every name must be known, at most one configuration per name,
   * and each enabled one must parse. Disabled configurations are checked for their envelope only.
   *
   * @throws ConfigurationException naming the file and field
   */
  public static EnrichmentRegistry of(List<EnrichmentConfig> configs, List<EnrichmentFactory> factories) {
    Map<String, EnrichmentFactory> byName = new HashMap<>();
    factories.forEach(f -> byName.put(f.name(), f));
    Map<String, String> seen = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (EnrichmentConfig config : configs) {
      if (!ORDER.contains(config.name())) {
        throw new ConfigurationException(config.source(), "data.name",
            "unknown enrichment '" + config.name() + "'; known: " + String.join(", ", ORDER));
      }
      String previous = seen.putIfAbsent(config.name(), config.source());
      if (previous != null) {
        throw new ConfigurationException(config.source(), "data.name",
            "'" + config.name() + "' is configured twice (also in " + previous + ")");
      }
      if (!config.enabled()) {
        continue;
      }
      EnrichmentFactory factory = byName.get(config.name());
      if (factory == null) {
        throw new ConfigurationException(config.source(), "data.enabled",
            "'" + config.name() + "' is not supported by this build; disable it");
      }
      entries.add(new Entry(config.name(), factory.parse(config)));
    }
    entries.sort(Comparator.comparingInt(e -> ORDER.indexOf(e.name())));
    return new EnrichmentRegistry(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Every file the enabled enrichments read, without repeats. */
  public List<URI> files() {
    LinkedHashSet<URI> files = new LinkedHashSet<>();
    entries.forEach(e -> files.addAll(e.spec().files()));
    return List.copyOf(files);
  }

  /** Builds the enrichments (once per executor JVM), opening their files through {@code files}. */
  public Enrichments build(FileFetcher files) throws IOException {
    List<Enrichments.Named> built = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      built.add(new Enrichments.Named(entry.name(), entry.spec().build(files)));
    }
    return new Enrichments(built);
  }

  /** The built enrichments of a run, applied in order to each event. Thread-safe. */
  public static final class Enrichments {

    record Named(String name, Enrichment enrichment) {}

    private final List<Named> enrichments;

    Enrichments(List<Named> enrichments) {
      this.enrichments = List.copyOf(enrichments);
    }

    /** The names, in order of application. */
    public List<String> names() {
      return enrichments.stream().map(Named::name).toList();
    }

    /**
     * Applies every enrichment to the event, in order. Returns the failures (enrichment name,
     * message); an event with a failure still went through every enrichment, so that all its
     * failures are reported at once.
     */
    public List<Failure> apply(RawEvent raw, EventDraft event) {
      List<Failure> failures = List.of();
      for (Named named : enrichments) {
        Optional<String> failure;
        try {
          failure = named.enrichment().enrich(raw, event);
        } catch (RuntimeException e) {
          // An enrichment must return its failures; a throw is a bug, but one event must not kill the job.
          failure = Optional.of("unexpected error: " + e.getClass().getName());
        }
        if (failure.isPresent()) {
          if (failures.isEmpty()) {
            failures = new ArrayList<>(2);
          }
          failures.add(new Failure(named.name(), failure.get()));
        }
      }
      return failures;
    }
  }

  /** One enrichment's failure for one event. */
  public record Failure(String enrichment, String message) {}
}
