package io.sparkplow.iglu;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key of a schema in an Iglu registry: {@code iglu:VENDOR/NAME/FORMAT/VERSION}.
 *
 * <p>Parsing is strict (vendor reverse-DNS-like, name {@code [a-zA-Z0-9_-]+}), so that a key can
 * safely name a path in a registry or an output folder.
 */
public record SchemaKey(String vendor, String name, String format, SchemaVer version) implements Serializable {

  private static final Pattern URI = Pattern.compile(
      "^iglu:([a-zA-Z0-9_.\\-]+)/([a-zA-Z0-9_\\-]+)/([a-zA-Z0-9_\\-]+)/([0-9]+-[0-9]+-[0-9]+)$");

  public SchemaKey {
    if (!validVendor(vendor) || !validName(name) || !validName(format)) {
      throw new IllegalArgumentException("invalid schema key parts: " + vendor + "/" + name + "/" + format);
    }
  }

  /** Parses an {@code iglu:} URI; empty when it is not one. */
  public static Optional<SchemaKey> parse(String uri) {
    if (uri == null) {
      return Optional.empty();
    }
    Matcher m = URI.matcher(uri);
    if (!m.matches() || !validVendor(m.group(1))) {
      return Optional.empty();
    }
    return SchemaVer.parse(m.group(4)).map(v -> new SchemaKey(m.group(1), m.group(2), m.group(3), v));
  }

  /** Vendor: dot-separated parts of {@code [a-zA-Z0-9_-]}, none empty (no "..", no leading dot). */
  static boolean validVendor(String vendor) {
    if (vendor == null || vendor.isEmpty() || vendor.startsWith(".") || vendor.endsWith(".")
        || vendor.contains("..")) {
      return false;
    }
    for (int i = 0; i < vendor.length(); i++) {
      char c = vendor.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 128) && c != '_' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  static boolean validName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 128) && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code iglu:vendor/name/format/M-R-A}. */
  public String toUri() {
    return "iglu:" + toPath();
  }

  /** {@code vendor/name/format/M-R-A}, the path of the schema under {@code schemas/}. */
  public String toPath() {
    return vendor + "/" + name + "/" + format + "/" + version;
  }

  @Override
  public String toString() {
    return toUri();
  }
}
