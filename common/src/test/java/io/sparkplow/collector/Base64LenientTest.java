package io.sparkplow.collector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64LenientTest {

  @Test
  void decodesBothAlphabetsWithAndWithoutPadding() {
    Random random = new Random(7);
    for (int length = 0; length < 70; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      assertArrayEquals(bytes, Base64Lenient.decode(Base64.getEncoder().encodeToString(bytes)).orElseThrow());
      assertArrayEquals(bytes, Base64Lenient.decode(Base64.getUrlEncoder().encodeToString(bytes)).orElseThrow());
      assertArrayEquals(bytes,
          Base64Lenient.decode(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)).orElseThrow());
      assertArrayEquals(bytes,
          Base64Lenient.decode(Base64.getEncoder().withoutPadding().encodeToString(bytes)).orElseThrow());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "AAAAA", "QQ=", "QQ===", "Q===", "QUJD=", "QU=D", "QU JD", "QUJD\n", "ÀÀÀÀ", "QU*D"})
  void rejectsWhatIsNotBase64(String text) {
    assertTrue(Base64Lenient.decode(text).isEmpty(), text);
  }
}
