package io.sparkplow.enrich.sqlquery;

import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.FileFetcher;
import io.sparkplow.enrich.Secret;
import io.sparkplow.enrich.lookup.Input;
import java.io.Serializable;
import java.util.List;

/**
 * A validated {@code sql_query_enrichment_config} (1-0-0).
 *
 * @param inputs one per placeholder, in placeholder order (1, 2, ...)
 * @param database where to connect
 * @param sql the prepared statement, with {@code ?} placeholders
 * @param expectedRows how many rows a lookup must return
 * @param schema the schema of the contexts made of the rows
 * @param describes one context per row, or one for all rows
 * @param propertyNames how column names become property names
 * @param cacheSize results remembered per executor (0: none)
 * @param cacheTtlSeconds how long a result is remembered (0: until evicted)
 */
public record SqlQuerySpec(List<Input> inputs, Database database, String sql, ExpectedRows expectedRows,
    String schema, Describes describes, PropertyNames propertyNames, int cacheSize, int cacheTtlSeconds)
    implements EnrichmentSpec {

  public SqlQuerySpec {
    inputs = List.copyOf(inputs);
  }

  /** A PostgreSQL database; the password is a {@link Secret}. */
  public record Database(String host, int port, boolean sslMode, String username, Secret password, String database)
      implements Serializable {

    /** The JDBC URL, without credentials. */
    public String jdbcUrl() {
      return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }
  }

  /** How many rows a lookup must return; otherwise the event fails. */
  public enum ExpectedRows {
    EXACTLY_ONE, AT_MOST_ONE, AT_LEAST_ZERO, AT_LEAST_ONE;

    boolean accepts(int rows) {
      if (this == EXACTLY_ONE) {
        return rows == 1;
      }
      if (this == AT_MOST_ONE) {
        return rows <= 1;
      }
      if (this == AT_LEAST_ONE) {
        return rows >= 1;
      }
      return true;
    }
  }

  /** {@code EVERY_ROW}: one context per row; {@code ALL_ROWS}: one context whose data is the array of rows. */
  public enum Describes { ALL_ROWS, EVERY_ROW }

  @Override
  public Enrichment build(FileFetcher files) {
    return new SqlQueryEnrichment(this);
  }
}
