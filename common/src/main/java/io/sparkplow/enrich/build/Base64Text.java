package io.sparkplow.enrich.build;

import io.sparkplow.Result;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Decodes the base64 parameters of the tracker protocol ({@code cx}, {@code ue_px}) to UTF-8 text.
 *
 * <p>Lenient in what trackers really send: the URL-safe alphabet ({@code -_}) or the standard one
 * ({@code +/}), with or without {@code =} padding. A space is read as {@code +}, since a standard
 * {@code +} that was not percent-encoded becomes a space when the querystring is decoded. Strict
 * in everything else: any other character, an impossible length, or bytes that are not valid
 * UTF-8 are an error.
 */
public final class Base64Text {

  private Base64Text() {}

  /** The decoded text, or why the value is not base64 of UTF-8 text. */
  public static Result<String, String> decode(String value) {
    int end = value.length();
    while (end > 0 && value.charAt(end - 1) == '=') {
      end--;
    }
    if (end == 0) {
      return Result.err("empty base64");
    }
    if (end % 4 == 1) {
      return Result.err("invalid base64: " + end + " characters cannot encode whole bytes");
    }
    char[] chars = new char[end];
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c == '-' || c == ' ') {
        c = '+';
      } else if (c == '_') {
        c = '/';
      } else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
          || c == '/')) {
        return Result.err("invalid base64 character '" + c + "' at position " + i);
      }
      chars[i] = c;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(new String(chars));
    } catch (IllegalArgumentException e) {
      return Result.err("invalid base64: " + e.getMessage());
    }
    try {
      return Result.ok(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Result.err("base64 decodes to bytes that are not valid UTF-8");
    }
  }
}
