package io.sparkplow.enrich.iplookups;

/**
 * The four MaxMind databases {@code ip_lookups} reads, by their configuration key, with the
 * {@code database_type} each must have (the reader refuses a lookup of another kind).
 */
public enum IpDatabase {
  GEO("geo", "City"),
  ISP("isp", "GeoIP2-ISP"),
  DOMAIN("domain", "GeoIP2-Domain"),
  CONNECTION_TYPE("connectionType", "GeoIP2-Connection-Type");

  private final String key;
  private final String requiredType;

  IpDatabase(String key, String requiredType) {
    this.key = key;
    this.requiredType = requiredType;
  }

  /** The key under {@code parameters}, e.g. {@code connectionType}. */
  public String key() {
    return key;
  }

  /**
   * Whether a database of this {@code database_type} serves this lookup. The geo lookup also
   * takes an Enterprise database, which holds City data.
   */
  public boolean accepts(String databaseType) {
    if (this == GEO) {
      return databaseType.contains("City") || databaseType.contains("Enterprise");
    }
    return databaseType.contains(requiredType);
  }

  /** What {@link #accepts} wants, for messages. */
  public String expectedType() {
    return this == GEO ? "a City database (GeoIP2-City, GeoLite2-City) or GeoIP2-Enterprise" : requiredType;
  }
}
