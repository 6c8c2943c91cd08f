package io.sparkplow.collector;

import static io.sparkplow.collector.Loads.PROCESSOR;
import static io.sparkplow.collector.Loads.RUN_TIMESTAMP;
import static io.sparkplow.collector.Loads.badField;
import static io.sparkplow.collector.Loads.discarded;
import static io.sparkplow.collector.Loads.loaded;
import static io.sparkplow.collector.Loads.names;
import static io.sparkplow.collector.Loads.parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.collector.CollectorPayload.NameValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CljTomcatFormatTest {

  private final CollectorFormat format = new CljTomcatFormat(PROCESSOR, RUN_TIMESTAMP);

  private static final String USER_AGENT = "Mozilla%2F5.0+%28Windows+NT+10.0%3B+Win64%3B+x64%29"
      + "+AppleWebKit%2F537.36+%28KHTML%2C+like+Gecko%29+Chrome%2F49.0.2623.87+Safari%2F537.36";
  private static final String DECODED_USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
      + " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.87 Safari/537.36";
  private static final String NUID = "5f0e8b42-7c1d-4e2a-9b3f-1a2b3c4d5e6f";

  /** A pixel request as the Clojure collector logged it (15 fields). */
  private static final String[] GET = {
      "2016-03-12", "17:44:03", "-", "37", "192.0.2.14", "GET", "192.0.2.14", "/i", "200",
      "https://blog.example.net/2016/03/spring-release/?utm_source=news%20letter",
      USER_AGENT,
      "e=pv&page=Spring+release+%E2%80%94+Example+Blog&url=https%3A%2F%2Fblog.example.net%2F2016"
          + "%2F03%2Fspring-release%2F&aid=blog&p=web&tv=js-2.6.1&cv=clj-1.1.0-tom-0.2.0&nuid=" + NUID,
      "-", "-", "-"};

  private static final String TP2_BODY = "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/"
      + "payload_data/jsonschema/1-0-4\",\"data\":[{\"e\":\"pv\",\"p\":\"web\",\"tv\":\"js-2.6.1\","
      + "\"page\":\"Überblick – Straße\",\"url\":\"https://blog.example.net/?q=a+b\"}]}";

  private static String get(int fieldCount) {
    return String.join("\t", Arrays.copyOf(GET, fieldCount));
  }

  private static String with(String line, int index, String value) {
    String[] fields = line.split("\t", -1);
    fields[index] = value;
    return String.join("\t", fields);
  }

  private static String post(String path, String contentType, String body) {
    return String.join("\t", "2016-03-12", "17:44:04", "-", "37", "2001:db8::5:1", "POST",
        "collector.example.net", path, "200", "-", USER_AGENT,
        "&cv=clj-1.1.0-tom-0.2.0&nuid=" + NUID, "-", "-", "-", contentType, body);
  }

  private static String base64Url(String body) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(body.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 15})
  void readsPixelRequests(int fieldCount) {
    CollectorPayload payload = loaded(format.load(get(fieldCount)));
    assertEquals(Api.TP1, payload.api());
    assertEquals(Instant.parse("2016-03-12T17:44:03Z").toEpochMilli(), payload.context().timestampMs());
    assertEquals(Optional.of("192.0.2.14"), payload.context().ipAddress());
    assertEquals(Optional.of(DECODED_USER_AGENT), payload.context().useragent());
    assertEquals(Optional.of("https://blog.example.net/2016/03/spring-release/?utm_source=news%20letter"),
        payload.context().refererUri(), "the referer is kept as logged");
    assertEquals(List.of(
        new NameValue("e", "pv"),
        new NameValue("page", "Spring release — Example Blog"),
        new NameValue("url", "https://blog.example.net/2016/03/spring-release/"),
        new NameValue("aid", "blog"),
        new NameValue("p", "web"),
        new NameValue("tv", "js-2.6.1"),
        new NameValue("cv", "clj-1.1.0-tom-0.2.0"),
        new NameValue("nuid", NUID)), payload.querystring());
    assertEquals(new CollectorPayload.Source("clj-tomcat", "UTF-8", Optional.empty()), payload.source());
    assertEquals(Optional.empty(), payload.context().networkUserId(), "nuid stays in the querystring");
    assertEquals(Optional.empty(), payload.contentType());
    assertEquals(Optional.empty(), payload.body());
  }

  @Test
  void readsPostBodiesAsBase64UrlOfUtf8() {
    String line = post("/com.snowplowanalytics.snowplow/tp2", "application%2Fjson%3B+charset%3DUTF-8",
        base64Url(TP2_BODY));
    CollectorPayload payload = loaded(format.load(line));
    assertEquals(Api.TP2, payload.api());
    assertEquals(Optional.of("application/json; charset=UTF-8"), payload.contentType());
    assertEquals(Optional.of(TP2_BODY), payload.body());
    assertEquals(Optional.of("2001:db8::5:1"), payload.context().ipAddress());
    assertEquals(Optional.empty(), payload.context().refererUri());
    assertEquals(List.of("cv", "nuid"), names(payload));
  }

  @Test
  void acceptsBodiesInTheStandardBase64AlphabetWithPadding() {
    String body = "amount=12.50&currency=EUR&note=caf%C3%A9+%3F%3E";
    String line = post("/com.acme/v1", "application%2Fx-www-form-urlencoded",
        Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
    CollectorPayload payload = loaded(format.load(line));
    assertEquals(new Api("com.acme", "v1"), payload.api());
    assertEquals(Optional.of("application/x-www-form-urlencoded"), payload.contentType());
    assertEquals(Optional.of(body), payload.body(), "the body is not URL-decoded: its adapter does that");
  }

  @Test
  void readsPostsWithoutBody() {
    String line = with(with(get(15), 5, "POST"), 7, "/com.callrail/v1");
    CollectorPayload payload = loaded(format.load(line));
    assertEquals(new Api("com.callrail", "v1"), payload.api());
    assertEquals(Optional.empty(), payload.body());
    CollectorPayload dashes = loaded(format.load(post("/com.callrail/v1", "-", "-")));
    assertEquals(Optional.empty(), dashes.contentType());
    assertEquals(Optional.empty(), dashes.body());
  }

  @Test
  void acceptsGetWithContentTypeButNoBody() {
    String line = get(15) + "\tapplication%2Fjson\t-";
    CollectorPayload payload = loaded(format.load(line));
    assertEquals(Optional.of("application/json"), payload.contentType());
    assertEquals(Optional.empty(), payload.body());
  }

  @Test
  void rejectsGetWithBody() {
    String line = get(15) + "\tapplication%2Fjson\t" + base64Url("{\"e\":\"pv\"}");
    badField(format.load(line), line, "clj-tomcat", "body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not*base64", "eyJlIjoicHYifQ=x", "Z"})
  void rejectsBodiesThatAreNotBase64(String body) {
    String line = post("/com.snowplowanalytics.snowplow/tp2", "application%2Fjson", body);
    assertEquals(Optional.of(body), badField(format.load(line), line, "clj-tomcat", "body").value());
  }

  @Test
  void keepsCollectorParametersEvenWhenDashes() {
    CollectorPayload payload = loaded(format.load(with(get(12), 11, "aid=email&cv=clj-0.6.0-tom-0.0.4&nuid=-")));
    assertEquals(Optional.of("clj-0.6.0-tom-0.0.4"), parameter(payload, "cv"));
    assertEquals(Optional.of("-"), parameter(payload, "nuid"));
  }

  @Test
  void treatsDashesAsAbsent() {
    String line = with(with(with(with(get(15), 4, "-"), 9, "-"), 10, "-"), 11, "-");
    CollectorPayload payload = loaded(format.load(line));
    assertEquals(Optional.empty(), payload.context().ipAddress());
    assertEquals(Optional.empty(), payload.context().refererUri());
    assertEquals(Optional.empty(), payload.context().useragent());
    assertEquals(List.of(), payload.querystring());
  }

  @Test
  void decodesPlusesAndEscapesOfTheUserAgentOnce() {
    CollectorPayload payload = loaded(format.load(with(get(12), 10, "Ruby%2F2.3+%2Bhttps%3A%2F%2Fexample.com%2525")));
    assertEquals(Optional.of("Ruby/2.3 +https://example.com%25"), payload.context().useragent());
  }

  @Test
  void acceptsRunsOfSpaces() {
    String spaced = String.join("  ", Arrays.copyOf(GET, 15)).replace("  -  ", "\t - ");
    assertEquals(loaded(format.load(get(15))), loaded(format.load(spaced)));
  }

  @Test
  void discardsBlankLines() {
    discarded(format.load(""));
    discarded(format.load("\t"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 11, 13, 14, 16, 18, 20})
  void rejectsOtherFieldCounts(int fieldCount) {
    String[] fields = Arrays.copyOf(GET, Math.max(fieldCount, GET.length));
    Arrays.fill(fields, GET.length, fields.length, "-");
    String line = String.join("\t", Arrays.copyOf(fields, fieldCount));
    assertEquals(Optional.of(Integer.toString(fieldCount)),
        badField(format.load(line), line, "clj-tomcat", "fieldCount").value());
  }

  @Test
  void rejectsCloudfrontShapedLines() {
    String edge = with(get(15), 2, "FRA56-C1");
    assertEquals(Optional.of("FRA56-C1"), badField(format.load(edge), edge, "clj-tomcat", "field 3").value());
    String cookie = with(get(15), 12, "session=1");
    badField(format.load(cookie), cookie, "clj-tomcat", "field 13");
    String requestId = with(get(15), 14, "uL9N3lKq_2Xz8Yc0pW4tRm7bVd1sEa6fGh5jIk-oPqRs3Tu2Vw==");
    badField(format.load(requestId), requestId, "clj-tomcat", "field 15");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "HEAD", "DELETE"})
  void rejectsMethodsOtherThanGetAndPost(String method) {
    String line = with(get(15), 5, method);
    assertEquals(Optional.of(method), badField(format.load(line), line, "clj-tomcat", "method").value());
  }

  @Test
  void rejectsInvalidTimestamps() {
    String date = with(get(15), 0, "2016-02-30");
    badField(format.load(date), date, "clj-tomcat", "date time");
    String time = with(get(15), 1, "17:44");
    badField(format.load(time), time, "clj-tomcat", "date time");
  }

  @Test
  void rejectsPathsThatNameNoApi() {
    String favicon = with(get(15), 7, "/favicon.ico");
    assertEquals(Optional.of("/favicon.ico"),
        badField(format.load(favicon), favicon, "clj-tomcat", "path").value());
  }
}
