package io.sparkplow.enrich.header;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import java.util.regex.Pattern;

/**
 * A validated {@code http_header_extractor_config} configuration.
 *
 * @param headersPattern a Java regular expression (checked) that a header's whole name must match
 */
public record HttpHeaderExtractorSpec(String headersPattern) implements EnrichmentSpec {

  public HttpHeaderExtractorSpec {
    Pattern.compile(headersPattern); // a bad pattern is a bug of the caller: the factory checked it
  }

  @Override
  public Enrichment build(FileFetcher files) {
    return new HttpHeaderExtractorEnrichment(Pattern.compile(headersPattern));
  }
}
