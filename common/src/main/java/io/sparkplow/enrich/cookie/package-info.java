/** The {@code cookie_extractor_config} enrichment: chosen request cookies as derived contexts. */
package io.sparkplow.enrich.cookie;
