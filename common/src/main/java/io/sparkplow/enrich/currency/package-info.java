/**
 * The {@code currency_conversion_config} enrichment: transaction amounts in a base currency, at
 * Open Exchange Rates' end-of-day rates.
 */
package io.sparkplow.enrich.currency;
