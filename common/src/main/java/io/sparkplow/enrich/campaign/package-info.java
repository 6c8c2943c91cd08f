/** The {@code campaign_attribution} enrichment: marketing fields from the page URL's querystring. */
package io.sparkplow.enrich.campaign;
