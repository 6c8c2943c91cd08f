package io.sparkplow.collector;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Character sets by the names collectors record, without exceptions. */
final class Charsets {

  private Charsets() {}

  static Optional<Charset> forName(String name) {
    if (name.equalsIgnoreCase("UTF-8")) {
      return Optional.of(StandardCharsets.UTF_8); // nearly every record: no lookup
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalArgumentException unsupportedOrIllegal) {
      return Optional.empty();
    }
  }
}
