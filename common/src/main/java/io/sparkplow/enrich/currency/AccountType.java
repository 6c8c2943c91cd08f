package io.sparkplow.enrich.currency;

/** The Open Exchange Rates plan of the API key (as configured; every plan serves USD-based tables). */
public enum AccountType {
  DEVELOPER, ENTERPRISE, UNLIMITED
}
