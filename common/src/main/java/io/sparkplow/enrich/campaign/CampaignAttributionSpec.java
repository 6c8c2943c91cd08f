package io.sparkplow.enrich.campaign;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import java.util.List;

/**
 * A validated {@code campaign_attribution} configuration: for each marketing field, the
 * querystring parameters that may hold it, by priority; and the click-id parameters, by priority.
 */
public record CampaignAttributionSpec(
    List<String> medium,
    List<String> source,
    List<String> term,
    List<String> content,
    List<String> campaign,
    List<ClickId> clickIds) implements EnrichmentSpec {

  public CampaignAttributionSpec {
    medium = List.copyOf(medium);
    source = List.copyOf(source);
    term = List.copyOf(term);
    content = List.copyOf(content);
    campaign = List.copyOf(campaign);
    clickIds = List.copyOf(clickIds);
  }

  @Override
  public Enrichment build(FileFetcher files) {
    return new CampaignAttributionEnrichment(this);
  }
}
