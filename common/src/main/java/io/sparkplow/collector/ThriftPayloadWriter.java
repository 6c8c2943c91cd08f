package io.sparkplow.collector;

import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.collector.CollectorPayload.NameValue;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.List;

/**
 * Encodes a collector payload as the Scala Stream Collector did: a Thrift {@code CollectorPayload}
 * (schema {@value #SCHEMA}, TBinaryProtocol), and as one line of the {@code thrift} format
 * (standard base64 with padding). Used to generate sample data and in tests: reading the line back
 * with the {@code thrift} format gives the same payload, provided its client IP is the one its
 * headers name (the reader prefers X-Forwarded-For and Forwarded) and it holds no empty strings
 * where optional values are (the reader takes them as absent).
 *
 * <p>The querystring is re-encoded ({@code application/x-www-form-urlencoded} in the payload's
 * encoding); the path is {@code /i} for {@link Api#TP1}, else {@code /VENDOR/VERSION}; absent
 * optional values are not written; the client IP is written as {@code ipAddress} (empty when
 * unknown). Thread-safe (stateless).
 */
public final class ThriftPayloadWriter {

  /** The schema written in field 31337. */
  public static final String SCHEMA = "iglu:com.snowplowanalytics.snowplow/CollectorPayload/thrift/1-0-0";

  private ThriftPayloadWriter() {}

  /** The payload as a line of the {@code thrift} format. */
  public static String toLine(CollectorPayload payload) {
    return Base64.getEncoder().encodeToString(toBytes(payload));
  }

  /**
   * The payload as TBinaryProtocol bytes.
   *
   * @throws IllegalArgumentException when the payload's encoding is not a character set of the
   *     JVM (a bug of the caller: payloads read by the loaders always have a supported one)
   */
  public static byte[] toBytes(CollectorPayload payload) {
    Charset charset = Charset.forName(payload.source().encoding());
    ThriftBinaryWriter writer = new ThriftBinaryWriter()
        .string(ThriftFormat.SCHEMA_FIELD, SCHEMA)
        .string(ThriftFormat.IP_ADDRESS, payload.context().ipAddress().orElse(""))
        .i64(ThriftFormat.TIMESTAMP, payload.context().timestampMs())
        .string(ThriftFormat.ENCODING, payload.source().encoding())
        .string(ThriftFormat.COLLECTOR, payload.source().name());
    payload.context().useragent().ifPresent(v -> writer.string(ThriftFormat.USER_AGENT, v));
    payload.context().refererUri().ifPresent(v -> writer.string(ThriftFormat.REFERER_URI, v));
    writer.string(ThriftFormat.PATH, path(payload.api()));
    if (!payload.querystring().isEmpty()) {
      writer.string(ThriftFormat.QUERYSTRING, querystring(payload.querystring(), charset));
    }
    payload.body().ifPresent(v -> writer.string(ThriftFormat.BODY, v));
    if (!payload.context().headers().isEmpty()) {
      writer.strings(ThriftFormat.HEADERS, payload.context().headers());
    }
    payload.contentType().ifPresent(v -> writer.string(ThriftFormat.CONTENT_TYPE, v));
    payload.source().hostname().ifPresent(v -> writer.string(ThriftFormat.HOSTNAME, v));
    payload.context().networkUserId().ifPresent(v -> writer.string(ThriftFormat.NETWORK_USER_ID, v));
    return writer.stop().toBytes();
  }

  private static String path(Api api) {
    return api.equals(Api.TP1) ? "/i" : "/" + api.vendor() + "/" + api.version();
  }

  private static String querystring(List<NameValue> parameters, Charset charset) {
    StringBuilder querystring = new StringBuilder();
    for (NameValue parameter : parameters) {
      if (querystring.length() > 0) {
        querystring.append('&');
      }
      querystring.append(URLEncoder.encode(parameter.name(), charset))
          .append('=')
          .append(URLEncoder.encode(parameter.value(), charset));
    }
    return querystring.toString();
  }
}
