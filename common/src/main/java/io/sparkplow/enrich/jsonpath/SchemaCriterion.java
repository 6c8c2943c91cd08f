package io.sparkplow.enrich.jsonpath;

import io.sparkplow.iglu.SchemaKey;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Selects entities by schema: {@code iglu:VENDOR/NAME/FORMAT/M-R-A} where each of M, R, A is a
 * number or {@code *} (e.g. {@code iglu:com.acme/user/jsonschema/1-*-*}).
 */
public record SchemaCriterion(String vendor, String name, String format, int model, int revision,
    int addition) implements Serializable {

  /** Stands for {@code *} in a version part. */
  public static final int ANY = -1;

  private static final Pattern CRITERION = Pattern.compile(
      "^iglu:([a-zA-Z0-9_.\\-]+)/([a-zA-Z0-9_\\-]+)/([a-zA-Z0-9_\\-]+)/([1-9][0-9]*|\\*)-(0|[1-9][0-9]*|\\*)-(0|[1-9][0-9]*|\\*)$");

  /** Parses a criterion; empty when the text is not one. */
  public static Optional<SchemaCriterion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = CRITERION.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SchemaCriterion(m.group(1), m.group(2), m.group(3), part(m.group(4)),
          part(m.group(5)), part(m.group(6))));
    } catch (NumberFormatException e) {
      return Optional.empty(); // a version part too large for an int
    }
  }

  private static int part(String p) {
    return "*".equals(p) ? ANY : Integer.parseInt(p);
  }

  public boolean matches(SchemaKey key) {
    return key.vendor().equals(vendor) && key.name().equals(name) && key.format().equals(format)
        && (model == ANY || model == key.version().model())
        && (revision == ANY || revision == key.version().revision())
        && (addition == ANY || addition == key.version().addition());
  }

  /** Whether a schema URI ({@code iglu:...}) parses and matches. */
  public boolean matches(String schemaUri) {
    // Most entities of an event are of other schemas: tell them apart without parsing.
    int nameAt = 6 + vendor.length();
    int formatAt = nameAt + name.length() + 1;
    if (schemaUri == null || schemaUri.length() <= formatAt || !schemaUri.startsWith("iglu:")
        || !schemaUri.startsWith(vendor, 5) || schemaUri.charAt(nameAt - 1) != '/'
        || !schemaUri.startsWith(name, nameAt) || schemaUri.charAt(formatAt - 1) != '/') {
      return false;
    }
    return SchemaKey.parse(schemaUri).map(this::matches).orElse(false);
  }

  @Override
  public String toString() {
    return "iglu:" + vendor + "/" + name + "/" + format + "/" + show(model) + "-" + show(revision) + "-"
        + show(addition);
  }

  private static String show(int part) {
    return part == ANY ? "*" : Integer.toString(part);
  }
}
