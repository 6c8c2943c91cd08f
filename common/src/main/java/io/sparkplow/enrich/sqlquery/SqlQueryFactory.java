package io.sparkplow.enrich.sqlquery;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrich.ConfigFields;
import io.sparkplow.enrich.ConfigVersions;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.EnrichmentFactory;
import io.sparkplow.enrich.EnrichmentSpec;
import io.sparkplow.enrich.lookup.Input;
import io.sparkplow.enrich.lookup.InputParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code sql_query_enrichment_config} (1-0-0): {@code inputs} (each a {@code placeholder}
 * number and a {@code pojo} or {@code json} input), {@code database.postgresql} ({@code host},
 * {@code port}, {@code sslMode}, {@code username}, {@code password}, {@code database}),
 * {@code query.sql}, {@code output} ({@code expectedRows}, {@code json.schema},
 * {@code json.describes}, {@code json.propertyNames}) and {@code cache} ({@code size}, {@code ttl}).
 *
 * <p>Every {@code ?} of the statement needs exactly one input. Only PostgreSQL is supported: the
 * schema's {@code mysql} alternative is refused, as no MySQL driver is shipped.
 */
public final class SqlQueryFactory implements EnrichmentFactory {

  public static final String NAME = "sql_query_enrichment_config";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EnrichmentSpec parse(EnrichmentConfig config) {
    ConfigVersions.require(config, "1-0-0");
    ConfigFields f = new ConfigFields(config);
    f.requiredObject("parameters", Set.of("inputs", "database", "query", "output", "cache"));

    f.requiredObject("parameters.query", Set.of("sql"));
    String sql = f.text("parameters.query.sql");
    int placeholders = Placeholders.count(sql);

    JsonNode inputsNode = InputParser.inputs(f);
    TreeMap<Integer, Input> byPlaceholder = new TreeMap<>();
    for (int i = 0; i < inputsNode.size(); i++) {
      String path = "parameters.inputs[" + i + "]";
      int placeholder = f.integer(path + ".placeholder");
      if (placeholder < 1 || placeholder > placeholders) {
        throw f.error(path + ".placeholder", "the query has " + placeholders + " placeholder(s) (?), not " + placeholder);
      }
      if (byPlaceholder.containsKey(placeholder)) {
        throw f.error(path + ".placeholder", "placeholder " + placeholder + " already has an input");
      }
      byPlaceholder.put(placeholder, InputParser.parse(f, path, "placeholder"));
    }
    for (int p = 1; p <= placeholders; p++) {
      if (!byPlaceholder.containsKey(p)) {
        throw f.error("parameters.inputs", "placeholder " + p + " of the query has no input");
      }
    }

    f.requiredObject("parameters.database", Set.of("postgresql", "mysql"));
    if (f.has("parameters.database.mysql")) {
      throw f.error("parameters.database.mysql", "MySQL is not supported (no MySQL driver is shipped): use postgresql");
    }
    String db = "parameters.database.postgresql";
    if (!f.has(db)) {
      throw f.error(db, "required database connection is missing");
    }
    f.requiredObject(db, Set.of("host", "port", "sslMode", "username", "password", "database"));
    int port = f.integer(db + ".port");
    if (port < 1 || port > 65_535) {
      throw f.error(db + ".port", "expected a port between 1 and 65535, found " + port);
    }
    String username = f.text(db + ".username");
    if (username.isEmpty()) {
      throw f.error(db + ".username", "must not be empty");
    }
    String database = f.text(db + ".database");
    if (database.isEmpty() || database.contains("/") || database.contains("?")) {
      throw f.error(db + ".database", "expected a database name");
    }
    String host = f.text(db + ".host");
    if (host.isEmpty() || host.contains("/")) {
      throw f.error(db + ".host", "expected a host name or address");
    }
    SqlQuerySpec.Database connection = new SqlQuerySpec.Database(host, port, f.bool(db + ".sslMode"), username,
        f.secret(db + ".password"), database);

    f.requiredObject("parameters.output", Set.of("expectedRows", "json"));
    SqlQuerySpec.ExpectedRows expected = choice(f, "parameters.output.expectedRows", SqlQuerySpec.ExpectedRows.class);
    String out = "parameters.output.json";
    f.requiredObject(out, Set.of("schema", "describes", "propertyNames"));
    String schema = InputParser.schemaUri(f, out + ".schema");
    SqlQuerySpec.Describes describes = choice(f, out + ".describes", SqlQuerySpec.Describes.class);
    PropertyNames names = choice(f, out + ".propertyNames", PropertyNames.class);

    f.requiredObject("parameters.cache", Set.of("size", "ttl"));
    int size = f.integer("parameters.cache.size");
    if (size < 0) {
      throw f.error("parameters.cache.size", "expected 0 or more, found " + size);
    }
    int ttl = InputParser.cacheTtl(f);
    return new SqlQuerySpec(new ArrayList<>(byPlaceholder.values()), connection, sql, expected, schema, describes,
        names, size, ttl);
  }

  private static <E extends Enum<E>> E choice(ConfigFields f, String path, Class<E> type) {
    String value = f.text(path);
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
      allowed.add(e.name());
    }
    throw f.error(path, "expected one of " + String.join(", ", allowed) + ", found \"" + value + "\"");
  }
}
