package io.sparkplow.enrich.currency;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import io.sparkplow.enrich.Secret;
import java.net.URI;
import java.time.Duration;

/**
 * A validated {@code currency_conversion_config} configuration.
 *
 * @param accountType the Open Exchange Rates plan
 * @param apiKey the Open Exchange Rates App ID (masked in every message)
 * @param baseCurrency ISO 4217 code the amounts are converted to
 * @param apiBase the API's base URL ({@link #DEFAULT_API_BASE}; another for tests or a proxy)
 * @param timeout for one request to the API
 */
public record CurrencyConversionSpec(AccountType accountType, Secret apiKey, String baseCurrency, URI apiBase,
    Duration timeout) implements EnrichmentSpec {

  public static final URI DEFAULT_API_BASE = URI.create("https://openexchangerates.org/api");
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** The same configuration against another API base URL. */
  public CurrencyConversionSpec withApiBase(URI base) {
    return new CurrencyConversionSpec(accountType, apiKey, baseCurrency, base, timeout);
  }

  /** The same configuration with another request timeout. */
  public CurrencyConversionSpec withTimeout(Duration newTimeout) {
    return new CurrencyConversionSpec(accountType, apiKey, baseCurrency, apiBase, newTimeout);
  }

  @Override
  public Enrichment build(FileFetcher files) {
    return new CurrencyConversionEnrichment(baseCurrency, new OpenExchangeRates(apiBase, apiKey, timeout));
  }
}
