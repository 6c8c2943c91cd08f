package io.sparkplow.enrich.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlSplitterTest {

  static UrlParts split(String url) {
    var result = UrlSplitter.split(url);
    assertTrue(result.isOk(), () -> url + ": " + result);
    return result.value();
  }

  static void assertParts(UrlParts parts, String scheme, String host, String port, String path, String query,
      String fragment) {
    assertEquals(scheme, parts.scheme(), "scheme");
    assertEquals(host, parts.host(), "host");
    assertEquals(port, parts.port(), "port");
    assertEquals(path, parts.path(), "path");
    assertEquals(query, parts.query(), "query");
    assertEquals(fragment, parts.fragment(), "fragment");
  }

  @Test
  void fullUrl() {
    UrlParts parts = split("http://www.psychicbazaar.com/oracles/119-psycards.html?view=print#detail");
    assertParts(parts, "http", "www.psychicbazaar.com", "80", "/oracles/119-psycards.html", "view=print", "detail");
    assertEquals("http://www.psychicbazaar.com/oracles/119-psycards.html?view=print#detail", parts.url());
  }

  @Test
  void defaultPorts() {
    assertEquals("443", split("https://www.google.co.uk/url?sa=t").port());
    assertEquals("443", split("HTTPS://www.google.co.uk/").port());
    assertEquals("80", split("http://snowplowanalytics.com").port());
    assertEquals("80", split("ftp://files.example.com/a.txt").port());
    assertEquals("80", split("android-app://com.example.app/path").port());
  }

  @Test
  void explicitPortWins() {
    assertParts(split("https://shop.example.com:8443/cart"), "https", "shop.example.com", "8443", "/cart", "", "");
    assertEquals("8080", split("http://user:secret@localhost:8080/").port());
    assertEquals("localhost", split("http://user:secret@localhost:8080/").host());
    assertEquals("80", split("http://example.com:/x").port()); // empty port: the default
  }

  @Test
  void ipv6Hosts() {
    assertParts(split("http://[2001:db8::1]:8080/index.html"), "http", "[2001:db8::1]", "8080", "/index.html", "",
        "");
    assertParts(split("https://[::1]/"), "https", "[::1]", "443", "/", "", "");
  }

  @Test
  void queryAndFragmentAreRaw() {
    UrlParts parts = split("http://www.google.com/search?q=gateway+oracle+cards&hl=en&x=%20y#a=b#c");
    assertEquals("q=gateway+oracle+cards&hl=en&x=%20y", parts.query());
    assertEquals("a=b#c", parts.fragment());
    assertEquals("/search", parts.path());
  }

  @Test
  void fragmentWithoutQueryAndQueryMarkInFragment() {
    assertParts(split("http://example.com/page#section?x=1"), "http", "example.com", "80", "/page", "", "section?x=1");
    assertParts(split("http://example.com?x=1"), "http", "example.com", "80", "", "x=1", "");
  }

  @Test
  void spacesBecomePercent20() {
    UrlParts parts = split("http://www.example.com/native american/list?q=tarot deck");
    assertEquals("http://www.example.com/native%20american/list?q=tarot%20deck", parts.url());
    assertEquals("/native%20american/list", parts.path());
    assertEquals("q=tarot%20deck", parts.query());
  }

  @Test
  void unicodeAndStrayCharactersPassThrough() {
    assertParts(split("https://bücher.de/straße?q=ü|x&p=100%#frag"), "https", "bücher.de", "443", "/straße",
        "q=ü|x&p=100%", "frag");
  }

  @Test
  void noSchemeIsAllPath() {
    assertParts(split("www.example.com/page?x=1"), "", "", "", "www.example.com/page", "x=1", "");
    assertParts(split("/relative/path"), "", "", "", "/relative/path", "", "");
  }

  @Test
  void protocolRelativeHasAHostButNoSchemeNorPort() {
    assertParts(split("//cdn.example.com/lib.js"), "", "cdn.example.com", "", "/lib.js", "", "");
  }

  @Test
  void opaqueUrlsHaveNoHostNorPort() {
    assertParts(split("mailto:someone@example.com"), "mailto", "", "", "someone@example.com", "", "");
  }

  @Test
  void unparseableUrls() {
    assertFalse(UrlSplitter.split("ht tp://example.com/").isOk());
    assertFalse(UrlSplitter.split("1http://example.com/").isOk());
    assertFalse(UrlSplitter.split("http://example.com:80a/").isOk());
    assertFalse(UrlSplitter.split("http://example.com:65536/").isOk());
    assertFalse(UrlSplitter.split("http://example.com:-1/").isOk());
    assertFalse(UrlSplitter.split("http://[2001:db8::1/").isOk());
    assertFalse(UrlSplitter.split("http://[::1]x/").isOk());
    assertFalse(UrlSplitter.split("http://exa<mple>.com/").isOk());
    assertTrue(UrlSplitter.split("http://example.com:80a/").error().contains("port"));
  }
}
