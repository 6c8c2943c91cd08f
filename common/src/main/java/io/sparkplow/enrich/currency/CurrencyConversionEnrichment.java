package io.sparkplow.enrich.currency;

import io.sparkplow.Result;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.protocol.RawEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Converts a transaction's amounts (tr_total, tr_tax, tr_shipping from tr_currency) and a
 * transaction item's price (ti_price from ti_currency) to the base currency, at the rates that
 * closed the day before the collector received the event (UTC), and sets base_currency on every
 * event. Amounts are rounded half-even to the base currency's minor unit ({@code 12.35} for EUR,
 * {@code 1235} for JPY) and written as plain decimals.
 *
 * <p>An amount without a currency, or a currency without an amount, is left alone. A currency the
 * rates table does not know, an amount that is not a number, or an API that fails or times out,
 * fails the event (the message says which; the App ID never appears).
 *
 * <p>Thread-safe: the rates cache is.
 */
public final class CurrencyConversionEnrichment implements Enrichment {

  private final String base;
  private final int scale;
  private final OpenExchangeRates rates;

  CurrencyConversionEnrichment(String base, OpenExchangeRates rates) {
    this.base = base;
    this.scale = Currency.getInstance(base).getDefaultFractionDigits();
    this.rates = rates;
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    event.set(Field.BASE_CURRENCY, base);
    // Codes compare upper-cased: "eur" is EUR.
    String trCurrency = event.get(Field.TR_CURRENCY).trim().toUpperCase(Locale.ROOT);
    String tiCurrency = event.get(Field.TI_CURRENCY).trim().toUpperCase(Locale.ROOT);
    boolean transaction = !trCurrency.isEmpty()
        && (event.has(Field.TR_TOTAL) || event.has(Field.TR_TAX) || event.has(Field.TR_SHIPPING));
    boolean item = !tiCurrency.isEmpty() && event.has(Field.TI_PRICE);
    if (!transaction && !item) {
      return Optional.empty();
    }
    LocalDate day = Instant.ofEpochMilli(raw.context().timestampMs()).atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
    ExchangeRates table = null;
    if (needsTable(trCurrency, transaction) || needsTable(tiCurrency, item)) {
      Result<ExchangeRates, String> fetched = rates.historical(day);
      if (!fetched.isOk()) {
        return Optional.of("currency_conversion: " + fetched.error());
      }
      table = fetched.value();
    }
    String[] converted = new String[4];
    if (transaction) {
      Field[] from = {Field.TR_TOTAL, Field.TR_TAX, Field.TR_SHIPPING};
      for (int i = 0; i < 3; i++) {
        if (event.has(from[i])) {
          Result<String, String> r = convert(event.get(from[i]), trCurrency, from[i], table, day);
          if (!r.isOk()) {
            return Optional.of(r.error());
          }
          converted[i] = r.value();
        }
      }
    }
    if (item) {
      Result<String, String> r = convert(event.get(Field.TI_PRICE), tiCurrency, Field.TI_PRICE, table, day);
      if (!r.isOk()) {
        return Optional.of(r.error());
      }
      converted[3] = r.value();
    }
    // All or nothing: a failure above leaves no half-converted event.
    event.set(Field.TR_TOTAL_BASE, converted[0]);
    event.set(Field.TR_TAX_BASE, converted[1]);
    event.set(Field.TR_SHIPPING_BASE, converted[2]);
    event.set(Field.TI_PRICE_BASE, converted[3]);
    return Optional.empty();
  }

  private boolean needsTable(String currency, boolean converting) {
    return converting && !currency.equals(base);
  }

  private Result<String, String> convert(String amount, String currency, Field field, ExchangeRates table, LocalDate day) {
    BigDecimal value;
    try {
      value = new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      return Result.err("currency_conversion: " + field.columnName() + " [" + amount + "] is not a number");
    }
    if (currency.equals(base)) {
      return Result.ok(value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString());
    }
    Optional<BigDecimal> rate = table.rate(currency, base);
    if (rate.isEmpty()) {
      return Result.err("currency_conversion: no exchange rate from [" + currency + "] to [" + base + "] on " + day
          + " (Open Exchange Rates)");
    }
    return Result.ok(value.multiply(rate.get()).setScale(scale, RoundingMode.HALF_EVEN).toPlainString());
  }
}
