package io.sparkplow.enrich.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryStringsTest {

  private static List<String> pairs(String query) {
    List<String> out = new ArrayList<>();
    QueryStrings.forEach(query, StandardCharsets.UTF_8, (n, v) -> out.add(n + "=" + v));
    return out;
  }

  @Test
  void decodesPlusAndPercentEscapes() {
    assertEquals(List.of("q=buy tarot", "utm_term=native american", "x=a+b&c"),
        pairs("q=buy+tarot&utm_term=native%20american&x=a%2Bb%26c"));
  }

  @Test
  void decodesMultiByteCharactersInTheGivenCharset() {
    assertEquals(List.of("city=Zürich", "greek=Χαρ"), pairs("city=Z%C3%BCrich&greek=%CE%A7%CE%B1%CF%81"));
    List<String> latin1 = new ArrayList<>();
    QueryStrings.forEach("city=Z%FCrich", StandardCharsets.ISO_8859_1, (n, v) -> latin1.add(v));
    assertEquals(List.of("Zürich"), latin1);
  }

  @Test
  void keepsMalformedEscapesAndSkipsEmptyPairs() {
    assertEquals(List.of("a=100%", "b=%zz", "flag=", "c=d=e"), pairs("&a=100%&&b=%zz&flag&c=d=e&=orphan"));
  }

  @Test
  void stopsWhenTheVisitorSaysSo() {
    List<String> seen = new ArrayList<>();
    QueryStrings.forEach("a=1&b=2&c=3", StandardCharsets.UTF_8, (n, v) -> {
      seen.add(n);
      return !n.equals("b");
    });
    assertEquals(List.of("a", "b"), seen);
  }
}
