package io.sparkplow.enrich.support;

import io.sparkplow.collector.UrlDecoding;
import io.sparkplow.protocol.RawEvent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads the named parameters of a raw (still percent-encoded) URL querystring, such as
 * {@code page_urlquery}, with the collector's decoding ({@link UrlDecoding}: {@code +} is a space,
 * {@code %XX} a byte of the given character set, a {@code %} not followed by two hex digits stays
 * as it is). A pair without {@code =} has an empty value; empty pairs and pairs without a name
 * ({@code =orphan}) are skipped.
 */
public final class QueryStrings {

  private QueryStrings() {}

  /** Walks the named pairs of {@code rawQuery} (without its leading {@code ?}) in order. */
  public static void forEach(String rawQuery, Charset charset, UrlDecoding.ParameterVisitor visitor) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return;
    }
    UrlDecoding.forEachParameter(rawQuery, charset,
        (name, value) -> name.isEmpty() || visitor.visit(name, value));
  }

  /** The character set a querystring of this event is encoded in: the collector's, else UTF-8. */
  public static Charset charset(RawEvent raw) {
    String encoding = raw.source() == null ? null : raw.source().encoding();
    if (encoding == null || encoding.isEmpty() || encoding.equalsIgnoreCase("UTF-8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
