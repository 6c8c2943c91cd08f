package io.sparkplow.enrich.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One day's table of exchange rates: units of each currency for one unit of {@code base}.
 *
 * @param day the day the rates close
 * @param base the table's base currency (USD for Open Exchange Rates' default tables)
 * @param rates currency code → rate
 */
record ExchangeRates(LocalDate day, String base, Map<String, BigDecimal> rates) {

  ExchangeRates {
    rates = Map.copyOf(rates);
  }

  /** Units of {@code to} for one unit of {@code from}, through the table's base; empty when either is unknown. */
  Optional<BigDecimal> rate(String from, String to) {
    BigDecimal fromRate = from.equals(base) ? BigDecimal.ONE : rates.get(from);
    BigDecimal toRate = to.equals(base) ? BigDecimal.ONE : rates.get(to);
    if (fromRate == null || toRate == null || fromRate.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(toRate.divide(fromRate, MathContext.DECIMAL128));
  }
}
