package io.sparkplow.collector;

import static io.sparkplow.collector.Loads.PROCESSOR;
import static io.sparkplow.collector.Loads.RUN_TIMESTAMP;
import static io.sparkplow.collector.Loads.bad;
import static io.sparkplow.collector.Loads.badField;
import static io.sparkplow.collector.Loads.discarded;
import static io.sparkplow.collector.Loads.loaded;
import static io.sparkplow.collector.Loads.parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.badrow.FailureMessage;
import io.sparkplow.collector.CollectorPayload.Api;
import io.sparkplow.collector.CollectorPayload.NameValue;
import io.sparkplow.json.Json;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudfrontFormatTest {

  private final CollectorFormat format = new CloudfrontFormat(PROCESSOR, RUN_TIMESTAMP);

  /**
   * A request of the pixel as CloudFront logged it in its 26-field layout (2016 and later): the
   * tracker's values are URL-encoded, and CloudFront encoded their {@code %} once more.
   */
  private static final String[] FIELDS = {
      "2021-06-14", // date
      "08:15:27", // time
      "FRA56-C1", // x-edge-location
      "485", // sc-bytes
      "203.0.113.24", // c-ip
      "GET", // cs-method
      "d2f3kq9xw1abcd.cloudfront.net", // cs(Host)
      "/i", // cs-uri-stem
      "200", // sc-status
      "https://shop.example.org/products/tea%2520pot?ref=home", // cs(Referer)
      "Mozilla/5.0%2520(X11;%2520Linux%2520x86_64;%2520rv:89.0)%2520Gecko/20100101%2520Firefox/89.0",
      "e=pv&url=https%253A%252F%252Fshop.example.org%252Fproducts%252Ftea%252520pot%253Fref%253Dhome"
          + "&page=Tea%2520pot%2520%25E2%2580%2593%2520Example%2520Shop&aid=shop&p=web&tv=js-2.17.3"
          + "&tz=Europe%252FBerlin&se_la=100%25&duid=3c1a5e2b7d9f4a60",
      "-", // cs(Cookie)
      "Hit", // x-edge-result-type
      "uL9N3lKq_2Xz8Yc0pW4tRm7bVd1sEa6fGh5jIk-oPqRs3Tu2Vw==", // x-edge-request-id
      "collector.shop.example.org", // x-host-header
      "https", // cs-protocol
      "612", // cs-bytes
      "0.002", // time-taken
      "198.51.100.7,%2010.0.0.1", // x-forwarded-for
      "TLSv1.2", // ssl-protocol
      "ECDHE-RSA-AES128-GCM-SHA256", // ssl-cipher
      "Hit", // x-edge-response-result-type
      "HTTP/2.0", // cs-protocol-version
      "-", // fle-status
      "-", // fle-encrypted-fields
  };

  private static final long TIMESTAMP = Instant.parse("2021-06-14T08:15:27Z").toEpochMilli();

  private static String line(int fieldCount) {
    return String.join("\t", Arrays.copyOf(FIELDS, fieldCount));
  }

  private static String lineWith(int fieldCount, int index, String value) {
    String[] fields = Arrays.copyOf(FIELDS, fieldCount);
    fields[index] = value;
    return String.join("\t", fields);
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 15, 18, 19, 23, 24, 26})
  void readsEveryLayout(int fieldCount) {
    CollectorPayload payload = loaded(format.load(line(fieldCount)));

    assertEquals(Api.TP1, payload.api());
    assertEquals(TIMESTAMP, payload.context().timestampMs());
    assertEquals(Optional.of("Mozilla/5.0 (X11; Linux x86_64; rv:89.0) Gecko/20100101 Firefox/89.0"),
        payload.context().useragent());
    assertEquals(Optional.of("https://shop.example.org/products/tea%20pot?ref=home"),
        payload.context().refererUri());
    assertEquals(List.of(
        new NameValue("e", "pv"),
        new NameValue("url", "https://shop.example.org/products/tea%20pot?ref=home"),
        new NameValue("page", "Tea pot – Example Shop"),
        new NameValue("aid", "shop"),
        new NameValue("p", "web"),
        new NameValue("tv", "js-2.17.3"),
        new NameValue("tz", "Europe/Berlin"),
        new NameValue("se_la", "100%"),
        new NameValue("duid", "3c1a5e2b7d9f4a60")), payload.querystring());
    // x-forwarded-for (field 20) exists from the 23-field layout on.
    assertEquals(Optional.of(fieldCount >= 23 ? "198.51.100.7" : "203.0.113.24"),
        payload.context().ipAddress());
    assertEquals(new CollectorPayload.Source("cloudfront", "UTF-8", Optional.empty()), payload.source());
    assertEquals(List.of(), payload.context().headers());
    assertEquals(Optional.empty(), payload.context().networkUserId());
    assertEquals(Optional.empty(), payload.contentType());
    assertEquals(Optional.empty(), payload.body());
  }

  @Test
  void acceptsRunsOfSpacesAsSeparators() {
    String spaced = String.join("   ", Arrays.copyOf(FIELDS, 15)).replace("Hit", "Hit \t ");
    assertEquals(loaded(format.load(line(15))), loaded(format.load(spaced)));
  }

  @Test
  void readsTheLegacyPixelPathAndSingleEncodedValues() {
    String line = "2012-05-24\t00:06:42\tLHR5\t3402\t192.0.2.55\tGET\td3gs014xn8p70.cloudfront.net"
        + "\t/ice.png\t200\thttp://www.example.com/crystals/howlite.html?view=print#detail"
        + "\tMozilla/5.0%20(iPhone;%20CPU%20iPhone%20OS%205_1_1%20like%20Mac%20OS%20X)"
        + "\t&e=pv&page=Crystals%09Shop&refr=http%3A%2F%2Fwww.google.com%2Fsearch%3Fq%3Dhowlite%2Bstone";
    CollectorPayload payload = loaded(format.load(line));
    assertEquals(Api.TP1, payload.api());
    assertEquals(Optional.of("Mozilla/5.0 (iPhone; CPU iPhone OS 5_1_1 like Mac OS X)"),
        payload.context().useragent());
    assertEquals(Optional.of("http://www.example.com/crystals/howlite.html?view=print#detail"),
        payload.context().refererUri());
    assertEquals(Optional.of("Crystals\tShop"), parameter(payload, "page"));
    assertEquals(Optional.of("http://www.google.com/search?q=howlite+stone"), parameter(payload, "refr"));
    assertEquals(Instant.parse("2012-05-24T00:06:42Z").toEpochMilli(), payload.context().timestampMs());
  }

  @Test
  void readsWebhookPaths() {
    CollectorPayload payload = loaded(format.load(lineWith(19, 7, "/com.acme/v1")));
    assertEquals(new Api("com.acme", "v1"), payload.api());
  }

  @Test
  void treatsDashesAsAbsent() {
    String[] fields = Arrays.copyOf(FIELDS, 23);
    fields[9] = "-";
    fields[10] = "-";
    fields[11] = "-";
    fields[19] = "-";
    CollectorPayload payload = loaded(format.load(String.join("\t", fields)));
    assertEquals(Optional.empty(), payload.context().refererUri());
    assertEquals(Optional.empty(), payload.context().useragent());
    assertEquals(List.of(), payload.querystring());
    assertEquals(Optional.of("203.0.113.24"), payload.context().ipAddress(), "no x-forwarded-for: c-ip");
  }

  @Test
  void keepsIpv6AndPortsOfTheClientIp() {
    assertEquals(Optional.of("2001:db8:85a3::8a2e:370:7334"), loaded(format.load(
        lineWith(15, 4, "2001:db8:85a3::8a2e:370:7334"))).context().ipAddress());
    assertEquals(Optional.of("192.0.2.1:8080"),
        loaded(format.load(lineWith(15, 4, "192.0.2.1:8080"))).context().ipAddress());
    assertEquals(Optional.of("2001:db8::17"), loaded(format.load(
        lineWith(26, 19, "2001:db8::17,203.0.113.9"))).context().ipAddress());
  }

  @Test
  void dropsTheTrailingPercentCloudfrontAppendsToReferers() {
    CollectorPayload payload = loaded(format.load(
        lineWith(12, 9, "http://www.example.com/search?q=50%2525%")));
    assertEquals(Optional.of("http://www.example.com/search?q=50%25"), payload.context().refererUri());
  }

  @Test
  void keepsUserAgentPlusesAsSpacesAndMalformedEscapesLiterally() {
    CollectorPayload payload = loaded(format.load(lineWith(12, 10,
        "Mozilla/5.0%2520(compatible;%2520Googlebot/2.1;%2520%2Bhttp://www.google.com/bot.html)%25")));
    assertEquals(Optional.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)%"),
        payload.context().useragent());
    CollectorPayload malformed = loaded(format.load(lineWith(12, 11, "e=pv&page=50%zzoff&x=%E2%82")));
    assertEquals(Optional.of("50%zzoff"), parameter(malformed, "page"));
    assertEquals(Optional.of("\uFFFD"), parameter(malformed, "x"));
  }

  @Test
  void discardsHeaderAndBlankLines() {
    discarded(format.load("#Version: 1.0"));
    discarded(format.load("#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) "
        + "cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie)"));
    discarded(format.load(""));
    discarded(format.load(" \t "));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 11, 13, 14, 16, 17, 20, 21, 22})
  void rejectsOtherFieldCounts(int fieldCount) {
    String line = line(fieldCount);
    FailureMessage.InputData message = badField(format.load(line), line, "cloudfront", "fieldCount");
    assertEquals(Optional.of(Integer.toString(fieldCount)), message.value());
    assertEquals(CloudfrontFormat.FIELD_COUNTS, message.expectation());
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "HEAD", "OPTIONS", "-"})
  void rejectsMethodsOtherThanGet(String method) {
    String line = lineWith(19, 5, method);
    assertEquals(Optional.of(method), badField(format.load(line), line, "cloudfront", "cs-method").value());
  }

  @Test
  void acceptsLowerCaseGet() {
    loaded(format.load(lineWith(12, 5, "get")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-13-01", "2021-02-29", "2021-06-31", "21-06-14", "2021/06/14",
      "2021-06-1x", "-"})
  void rejectsInvalidDates(String date) {
    String line = lineWith(15, 0, date);
    FailureMessage.InputData message = badField(format.load(line), line, "cloudfront", "date time");
    assertEquals(Optional.of(date + " 08:15:27"), message.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00:00", "08:60:00", "08:15:61", "8:15:27", "08:15", "08:15:27.",
      "08:15:27Z"})
  void rejectsInvalidTimes(String time) {
    String line = lineWith(15, 1, time);
    badField(format.load(line), line, "cloudfront", "date time");
  }

  @Test
  void readsLeapDaysAndFractionsOfSeconds() {
    assertEquals(Instant.parse("2020-02-29T23:59:59.250Z").toEpochMilli(), loaded(format.load(
        lineWith(12, 0, "2020-02-29").replace("08:15:27", "23:59:59.25"))).context().timestampMs());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/favicon.ico", "/", "/a/b/c", "/index.html"})
  void rejectsPathsThatNameNoApi(String path) {
    String line = lineWith(15, 7, path);
    FailureMessage.InputData message = badField(format.load(line), line, "cloudfront", "cs-uri-stem");
    assertEquals(Optional.of(path), message.value());
    assertEquals(ApiPath.EXPECTATION, message.expectation());
  }

  @Test
  void writesBadRowsAsCollectorPayloadFormatViolations() throws Exception {
    String line = lineWith(19, 5, "POST");
    JsonNode json = Json.MAPPER.readTree(bad(format.load(line), line, "cloudfront").toJson());
    assertEquals("iglu:com.snowplowanalytics.snowplow.badrows/collector_payload_format_violation/jsonschema/1-0-0",
        json.get("schema").asText());
    assertEquals(line, json.at("/data/payload").asText());
    assertEquals("cloudfront", json.at("/data/failure/loader").asText());
    assertEquals("2021-06-15T03:00:00.000Z", json.at("/data/failure/timestamp").asText());
    assertEquals("cs-method", json.at("/data/failure/message/field").asText());
    assertTrue(json.at("/data/failure/message/expectation").asText().startsWith("GET"));
  }
}
