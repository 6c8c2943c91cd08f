/** The {@code http_header_extractor_config} enrichment: chosen request headers as derived contexts. */
package io.sparkplow.enrich.header;
