package io.sparkplow.enrich.currency;

import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;

/**
 * Reads {@code currency_conversion_config} 1-0-0: {@code parameters.accountType} (DEVELOPER,
 * ENTERPRISE, UNLIMITED), {@code parameters.apiKey} (an Open Exchange Rates App ID, a secret),
 * {@code parameters.baseCurrency} (an ISO 4217 code) and {@code parameters.rateAt} (only
 * {@code EOD_PRIOR}: the rates at the end of the day before the event), all required.
 *
 * <p>The API base URL and timeout are not part of Snowplow's configuration: they come from the
 * factory ({@link CurrencyConversionSpec#DEFAULT_API_BASE} unless given).
 */
public final class CurrencyConversionFactory implements EnrichmentFactory {

  public static final String NAME = "currency_conversion_config";

  private final URI apiBase;
  private final Duration timeout;

  public CurrencyConversionFactory() {
    this(CurrencyConversionSpec.DEFAULT_API_BASE, CurrencyConversionSpec.DEFAULT_TIMEOUT);
  }

  public CurrencyConversionFactory(URI apiBase, Duration timeout) {
    this.apiBase = apiBase;
    this.timeout = timeout;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0");
    ConfigFields fields = new ConfigFields(config);
    String account = fields.text("parameters.accountType");
    AccountType accountType;
    try {
      accountType = AccountType.valueOf(account);
    } catch (IllegalArgumentException e) {
      throw fields.error("parameters.accountType",
          "unknown account type '" + account + "', expected one of " + Arrays.toString(AccountType.values()));
    }
    Secret apiKey = fields.secret("parameters.apiKey");
    if (apiKey.reveal().isBlank()) {
      throw fields.error("parameters.apiKey", "the Open Exchange Rates App ID is empty");
    }
    String base = fields.text("parameters.baseCurrency").toUpperCase(Locale.ROOT);
    if (!isCurrency(base)) {
      throw fields.error("parameters.baseCurrency", "'" + base + "' is not an ISO 4217 currency code");
    }
    String rateAt = fields.text("parameters.rateAt");
    if (!rateAt.equals("EOD_PRIOR")) {
      throw fields.error("parameters.rateAt", "unknown rate time '" + rateAt + "', expected EOD_PRIOR");
    }
    return new CurrencyConversionSpec(accountType, apiKey, base, apiBase, timeout);
  }

  private static boolean isCurrency(String code) {
    if (code.length() != 3) {
      return false;
    }
    try {
      return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
