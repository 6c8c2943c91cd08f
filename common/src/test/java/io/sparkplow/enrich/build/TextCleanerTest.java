package io.sparkplow.enrich.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void cleanTextIsReturnedAsIs() {
    String title = "Tarot cards - Native american - Psychic Bazaar";
    assertSame(title, TextCleaner.clean(title));
  }

  @Test
  void tabBecomesFourSpaces() {
    assertEquals("Psychic Bazaar    Shop", TextCleaner.clean("Psychic Bazaar\tShop"));
  }

  @Test
  void controlCharactersAreStripped() {
    assertEquals("line oneline two", TextCleaner.clean("line one\r\nline two"));
    assertEquals("ab", TextCleaner.clean("a\u0000\u0007\u001bb"));
    assertEquals("ab", TextCleaner.clean("a\u007f\u0085b"));
  }

  @Test
  void leadingAndTrailingWhitespaceIsTrimmed() {
    assertEquals("en-GB", TextCleaner.clean("  en-GB \n"));
    assertEquals("a", TextCleaner.clean("\ta\t"));
  }

  @Test
  void emptyResultIsAbsent() {
    assertEquals("", TextCleaner.clean(""));
    assertEquals("", TextCleaner.clean("   "));
    assertEquals("", TextCleaner.clean("\r\n\u0000"));
    assertEquals("", TextCleaner.clean(null));
  }

  @Test
  void unicodeIsKept() {
    assertEquals("Χαριτίνη NEW Unicode test 😀", TextCleaner.clean("Χαριτίνη NEW Unicode test 😀"));
  }

  @Test
  void userAgentOnlyLosesCrAndLf() {
    assertEquals("Mozilla/5.0 (X11)\u0001 Gecko", TextCleaner.cleanUserAgent("Mozilla/5.0 (X11)\u0001 Ge\r\ncko"));
    // Not trimmed: enrichments see the user agent as sent; the output is trimmed when written.
    assertEquals(" Mozilla/5.0    (X11)", TextCleaner.cleanUserAgent(" Mozilla/5.0\t(X11)\n"));
    assertEquals("", TextCleaner.cleanUserAgent("\r\n"));
  }
}
