package io.sparkplow.collector;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.sparkplow.collector.CollectorPayload.NameValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlDecodingTest {

  @Test
  void parsesParametersInOrderKeepingDuplicatesAndEmptyValues() {
    List<NameValue> parameters = UrlDecoding.parseQuerystring(
        "e=se&se_ca=video%20player&se_va=&co=1&co=2&flag&tid=", UTF_8);
    assertEquals(List.of(
        new NameValue("e", "se"),
        new NameValue("se_ca", "video player"),
        new NameValue("se_va", ""),
        new NameValue("co", "1"),
        new NameValue("co", "2"),
        new NameValue("flag", ""),
        new NameValue("tid", "")), parameters);
  }

  @Test
  void skipsEmptyPartsAndKeepsEqualsSignsInValues() {
    assertEquals(List.of(new NameValue("aid", "shop"), new NameValue("b64", "eyJhIjoxfQ==")),
        UrlDecoding.parseQuerystring("&aid=shop&&b64=eyJhIjoxfQ==&", UTF_8));
    assertEquals(List.of(), UrlDecoding.parseQuerystring("", UTF_8));
    assertEquals(List.of(), UrlDecoding.parseQuerystring("&&", UTF_8));
  }

  @Test
  void decodesPlusAsSpaceAndEncodedPlusAsPlus() {
    assertEquals(List.of(new NameValue("q", "tarot cards"), new NameValue("name", "alex+test@example.com")),
        UrlDecoding.parseQuerystring("q=tarot+cards&name=alex%2Btest%40example.com", UTF_8));
  }

  @Test
  void decodesEncodedNamesAndJsonValuesOnce() {
    List<NameValue> parameters = UrlDecoding.parseQuerystring(
        "ue%5Fpr=%7B%22schema%22%3A%22iglu%3Acom.acme%2Fclick%2Fjsonschema%2F1-0-0%22%2C%22data%22%3A%7B%22target%22%3A%22100%2525%22%7D%7D",
        UTF_8);
    assertEquals(List.of(new NameValue("ue_pr",
        "{\"schema\":\"iglu:com.acme/click/jsonschema/1-0-0\",\"data\":{\"target\":\"100%25\"}}")),
        parameters);
  }

  @Test
  void decodesMultibyteUtf8() {
    assertEquals("Χαριτίνη – 東京 🚀",
        UrlDecoding.decode("%CE%A7%CE%B1%CF%81%CE%B9%CF%84%CE%AF%CE%BD%CE%B7+%E2%80%93+%E6%9D%B1%E4%BA%AC+%F0%9F%9A%80", UTF_8));
    // Raw (already decoded) characters next to escapes are kept.
    assertEquals("café crème", UrlDecoding.decode("café+cr%C3%A8me", UTF_8));
  }

  @Test
  void decodesInThePayloadEncoding() {
    assertEquals("café", UrlDecoding.decode("caf%E9", ISO_8859_1));
  }

  @Test
  void keepsMalformedEscapesLiterally() {
    assertEquals("100%", UrlDecoding.decode("100%", UTF_8));
    assertEquals("50% off", UrlDecoding.decode("50%+off", UTF_8));
    assertEquals("%zz%4", UrlDecoding.decode("%zz%4", UTF_8));
    assertEquals("a%G1b c", UrlDecoding.decode("a%G1b%20c", UTF_8));
    assertEquals(List.of(new NameValue("page", "Sale 100%"), new NameValue("e", "pv")),
        UrlDecoding.parseQuerystring("page=Sale%20100%&e=pv", UTF_8));
  }

  @Test
  void replacesBytesThatAreNotUtf8() {
    assertEquals("a\uFFFDb", UrlDecoding.decode("a%FFb", UTF_8));
    assertEquals("\uFFFD", UrlDecoding.decode("%E2%80", UTF_8)); // a truncated sequence
  }

  @Test
  void returnsTheSameStringWhenThereIsNothingToDecode() {
    String plain = "js-2.17.3";
    assertSame(plain, UrlDecoding.decode(plain, UTF_8));
  }

  @Test
  void walksParametersInOrderUntilTheVisitorStops() {
    List<String> seen = new ArrayList<>();
    UrlDecoding.forEachParameter("=orphan&q=tarot+cards&flag&stop=1&after=2", UTF_8, (name, value) -> {
      seen.add(name + "=" + value);
      return !name.equals("stop");
    });
    // An empty name is a parameter too here; skipping it is the caller's choice.
    assertEquals(List.of("=orphan", "q=tarot cards", "flag=", "stop=1"), seen);
  }

  @Test
  void undoesCloudfrontDoubleEncodingOnce() {
    assertEquals("Tea%20pot%2C%20green", UrlDecoding.singleEncodePercents("Tea%2520pot%252C%2520green"));
    // Triple encoding loses one level only.
    assertEquals("rome%2520choi", UrlDecoding.singleEncodePercents("rome%252520choi"));
    // %25 not followed by two hex digits is a real percent sign, kept.
    assertEquals("Analytics%25&x=%25", UrlDecoding.singleEncodePercents("Analytics%25&x=%25"));
    assertEquals("%25G1%2", UrlDecoding.singleEncodePercents("%25G1%2"));
    assertEquals("%2fa%2F", UrlDecoding.singleEncodePercents("%252fa%252F"));
    String untouched = "e=pv&tz=Europe%2FBerlin";
    assertSame(untouched, UrlDecoding.singleEncodePercents(untouched));
  }
}
