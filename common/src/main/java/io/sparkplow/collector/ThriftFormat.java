package io.sparkplow.collector;

import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.badrow.Processor;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.collector.CollectorPayload.Context;
import io.sparkplow.collector.CollectorPayload.NameValue;
import io.sparkplow.collector.CollectorPayload.Source;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code thrift} format: one record a line, base64 (standard or URL-safe alphabet, padding
 * optional) of a TBinaryProtocol struct written by the Scala Stream Collector.
 *
 * <p>A struct with field 31337 ({@code schema}) is a {@code CollectorPayload}; its schema must be
 * {@code iglu:com.snowplowanalytics.snowplow/CollectorPayload/thrift/1-0-*}. Fields read: 100
 * ipAddress, 200 timestamp (i64, epoch ms, required), 210 encoding (UTF-8 when absent), 220
 * collector (the source name; {@code ssc} when absent), 300 userAgent, 310 refererUri, 320 path
 * (required), 330 querystring, 340 body, 350 headers ({@code list<string>}), 360 contentType, 400
 * hostname, 410 networkUserId.
 *
 * <p>A struct without field 31337 is the legacy {@code SnowplowRawEvent} (snowplow-raw-event
 * 0.1.0), read as a GET of {@link Api#TP1}. Fields read: 1 timestamp (i64, required), 20
 * collector, 30 encoding, 40 ipAddress, 41 payload (a {@code TrackerPayload} struct whose field 3,
 * {@code data}, is the querystring; fields 1 protocol and 2 format are not needed), 45 hostname,
 * 50 userAgent, 60 refererUri, 70 headers, 80 networkUserId.
 *
 * <p>In both, fields of other ids are skipped, as is a field of an unexpected type (as Thrift does);
 * an empty string is absent; the user agent and referer are kept as sent (they were never
 * URL-encoded); the client IP is the first X-Forwarded-For address, then {@code Forwarded: for=},
 * then ipAddress. A blank line is discarded.
 */
final class ThriftFormat extends NamedFormat {

  static final String NAME = "thrift";
  static final String SCHEMA_PREFIX = "iglu:com.snowplowanalytics.snowplow/CollectorPayload/thrift/1-0-";
  static final String DEFAULT_COLLECTOR = "ssc";

  static final int SCHEMA_FIELD = 31337;
  static final int IP_ADDRESS = 100;
  static final int TIMESTAMP = 200;
  static final int ENCODING = 210;
  static final int COLLECTOR = 220;
  static final int USER_AGENT = 300;
  static final int REFERER_URI = 310;
  static final int PATH = 320;
  static final int QUERYSTRING = 330;
  static final int BODY = 340;
  static final int HEADERS = 350;
  static final int CONTENT_TYPE = 360;
  static final int HOSTNAME = 400;
  static final int NETWORK_USER_ID = 410;

  static final int LEGACY_TIMESTAMP = 1;
  static final int LEGACY_COLLECTOR = 20;
  static final int LEGACY_ENCODING = 30;
  static final int LEGACY_IP_ADDRESS = 40;
  static final int LEGACY_PAYLOAD = 41;
  static final int LEGACY_PAYLOAD_DATA = 3;
  static final int LEGACY_HOSTNAME = 45;
  static final int LEGACY_USER_AGENT = 50;
  static final int LEGACY_REFERER_URI = 60;
  static final int LEGACY_HEADERS = 70;
  static final int LEGACY_NETWORK_USER_ID = 80;

  private static final FieldIds PAYLOAD_FIELDS = new FieldIds(TIMESTAMP, ENCODING, COLLECTOR, HOSTNAME,
      IP_ADDRESS, USER_AGENT, REFERER_URI, HEADERS, NETWORK_USER_ID);
  private static final FieldIds LEGACY_FIELDS = new FieldIds(LEGACY_TIMESTAMP, LEGACY_ENCODING,
      LEGACY_COLLECTOR, LEGACY_HOSTNAME, LEGACY_IP_ADDRESS, LEGACY_USER_AGENT, LEGACY_REFERER_URI,
      LEGACY_HEADERS, LEGACY_NETWORK_USER_ID);

  /** Collector timestamps must be within years 0000 to 9999, as every timestamp written. */
  private static final long MIN_TIMESTAMP_MS = -62_167_219_200_000L;
  private static final long MAX_TIMESTAMP_MS = 253_402_300_799_999L;

  ThriftFormat(Processor processor, Instant failureTimestamp) {
    super(NAME, processor, failureTimestamp);
  }

  @Override
  public LoadResult load(String line) {
    String base64 = line.strip();
    if (base64.isEmpty()) {
      return new LoadResult.Discarded("blank line");
    }
    Optional<byte[]> bytes = Base64Lenient.decode(base64);
    if (bytes.isEmpty()) {
      return violations.error(line, "not base64 (standard or URL-safe alphabet, padding optional)");
    }
    ThriftStruct struct;
    try {
      struct = ThriftBinaryReader.readStruct(bytes.get());
    } catch (MalformedThriftException e) {
      return violations.error(line, "not a Thrift record: " + e.getMessage());
    }
    return struct.has(SCHEMA_FIELD) ? collectorPayload(line, struct) : snowplowRawEvent(line, struct);
  }

  private LoadResult collectorPayload(String line, ThriftStruct struct) {
    Optional<String> schema = struct.string(SCHEMA_FIELD);
    if (schema.isEmpty() || !schema.get().startsWith(SCHEMA_PREFIX)) {
      return violations.of(line, new FailureMessage.InputData("schema",
          schema, SCHEMA_PREFIX + "* (field " + SCHEMA_FIELD + ")"));
    }
    Result<Request, LoadResult.Bad> request = request(line, struct, PAYLOAD_FIELDS,
        "epoch milliseconds (field " + TIMESTAMP + ", i64)");
    if (!request.isOk()) {
      return request.error();
    }
    Optional<String> path = nonEmpty(struct.string(PATH));
    if (path.isEmpty()) {
      return violations.missing(line, "path", ApiPath.EXPECTATION + " (field " + PATH + ")");
    }
    Optional<Api> api = ApiPath.parse(path.get());
    if (api.isEmpty()) {
      return violations.invalid(line, "path", path.get(), ApiPath.EXPECTATION);
    }
    return request.value().payload(api.get(), struct.string(QUERYSTRING),
        nonEmpty(struct.string(CONTENT_TYPE)), nonEmpty(struct.string(BODY)));
  }

  private LoadResult snowplowRawEvent(String line, ThriftStruct struct) {
    Result<Request, LoadResult.Bad> request = request(line, struct, LEGACY_FIELDS,
        "a CollectorPayload (field " + SCHEMA_FIELD + " schema) or a SnowplowRawEvent (field "
            + LEGACY_TIMESTAMP + " timestamp, i64)");
    if (!request.isOk()) {
      return request.error();
    }
    Optional<String> querystring = struct.struct(LEGACY_PAYLOAD)
        .flatMap(payload -> payload.string(LEGACY_PAYLOAD_DATA));
    return request.value().payload(Api.TP1, querystring, Optional.empty(), Optional.empty());
  }

  /**
   * Checks what both structs need before anything else: a timestamp ({@code missingTimestamp}
   * says what was expected when there is none) that can be written, and a known encoding.
   */
  private Result<Request, LoadResult.Bad> request(String line, ThriftStruct struct, FieldIds ids,
      String missingTimestamp) {
    OptionalLong timestamp = struct.i64(ids.timestamp());
    if (timestamp.isEmpty()) {
      return Result.err(violations.missing(line, "timestamp", missingTimestamp));
    }
    if (!isWritable(timestamp.getAsLong())) {
      return Result.err(violations.invalid(line, "timestamp", Long.toString(timestamp.getAsLong()),
          "epoch milliseconds within years 0000 to 9999"));
    }
    String encoding = nonEmpty(struct.string(ids.encoding())).orElse("UTF-8");
    Optional<Charset> charset = Charsets.forName(encoding);
    if (charset.isEmpty()) {
      return Result.err(violations.invalid(line, "encoding", encoding, "a character set supported by the JVM"));
    }
    return Result.ok(new Request(struct, ids, timestamp.getAsLong(), encoding, charset.get()));
  }

  /** The ids of the fields both structs have, in each. */
  private record FieldIds(int timestamp, int encoding, int collector, int hostname, int ipAddress,
      int userAgent, int refererUri, int headers, int networkUserId) {}

  /** A struct whose timestamp and encoding are valid: the request it records. */
  private record Request(ThriftStruct struct, FieldIds ids, long timestampMs, String encoding,
      Charset charset) {

    LoadResult.Loaded payload(Api api, Optional<String> querystring, Optional<String> contentType,
        Optional<String> body) {
      List<NameValue> parameters = querystring
          .map(q -> UrlDecoding.parseQuerystring(q, charset))
          .orElse(List.of());
      List<String> headers = struct.strings(ids.headers()).orElse(List.of());
      Source source = new Source(
          nonEmpty(struct.string(ids.collector())).orElse(DEFAULT_COLLECTOR),
          encoding,
          nonEmpty(struct.string(ids.hostname())));
      Context context = new Context(
          timestampMs,
          ClientIp.fromHeaders(headers).or(() -> nonEmpty(struct.string(ids.ipAddress()))),
          nonEmpty(struct.string(ids.userAgent())),
          nonEmpty(struct.string(ids.refererUri())),
          headers,
          nonEmpty(struct.string(ids.networkUserId())));
      return new LoadResult.Loaded(new CollectorPayload(api, parameters, contentType, body, source, context));
    }
  }

  private static boolean isWritable(long timestampMs) {
    return timestampMs >= MIN_TIMESTAMP_MS && timestampMs <= MAX_TIMESTAMP_MS;
  }

  private static Optional<String> nonEmpty(Optional<String> value) {
    return value.filter(v -> !v.isEmpty());
  }
}
