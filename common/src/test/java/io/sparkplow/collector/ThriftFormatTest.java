package io.sparkplow.collector;

import static io.sparkplow.collector.Loads.PROCESSOR;
import static io.sparkplow.collector.Loads.RUN_TIMESTAMP;
import static io.sparkplow.collector.Loads.bad;
import static io.sparkplow.collector.Loads.badField;
import static io.sparkplow.collector.Loads.discarded;
import static io.sparkplow.collector.Loads.loaded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.collector.CollectorPayload.Context;
import io.sparkplow.collector.CollectorPayload.NameValue;
import io.sparkplow.collector.CollectorPayload.Source;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThriftFormatTest {

  private final CollectorFormat format = new ThriftFormat(PROCESSOR, RUN_TIMESTAMP);

  private static final long TIMESTAMP = Instant.parse("2022-11-03T14:22:05.123Z").toEpochMilli();
  private static final String TP2_BODY = "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/"
      + "payload_data/jsonschema/1-0-4\",\"data\":[{\"e\":\"se\",\"p\":\"mob\",\"tv\":\"andr-3.1.0\","
      + "\"se_ca\":\"Überweisung\",\"se_ac\":\"tap 🚀\"}]}";

  /** A POST of the tracker protocol as the Scala Stream Collector received it. */
  private static final CollectorPayload TP2_POST = new CollectorPayload(
      Api.TP2,
      List.of(new NameValue("aid", "bank app"), new NameValue("co", "{\"a\":\"b&c=d\"}"),
          new NameValue("aid", "dupe"), new NameValue("empty", ""), new NameValue("utf", "Straße 東京 %")),
      Optional.of("application/json; charset=UTF-8"),
      Optional.of(TP2_BODY),
      new Source("ssc-2.8.2-kinesis", "UTF-8", Optional.of("collector-7f9c4d-xk2p4")),
      new Context(
          TIMESTAMP,
          Optional.of("198.51.100.23"),
          Optional.of("Dalvik/2.1.0 (Linux; U; Android 12; Pixel 6 Build/SD1A.210817.036)"),
          Optional.of("https://app.example.com/transfer?from=home&x=%20y"),
          List.of("Host: collector.example.com", "X-Forwarded-For: 198.51.100.23, 10.0.3.4",
              "User-Agent: Dalvik/2.1.0 (Linux; U; Android 12; Pixel 6 Build/SD1A.210817.036)",
              "Cookie: sp=0b6b2f4e-6e6e-4f6d-9b0e-0c7a1b2c3d4e", "Content-Type: application/json"),
          Optional.of("0b6b2f4e-6e6e-4f6d-9b0e-0c7a1b2c3d4e")));

  /** A TBinaryProtocol CollectorPayload, field by field, for records the writer would not make. */
  private static ThriftBinaryWriter collectorPayload(Consumer<ThriftBinaryWriter> extraFields) {
    ThriftBinaryWriter writer = new ThriftBinaryWriter()
        .string(ThriftFormat.SCHEMA_FIELD, ThriftPayloadWriter.SCHEMA)
        .string(ThriftFormat.IP_ADDRESS, "192.0.2.33")
        .i64(ThriftFormat.TIMESTAMP, TIMESTAMP)
        .string(ThriftFormat.ENCODING, "UTF-8")
        .string(ThriftFormat.COLLECTOR, "ssc-2.8.2-kinesis")
        .string(ThriftFormat.PATH, "/i")
        .string(ThriftFormat.QUERYSTRING, "e=pv&aid=web&url=https%3A%2F%2Fwww.example.com%2F");
    extraFields.accept(writer);
    return writer;
  }

  private static String line(ThriftBinaryWriter writer) {
    return Base64.getEncoder().encodeToString(writer.stop().toBytes());
  }

  private static String line(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void readsBackWhatTheWriterWrote() {
    String line = ThriftPayloadWriter.toLine(TP2_POST);
    assertEquals(TP2_POST, loaded(format.load(line)));
  }

  @Test
  void readsBackPixelRequestsAndWebhooks() {
    CollectorPayload pixel = new CollectorPayload(Api.TP1,
        List.of(new NameValue("e", "pv"), new NameValue("page", "Home + Garden – 50% off")),
        Optional.empty(), Optional.empty(), new Source("ssc-1.0.0-kafka", "UTF-8", Optional.empty()),
        new Context(0L, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
            Optional.empty()));
    assertEquals(pixel, loaded(format.load(ThriftPayloadWriter.toLine(pixel))));
    CollectorPayload webhook = new CollectorPayload(new Api("com.mailgun", "v1"), List.of(),
        Optional.of("application/x-www-form-urlencoded"), Optional.of("event=delivered&domain=example.com"),
        new Source("ssc-2.8.2-kinesis", "UTF-8", Optional.empty()),
        new Context(TIMESTAMP, Optional.of("2001:db8::2"), Optional.of("mailgun/1.0"), Optional.empty(),
            List.of(), Optional.empty()));
    assertEquals(webhook, loaded(format.load(ThriftPayloadWriter.toLine(webhook))));
  }

  @Test
  void acceptsUrlSafeBase64WithoutPaddingAndSurroundingWhitespace() {
    String standard = ThriftPayloadWriter.toLine(TP2_POST);
    String urlSafe = standard.replace('+', '-').replace('/', '_').replace("=", "");
    assertEquals(TP2_POST, loaded(format.load(urlSafe)));
    assertEquals(TP2_POST, loaded(format.load("  " + standard + "\r")));
  }

  @Test
  void decodesTheQuerystringInThePayloadEncoding() {
    String line = line(collectorPayload(w -> { }).string(ThriftFormat.ENCODING, "ISO-8859-1")
        .string(ThriftFormat.QUERYSTRING, "e=se&se_ca=caf%E9+cr%E8me&se_ac=100%"));
    CollectorPayload payload = loaded(format.load(line));
    assertEquals(List.of(new NameValue("e", "se"), new NameValue("se_ca", "café crème"),
        new NameValue("se_ac", "100%")), payload.querystring());
    assertEquals("ISO-8859-1", payload.source().encoding());
  }

  @Test
  void takesTheClientIpFromXForwardedForThenForwardedThenIpAddress() {
    String both = line(collectorPayload(w -> w.strings(ThriftFormat.HEADERS, List.of(
        "Forwarded: for=203.0.113.60;proto=https", "x-forwarded-for: \"[2001:db8:cafe::17]:4711\", 10.1.1.1"))));
    assertEquals(Optional.of("2001:db8:cafe::17"), loaded(format.load(both)).context().ipAddress());

    String forwarded = line(collectorPayload(w -> w.strings(ThriftFormat.HEADERS, List.of(
        "Host: c.example.com", "Forwarded: proto=https;for=\"203.0.113.60:443\", for=10.0.0.2"))));
    assertEquals(Optional.of("203.0.113.60"), loaded(format.load(forwarded)).context().ipAddress());

    String unknown = line(collectorPayload(w -> w.strings(ThriftFormat.HEADERS, List.of(
        "X-Forwarded-For: unknown", "Forwarded: for=_hidden"))));
    assertEquals(Optional.of("192.0.2.33"), loaded(format.load(unknown)).context().ipAddress());

    String none = line(collectorPayload(w -> { }));
    CollectorPayload payload = loaded(format.load(none));
    assertEquals(Optional.of("192.0.2.33"), payload.context().ipAddress());
    assertEquals(List.of(), payload.context().headers());
  }

  @Test
  void skipsUnknownFieldsOfEveryType() {
    String line = line(collectorPayload(w -> {
      w.header(ThriftBinaryReader.DOUBLE, 1);
      w.rawI64(Double.doubleToLongBits(2.5));
      w.header(ThriftBinaryReader.BOOL, 2);
      w.rawByte((byte) 1);
      w.header(ThriftBinaryReader.BYTE, 3);
      w.rawByte((byte) 7);
      w.header(ThriftBinaryReader.I16, 4);
      w.rawByte((byte) 0);
      w.rawByte((byte) 9);
      w.i32(5, 42);
      w.header(ThriftBinaryReader.MAP, 6);
      w.rawByte(ThriftBinaryReader.STRING);
      w.rawByte(ThriftBinaryReader.I32);
      w.rawI32(1);
      w.rawString("k");
      w.rawI32(1);
      w.header(ThriftBinaryReader.SET, 7);
      w.rawByte(ThriftBinaryReader.I64);
      w.rawI32(2);
      w.rawI64(1);
      w.rawI64(2);
      w.header(ThriftBinaryReader.LIST, 8);
      w.rawByte(ThriftBinaryReader.STRUCT);
      w.rawI32(1);
      w.string(1, "nested").stop();
      w.beginStruct(9).i64(1, 5).strings(2, List.of("a", "b")).stop();
      w.header(ThriftBinaryReader.UUID, 10);
      for (int i = 0; i < 16; i++) {
        w.rawByte((byte) i);
      }
      w.string(11, "an unknown string field");
    }));
    CollectorPayload payload = loaded(format.load(line));
    assertEquals(Api.TP1, payload.api());
    assertEquals(TIMESTAMP, payload.context().timestampMs());
    assertEquals(3, payload.querystring().size());
  }

  @Test
  void treatsFieldsOfAnotherTypeAsAbsent() {
    // An i32 where the user agent (a string) is expected: skipped, as Thrift does.
    String line = line(collectorPayload(w -> w.i32(ThriftFormat.USER_AGENT, 7)));
    assertEquals(Optional.empty(), loaded(format.load(line)).context().useragent());
    String timestampAsString = line(new ThriftBinaryWriter()
        .string(ThriftFormat.SCHEMA_FIELD, ThriftPayloadWriter.SCHEMA)
        .string(ThriftFormat.TIMESTAMP, "1667485325123")
        .string(ThriftFormat.PATH, "/i"));
    badField(format.load(timestampAsString), timestampAsString, "thrift", "timestamp");
  }

  @Test
  void treatsEmptyStringsAsAbsentAndDefaultsCollectorAndEncoding() {
    String line = line(new ThriftBinaryWriter()
        .string(ThriftFormat.SCHEMA_FIELD, ThriftPayloadWriter.SCHEMA)
        .string(ThriftFormat.IP_ADDRESS, "")
        .i64(ThriftFormat.TIMESTAMP, TIMESTAMP)
        .string(ThriftFormat.PATH, "/com.snowplowanalytics.snowplow/tp2")
        .string(ThriftFormat.USER_AGENT, "")
        .string(ThriftFormat.BODY, "")
        .string(ThriftFormat.CONTENT_TYPE, ""));
    CollectorPayload payload = loaded(format.load(line));
    assertEquals(new Source("ssc", "UTF-8", Optional.empty()), payload.source());
    assertEquals(Optional.empty(), payload.context().ipAddress());
    assertEquals(Optional.empty(), payload.context().useragent());
    assertEquals(Optional.empty(), payload.body());
    assertEquals(Optional.empty(), payload.contentType());
    assertEquals(List.of(), payload.querystring());
  }

  @Test
  void readsLegacySnowplowRawEventsAsTp1Gets() {
    ThriftBinaryWriter writer = new ThriftBinaryWriter()
        .i64(ThriftFormat.LEGACY_TIMESTAMP, TIMESTAMP)
        .string(ThriftFormat.LEGACY_COLLECTOR, "ssc-0.1.0-stdout")
        .string(ThriftFormat.LEGACY_ENCODING, "UTF-8")
        .string(ThriftFormat.LEGACY_IP_ADDRESS, "192.0.2.77")
        .beginStruct(ThriftFormat.LEGACY_PAYLOAD)
        .i32(1, 1) // protocol: Http
        .i32(2, 1) // format: HttpGet
        .string(ThriftFormat.LEGACY_PAYLOAD_DATA, "e=pv&page=Caf%C3%A9+Menu&aid=cafe&tv=js-0.13.1")
        .stop()
        .string(ThriftFormat.LEGACY_HOSTNAME, "collector-01")
        .string(ThriftFormat.LEGACY_USER_AGENT, "Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Firefox/24.0")
        .string(ThriftFormat.LEGACY_REFERER_URI, "http://cafe.example.com/menu")
        .strings(ThriftFormat.LEGACY_HEADERS, List.of("Accept: image/webp", "Host: c.example.com"))
        .string(ThriftFormat.LEGACY_NETWORK_USER_ID, "8a2f0c3e-1d4b-4c5a-9e6f-7a8b9c0d1e2f");
    CollectorPayload payload = loaded(format.load(line(writer)));
    assertEquals(new CollectorPayload(Api.TP1,
        List.of(new NameValue("e", "pv"), new NameValue("page", "Café Menu"), new NameValue("aid", "cafe"),
            new NameValue("tv", "js-0.13.1")),
        Optional.empty(), Optional.empty(),
        new Source("ssc-0.1.0-stdout", "UTF-8", Optional.of("collector-01")),
        new Context(TIMESTAMP, Optional.of("192.0.2.77"),
            Optional.of("Mozilla/5.0 (Windows NT 6.1; rv:24.0) Gecko/20100101 Firefox/24.0"),
            Optional.of("http://cafe.example.com/menu"),
            List.of("Accept: image/webp", "Host: c.example.com"),
            Optional.of("8a2f0c3e-1d4b-4c5a-9e6f-7a8b9c0d1e2f"))), payload);
  }

  @Test
  void rejectsLegacyRecordsWithoutTimestamp() {
    String empty = line(new byte[] {ThriftBinaryReader.STOP});
    FailureMessage.InputData message = badField(format.load(empty), empty, "thrift", "timestamp");
    assertEquals(Optional.empty(), message.value());
  }

  @Test
  void rejectsOtherSchemas() {
    String line = line(collectorPayload(w -> w.string(ThriftFormat.SCHEMA_FIELD,
        "iglu:com.snowplowanalytics.snowplow/CollectorPayload/thrift/2-0-0")));
    assertEquals(Optional.of("iglu:com.snowplowanalytics.snowplow/CollectorPayload/thrift/2-0-0"),
        badField(format.load(line), line, "thrift", "schema").value());
    String notString = line(collectorPayload(w -> w.i32(ThriftFormat.SCHEMA_FIELD, 1)));
    assertEquals(Optional.empty(), badField(format.load(notString), notString, "thrift", "schema").value());
  }

  @Test
  void acceptsLaterRevisionsOfTheSchema() {
    String line = line(collectorPayload(w -> w.string(ThriftFormat.SCHEMA_FIELD,
        "iglu:com.snowplowanalytics.snowplow/CollectorPayload/thrift/1-0-3")));
    loaded(format.load(line));
  }

  @Test
  void rejectsRecordsWithoutPathOrWithAnUnknownPath() {
    String noPath = line(new ThriftBinaryWriter()
        .string(ThriftFormat.SCHEMA_FIELD, ThriftPayloadWriter.SCHEMA)
        .i64(ThriftFormat.TIMESTAMP, TIMESTAMP));
    badField(format.load(noPath), noPath, "thrift", "path");
    String health = line(collectorPayload(w -> w.string(ThriftFormat.PATH, "/health")));
    assertEquals(Optional.of("/health"), badField(format.load(health), health, "thrift", "path").value());
  }

  @Test
  void rejectsUnsupportedEncodings() {
    String line = line(collectorPayload(w -> w.string(ThriftFormat.ENCODING, "X-MARTIAN-7")));
    assertEquals(Optional.of("X-MARTIAN-7"), badField(format.load(line), line, "thrift", "encoding").value());
  }

  @Test
  void rejectsTimestampsOutsideYearsZeroTo9999() {
    String line = line(collectorPayload(w -> w.i64(ThriftFormat.TIMESTAMP, Long.MAX_VALUE)));
    badField(format.load(line), line, "thrift", "timestamp");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not base64!", "QUJD*", "QUJDR", "QQ===", "Q=Q=", "===="})
  void rejectsLinesThatAreNotBase64(String line) {
    assertInstanceOf(FailureMessage.Error.class, bad(format.load(line), line, "thrift").message());
  }

  @Test
  void rejectsEveryTruncationOfARecord() {
    byte[] bytes = ThriftPayloadWriter.toBytes(TP2_POST);
    for (int length = 1; length < bytes.length; length++) { // 0 bytes: a blank line
      String line = line(Arrays.copyOf(bytes, length));
      FailureMessage.Error error = assertInstanceOf(FailureMessage.Error.class,
          bad(format.load(line), line, "thrift").message(), "truncated to " + length);
      assertTrue(error.error().startsWith("not a Thrift record"), error.error());
    }
  }

  @Test
  void rejectsBytesAfterTheRecord() {
    byte[] bytes = ThriftPayloadWriter.toBytes(TP2_POST);
    String line = line(Arrays.copyOf(bytes, bytes.length + 3));
    assertTrue(((FailureMessage.Error) bad(format.load(line), line, "thrift").message()).error()
        .contains("3 unexpected bytes"));
  }

  @Test
  void rejectsHugeDeclaredLengthsWithoutAllocatingThem() {
    ThriftBinaryWriter hugeString = new ThriftBinaryWriter();
    hugeString.header(ThriftBinaryReader.STRING, ThriftFormat.BODY);
    hugeString.rawI32(Integer.MAX_VALUE);
    hugeString.rawString("tiny");
    ThriftBinaryWriter negativeString = new ThriftBinaryWriter();
    negativeString.header(ThriftBinaryReader.STRING, ThriftFormat.PATH);
    negativeString.rawI32(-5);
    ThriftBinaryWriter hugeList = new ThriftBinaryWriter();
    hugeList.header(ThriftBinaryReader.LIST, ThriftFormat.HEADERS);
    hugeList.rawByte(ThriftBinaryReader.STRING);
    hugeList.rawI32(2_000_000_000);
    ThriftBinaryWriter hugeBoolList = new ThriftBinaryWriter();
    hugeBoolList.header(ThriftBinaryReader.LIST, 77);
    hugeBoolList.rawByte(ThriftBinaryReader.BOOL);
    hugeBoolList.rawI32(1_000_000);
    hugeBoolList.rawByte((byte) 1);
    ThriftBinaryWriter hugeMap = new ThriftBinaryWriter();
    hugeMap.header(ThriftBinaryReader.MAP, 78);
    hugeMap.rawByte(ThriftBinaryReader.I64);
    hugeMap.rawByte(ThriftBinaryReader.STRING);
    hugeMap.rawI32(Integer.MAX_VALUE);
    for (ThriftBinaryWriter writer : List.of(hugeString, negativeString, hugeList, hugeBoolList, hugeMap)) {
      String line = line(writer.toBytes());
      assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
        String error = ((FailureMessage.Error) bad(format.load(line), line, "thrift").message()).error();
        assertTrue(error.contains("cannot fit") || error.contains("truncated"), error);
      });
    }
  }

  @Test
  void rejectsUnknownTypesAndDeepNesting() {
    ThriftBinaryWriter unknownType = new ThriftBinaryWriter();
    unknownType.header((byte) 99, 5);
    unknownType.rawI32(0);
    String unknown = line(unknownType.stop().toBytes());
    assertTrue(((FailureMessage.Error) bad(format.load(unknown), unknown, "thrift").message()).error()
        .contains("unknown Thrift type 99"));

    ThriftBinaryWriter deep = new ThriftBinaryWriter();
    for (int i = 0; i < 10_000; i++) {
      deep.beginStruct(1);
    }
    for (int i = 0; i <= 10_000; i++) {
      deep.stop();
    }
    String nested = line(deep.toBytes());
    assertTrue(((FailureMessage.Error) bad(format.load(nested), nested, "thrift").message()).error()
        .contains("nested deeper"));

    ThriftBinaryWriter deepLists = new ThriftBinaryWriter();
    deepLists.header(ThriftBinaryReader.LIST, 1);
    for (int i = 0; i < 10_000; i++) {
      deepLists.rawByte(ThriftBinaryReader.LIST);
      deepLists.rawI32(1);
    }
    String lists = line(deepLists.toBytes());
    bad(format.load(lists), lists, "thrift");
  }

  @Test
  void neverThrowsOnRandomBytes() {
    Random random = new Random(20221103);
    byte[] valid = ThriftPayloadWriter.toBytes(TP2_POST);
    for (int i = 0; i < 3_000; i++) {
      byte[] bytes;
      if (i % 2 == 0) {
        bytes = new byte[1 + random.nextInt(200)];
        random.nextBytes(bytes);
      } else {
        bytes = valid.clone(); // a valid record with a few bytes flipped
        for (int flips = 0; flips < 3; flips++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
      }
      String line = line(bytes);
      LoadResult result = format.load(line);
      if (result instanceof LoadResult.Bad) {
        bad(result, line, "thrift");
      } else {
        assertInstanceOf(LoadResult.Loaded.class, result);
      }
    }
  }

  @Test
  void discardsBlankLines() {
    discarded(format.load(""));
    discarded(format.load("   "));
  }

  @Test
  void writesTheUtf8OfStrings() {
    byte[] bytes = ThriftPayloadWriter.toBytes(TP2_POST);
    byte[] body = TP2_BODY.getBytes(StandardCharsets.UTF_8);
    assertTrue(indexOf(bytes, body) > 0, "the body is written as UTF-8 bytes");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
