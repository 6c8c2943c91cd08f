package io.sparkplow.collector;

import java.util.Optional;

/**
 * Base64 decoding that accepts both alphabets (standard {@code +/} and URL-safe {@code -_}) and
 * optional {@code =} padding, since collectors and trackers wrote all of them. Never throws: input
 * that is not base64 is an empty result.
 */
final class Base64Lenient {

  private static final byte[] VALUES = new byte[128];

  static {
    java.util.Arrays.fill(VALUES, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = (byte) i;
    }
    VALUES['+'] = 62;
    VALUES['-'] = 62;
    VALUES['/'] = 63;
    VALUES['_'] = 63;
  }

  private Base64Lenient() {}

  static Optional<byte[]> decode(String s) {
    int end = s.length();
    int padding = 0;
    while (end > 0 && s.charAt(end - 1) == '=' && padding < 2) {
      end--;
      padding++;
    }
    int remainder = end % 4;
    if (remainder == 1 || padding > 0 && (end + padding) % 4 != 0) {
      return Optional.empty(); // a dangling character, or padding where none fits
    }
    byte[] out = new byte[end / 4 * 3 + (remainder == 0 ? 0 : remainder - 1)];
    int o = 0;
    int bits = 0;
    int bitCount = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      int value = c < 128 ? VALUES[c] : -1;
      if (value < 0) {
        return Optional.empty();
      }
      bits = bits << 6 | value;
      bitCount += 6;
      if (bitCount >= 8) {
        bitCount -= 8;
        out[o++] = (byte) (bits >> bitCount);
        bits &= (1 << bitCount) - 1;
      }
    }
    return Optional.of(out);
  }
}
