package io.sparkplow.bench;

import io.sparkplow.enrich.EnrichPipeline;
import io.sparkplow.enrich.EnrichSettings;
import io.sparkplow.enrich.EnrichmentConfigs;
import io.sparkplow.enrich.files.CachingFileFetcher;
import io.sparkplow.sample.GeneratedLine;
import io.sparkplow.sample.SampleLogGenerator;
import io.sparkplow.testing.SampleRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the enrich benchmarks run on: generated CloudFront lines and the pipelines to compare. */
final class BenchInputs {

  /** The cheap enrichments of the bundled sample configuration (no network, no script engine). */
  static final List<String> CHEAP = List.of("ip_lookups.json", "ua_parser_config.json", "referer_parser.json",
      "campaign_attribution.json", "event_fingerprint_config.json", "anon_ip.json", "pii_enrichment_config.json");

  private BenchInputs() {}

  /** {@code count} raw CloudFront lines of one event each: generated web shop traffic (seed 42). */
  static String[] lines(int count) {
    List<String> events = new ArrayList<>();
    for (GeneratedLine line : SampleLogGenerator.generate(
        new SampleLogGenerator.Settings("cloudfront", count, 42, 1, 0, LocalDate.of(2025, 1, 15)))) {
      if (line.goodEvents() == 1) {
        events.add(line.line());
      }
    }
    return events.subList(0, count).toArray(new String[0]);
  }

  /** The whole enrich path, with the named enrichments of the sample configuration. */
  static EnrichPipeline pipeline(List<String> enrichments) {
    List<EnrichmentConfigs.Source> sources = new ArrayList<>();
    for (String name : enrichments) {
      sources.add(new EnrichmentConfigs.Source(name, SampleRegistry.sampleEnrichment(name)));
    }
    EnrichSettings settings = new EnrichSettings("cloudfront", SampleRegistry.resolverConfig(), sources,
        1_736_900_000_000L, EnrichSettings.DEFAULT_MAX_RECORD_BYTES);
    return EnrichPipeline.create(settings, CachingFileFetcher.standard());
  }
}
