package io.sparkplow.enrich.sqlquery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.cache.LruCache;
import io.sparkplow.enrich.lookup.Input;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.RawEvent;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Looks up rows in a PostgreSQL database with values of the event and adds contexts made of them.
 *
 * <p>Each placeholder gets its input's value: a scalar field typed as the field is (integer, double,
 * boolean 0/1, text), a JSON value typed as it is (string, integer, number, boolean; an object
 * or array as its JSON text). When any input has no value the query is not run and nothing is
 * added. The row count is checked against {@code expectedRows}; columns become properties (named
 * per {@code propertyNames}) with JSON types following the SQL types (numbers, booleans, text,
 * {@code json}/{@code jsonb} as JSON, arrays, dates and timestamps as ISO-8601 text). Results are
 * cached per executor by input values.
 *
 * <p>One connection per executor, opened on first use, reopened after an error; statements run
 * one at a time on it. Timeouts (the configuration has none): 10 s to connect, 30 s per query. A
 * failure message never holds the password.
 */
public final class SqlQueryEnrichment implements Enrichment {

  static final int CONNECT_TIMEOUT_SECONDS = 10;
  static final int QUERY_TIMEOUT_SECONDS = 30;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SqlQuerySpec spec;
  private final LruCache<List<Object>, List<ObjectNode>> cache;
  private final ReentrantLock lock = new ReentrantLock();
  private Connection connection; // guarded by lock
  private PreparedStatement statement; // guarded by lock

  SqlQueryEnrichment(SqlQuerySpec spec) {
    this.spec = spec;
    this.cache = LruCache.withTtl(spec.cacheSize(), spec.cacheTtlSeconds(), System::nanoTime);
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    List<Object> values = new ArrayList<>(spec.inputs().size());
    for (Input input : spec.inputs()) {
      Optional<JsonNode> v = input.extract(event);
      if (v.isEmpty()) {
        return Optional.empty(); // an input is absent: nothing to look up
      }
      values.add(typed(input, v.get()));
    }
    Result<List<ObjectNode>, String> contexts = cache.getOrTry(values, this::query);
    if (!contexts.isOk()) {
      return Optional.of(contexts.error());
    }
    for (ObjectNode context : contexts.value()) {
      event.addDerivedContext(context.deepCopy()); // the cached entities stay unchanged
    }
    return Optional.empty();
  }

  /** The Java value bound to a placeholder. */
  private static Object typed(Input input, JsonNode value) {
    if (input instanceof Input.Pojo pojo) {
      String text = value.textValue();
      Field.Kind kind = pojo.field().kind();
      try {
        if (kind == Field.Kind.INTEGER) {
          return Long.valueOf(text);
        }
        if (kind == Field.Kind.DOUBLE) {
          return Double.valueOf(text);
        }
        if (kind == Field.Kind.DECIMAL) {
          return new BigDecimal(text);
        }
        if (kind == Field.Kind.BOOLEAN) {
          return "1".equals(text) || "true".equals(text);
        }
      } catch (NumberFormatException notANumber) {
        return text;
      }
      return text;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return Json.compact(value);
  }

  private Result<List<ObjectNode>, String> query(List<Object> values) {
    lock.lock();
    try {
      try {
        PreparedStatement ps = statement();
        for (int i = 0; i < values.size(); i++) {
          ps.setObject(i + 1, values.get(i));
        }
        List<ObjectNode> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            rows.add(row(rs, meta));
          }
        }
        if (!spec.expectedRows().accepts(rows.size())) {
          return Result.err("SQL query returned " + rows.size() + " row(s), expected " + spec.expectedRows());
        }
        return Result.ok(contexts(rows));
      } catch (SQLException e) {
        closeConnection(); // start afresh next time: the connection may be broken
        return Result.err("SQL query failed: " + scrub(e));
      }
    } finally {
      lock.unlock();
    }
  }

  private PreparedStatement statement() throws SQLException {
    if (connection == null) {
      SqlQuerySpec.Database db = spec.database();
      Properties p = new Properties();
      p.setProperty("user", db.username());
      p.setProperty("password", db.password().reveal());
      p.setProperty("sslmode", db.sslMode() ? "require" : "disable");
      p.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
      p.setProperty("socketTimeout", Integer.toString(QUERY_TIMEOUT_SECONDS * 2));
      p.setProperty("ApplicationName", "sparkplow sql_query_enrichment");
      connection = new org.postgresql.Driver().connect(db.jdbcUrl(), p);
      if (connection == null) {
        throw new SQLException("the PostgreSQL driver refused the URL " + db.jdbcUrl());
      }
      connection.setReadOnly(true);
      statement = connection.prepareStatement(spec.sql());
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
    }
    return statement;
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // already broken
      }
    }
    connection = null;
    statement = null;
  }

  private List<ObjectNode> contexts(List<ObjectNode> rows) {
    List<ObjectNode> out = new ArrayList<>();
    if (spec.describes() == SqlQuerySpec.Describes.EVERY_ROW) {
      for (ObjectNode row : rows) {
        out.add(context(row));
      }
    } else if (!rows.isEmpty()) {
      ArrayNode all = NODES.arrayNode();
      rows.forEach(all::add);
      out.add(context(all));
    }
    return List.copyOf(out);
  }

  private ObjectNode context(JsonNode data) {
    ObjectNode c = NODES.objectNode();
    c.put("schema", spec.schema());
    c.set("data", data);
    return c;
  }

  private ObjectNode row(ResultSet rs, ResultSetMetaData meta) throws SQLException {
    ObjectNode row = NODES.objectNode();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      row.set(spec.propertyNames().apply(meta.getColumnLabel(i)), value(rs, meta, i));
    }
    return row;
  }

  private static JsonNode value(ResultSet rs, ResultSetMetaData meta, int i) throws SQLException {
    int type = meta.getColumnType(i);
    Object o = rs.getObject(i);
    if (o == null) {
      return NODES.nullNode();
    }
    if (type == Types.BOOLEAN || type == Types.BIT) {
      return NODES.booleanNode(rs.getBoolean(i));
    }
    if (type == Types.TINYINT || type == Types.SMALLINT || type == Types.INTEGER || type == Types.BIGINT) {
      return NODES.numberNode(rs.getLong(i));
    }
    if (type == Types.REAL || type == Types.FLOAT || type == Types.DOUBLE) {
      double d = rs.getDouble(i);
      return Double.isFinite(d) ? NODES.numberNode(d) : NODES.nullNode();
    }
    if (type == Types.NUMERIC || type == Types.DECIMAL) {
      return NODES.numberNode(rs.getBigDecimal(i));
    }
    if (type == Types.DATE) {
      return NODES.textNode(rs.getDate(i).toLocalDate().toString());
    }
    if (type == Types.TIMESTAMP_WITH_TIMEZONE || "timestamptz".equals(meta.getColumnTypeName(i))) {
      return NODES.textNode(rs.getObject(i, OffsetDateTime.class).toInstant().toString());
    }
    if (type == Types.TIMESTAMP) {
      return NODES.textNode(rs.getTimestamp(i).toLocalDateTime().toString());
    }
    if (type == Types.ARRAY) {
      Array array = rs.getArray(i);
      ArrayNode out = NODES.arrayNode();
      try (ResultSet elements = array.getResultSet()) {
        ResultSetMetaData em = elements.getMetaData();
        while (elements.next()) {
          out.add(value(elements, em, 2));
        }
      }
      return out;
    }
    String typeName = meta.getColumnTypeName(i);
    if ("json".equals(typeName) || "jsonb".equals(typeName)) {
      Result<JsonNode, String> parsed = Json.parse(rs.getString(i));
      return parsed.isOk() ? parsed.value() : NODES.textNode(rs.getString(i));
    }
    return NODES.textNode(rs.getString(i));
  }

  /** The error's state and message, with the password masked should the server ever echo it. */
  private String scrub(SQLException e) {
    String message = (e.getSQLState() == null ? "" : "[" + e.getSQLState() + "] ") + e.getMessage();
    String password = spec.database().password().reveal();
    return password.isEmpty() ? message : message.replace(password, "********");
  }
}
