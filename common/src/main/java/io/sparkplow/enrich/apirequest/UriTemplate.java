package io.sparkplow.enrich.apirequest;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API URI with {@code {{key}}} placeholders (spaces inside the braces allowed), parsed once.
 * Values are percent-encoded as UTF-8 (a space as {@code %20}), so they are safe in a path segment
 * and in a query.
 */
final class UriTemplate implements Serializable {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_-]+)\\s*\\}\\}");

  private final String template;
  /** Literal text at even positions, keys at odd positions. */
  private final List<String> parts;

  UriTemplate(String template) {
    this.template = template;
    List<String> p = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(template);
    int last = 0;
    while (m.find()) {
      p.add(template.substring(last, m.start()));
      p.add(m.group(1));
      last = m.end();
    }
    p.add(template.substring(last));
    this.parts = List.copyOf(p);
  }

  /** The keys used, in order of first use. */
  Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 1; i < parts.size(); i += 2) {
      keys.add(parts.get(i));
    }
    return keys;
  }

  /** The URI with every placeholder filled; empty when a key has no value. */
  Optional<String> fill(Map<String, String> values) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    for (int i = 0; i < parts.size(); i++) {
      if (i % 2 == 0) {
        out.append(parts.get(i));
      } else {
        String v = values.get(parts.get(i));
        if (v == null) {
          return Optional.empty();
        }
        out.append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
      }
    }
    return Optional.of(out.toString());
  }

  /** The template without its query and fragment: what an error message may show of it. */
  String withoutQuery() {
    int cut = template.length();
    int q = template.indexOf('?');
    int h = template.indexOf('#');
    if (q >= 0) {
      cut = q;
    }
    if (h >= 0 && h < cut) {
      cut = h;
    }
    return template.substring(0, cut);
  }

  @Override
  public String toString() {
    return template;
  }
}
