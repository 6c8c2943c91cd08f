package io.sparkplow.enrich.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class Base64TextTest {

  // Bytes chosen so that the standard and URL-safe encodings differ: ">>>" is "Pj4+" / "Pj4-",
  // "???" is "Pz8/" / "Pz8_".
  static final String TEXT = "{\"q\":\">>>???\",\"name\":\"Χαριτίνη\"}";
  static final byte[] BYTES = TEXT.getBytes(StandardCharsets.UTF_8);

  @Test
  void urlSafeWithPadding() {
    String encoded = Base64.getUrlEncoder().encodeToString(BYTES);
    assertTrue(encoded.contains("-") || encoded.contains("_"), encoded);
    assertEquals(TEXT, Base64Text.decode(encoded).value());
  }

  @Test
  void urlSafeWithoutPadding() {
    String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(BYTES);
    assertEquals(TEXT, Base64Text.decode(encoded).value());
  }

  @Test
  void standardWithAndWithoutPadding() {
    String encoded = Base64.getEncoder().encodeToString(BYTES);
    assertTrue(encoded.contains("+") || encoded.contains("/"), encoded);
    assertEquals(TEXT, Base64Text.decode(encoded).value());
    assertEquals(TEXT, Base64Text.decode(Base64.getEncoder().withoutPadding().encodeToString(BYTES)).value());
  }

  @Test
  void paddingOfEveryLength() {
    assertEquals("a", Base64Text.decode("YQ==").value());
    assertEquals("a", Base64Text.decode("YQ").value());
    assertEquals("a", Base64Text.decode("YQ=").value());
    assertEquals("ab", Base64Text.decode("YWI=").value());
    assertEquals("abc", Base64Text.decode("YWJj").value());
  }

  @Test
  void plusTurnedIntoSpaceByQuerystringDecodingIsReadAsPlus() {
    String encoded = Base64.getEncoder().encodeToString(BYTES);
    assertEquals(TEXT, Base64Text.decode(encoded.replace('+', ' ')).value());
  }

  @Test
  void invalidCharactersAreAnError() {
    assertFalse(Base64Text.decode("eyJhIjox*fQ").isOk());
    assertFalse(Base64Text.decode("eyJhIjo\nxfQ").isOk());
    assertFalse(Base64Text.decode("YQ==YQ==").isOk());
    assertTrue(Base64Text.decode("eyJhIjox*fQ").error().contains("'*'"));
  }

  @Test
  void impossibleLengthIsAnError() {
    assertFalse(Base64Text.decode("YWJjZ").isOk());
  }

  @Test
  void emptyIsAnError() {
    assertFalse(Base64Text.decode("").isOk());
    assertFalse(Base64Text.decode("==").isOk());
  }

  @Test
  void bytesThatAreNotUtf8AreAnError() {
    String encoded = Base64.getUrlEncoder().encodeToString(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
    assertTrue(Base64Text.decode(encoded).error().contains("UTF-8"));
    String latin1 = Base64.getUrlEncoder().encodeToString("café".getBytes(StandardCharsets.ISO_8859_1));
    assertFalse(Base64Text.decode(latin1).isOk());
  }
}
