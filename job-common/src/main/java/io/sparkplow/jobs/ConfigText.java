package io.sparkplow.jobs;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.EnrichmentConfigs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a configuration argument that is either a path/URI to a file or, as Snowplow's jobs took
 * it, the base64 of the JSON itself. On EMR prefer paths: a step's arguments are limited to 10 KB.
 */
public final class ConfigText {

  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_=-]+");

  private final HadoopFiles files;

  public ConfigText(HadoopFiles files) {
    this.files = files;
  }

  /**
   * The JSON text of {@code value}: the content of the file it names or, when no such file exists,
   * the decoded base64 of JSON.
   */
  public String read(String argument, String value) {
    if (files.exists(value)) {
      return readFile(argument, value);
    }
    return inlineJson(value).orElseGet(() -> readFile(argument, value));
  }

  /**
   * The enrichment configurations of {@code --enrichments}: a folder of {@code *.json} files (one
   * enrichment each), one bundle file, or the base64 of a bundle.
   */
  public List<EnrichmentConfigs.Source> enrichments(String argument, String value) {
    java.util.Optional<String> inline = files.exists(value) ? java.util.Optional.empty() : inlineJson(value);
    if (inline.isPresent()) {
      return List.of(new EnrichmentConfigs.Source(argument + " (base64)", inline.get()));
    }
    files.requireExists(argument, value);
    try {
      if (files.isDirectory(value)) {
        List<EnrichmentConfigs.Source> sources = new ArrayList<>();
        for (String file : files.list(value, ".json")) {
          sources.add(new EnrichmentConfigs.Source(file, files.read(file)));
        }
        return sources;
      }
      return List.of(new EnrichmentConfigs.Source(value, files.read(value)));
    } catch (IOException e) {
      throw new ConfigurationException(value, "(file)", "cannot be read: " + e.getMessage(), e);
    }
  }

  private String readFile(String argument, String value) {
    files.requireExists(argument, value);
    try {
      return files.read(value);
    } catch (IOException e) {
      throw new ConfigurationException(value, "(file)", "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Whether {@link #read} takes {@code value} as inline base64 JSON rather than a path (never print it). */
  public boolean isInline(String value) {
    return !files.exists(value) && inlineJson(value).isPresent();
  }

  /** The decoded JSON when the value is base64 of a JSON object or array, else empty. */
  static java.util.Optional<String> inlineJson(String value) {
    String v = value.trim();
    if (v.length() < 4 || !BASE64.matcher(v).matches()) {
      return java.util.Optional.empty();
    }
    try {
      String normalized = v.replace('-', '+').replace('_', '/').replace("=", "");
      if (normalized.length() % 4 == 1) {
        return java.util.Optional.empty(); // no base64 text has this length
      }
      String text = new String(Base64.getDecoder().decode(
          normalized + "==".substring(0, (4 - normalized.length() % 4) % 4)), StandardCharsets.UTF_8).trim();
      return text.startsWith("{") || text.startsWith("[") ? java.util.Optional.of(text) : java.util.Optional.empty();
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
