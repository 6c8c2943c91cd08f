package io.sparkplow.iglu;

import java.io.Serializable;
import java.util.Optional;

/**
 * The key of a schema in an Iglu registry: {@code iglu:VENDOR/NAME/FORMAT/VERSION}.
 *
 * <p>Parsing is strict (vendor reverse-DNS-like, name {@code [a-zA-Z0-9_-]+}), so that a key can
 * safely name a path in a registry or an output folder.
 */
public record SchemaKey(String vendor, String name, String format, SchemaVer version) implements Serializable {

  public SchemaKey {
    if (!validVendor(vendor) || !validName(name) || !validName(format)) {
      throw new IllegalArgumentException("invalid schema key parts: " + vendor + "/" + name + "/" + format);
    }
  }

  /**
   * Parses an {@code iglu:} URI; empty when it is not one. Hand-rolled rather than a regex: it
   * runs for every entity of every event.
   */
  public static Optional<SchemaKey> parse(String uri) {
    if (uri == null || !uri.startsWith("iglu:")) {
      return Optional.empty();
    }
    int vendorEnd = uri.indexOf('/', 5);
    int nameEnd = vendorEnd < 0 ? -1 : uri.indexOf('/', vendorEnd + 1);
    int formatEnd = nameEnd < 0 ? -1 : uri.indexOf('/', nameEnd + 1);
    if (formatEnd < 0 || uri.indexOf('/', formatEnd + 1) >= 0) {
      return Optional.empty();
    }
    String vendor = uri.substring(5, vendorEnd);
    String name = uri.substring(vendorEnd + 1, nameEnd);
    String format = uri.substring(nameEnd + 1, formatEnd);
    if (!validVendor(vendor) || !validName(name) || !validName(format)) {
      return Optional.empty();
    }
    return SchemaVer.parse(uri.substring(formatEnd + 1)).map(v -> new SchemaKey(vendor, name, format, v));
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
