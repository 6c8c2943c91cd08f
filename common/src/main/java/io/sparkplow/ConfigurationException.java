package io.sparkplow;

/**
 * A fatal configuration error, raised before any data is read. The message names the file and
 * the field at fault, e.g. {@code enrichments/ip_lookups.json: data.parameters.geo.uri: ...}.
 */
public final class ConfigurationException extends RuntimeException {

  private final String source;
  private final String field;

  public ConfigurationException(String source, String field, String problem) {
    super(source + ": " + field + ": " + problem);
    this.source = source;
    this.field = field;
  }

  public ConfigurationException(String source, String field, String problem, Throwable cause) {
    super(source + ": " + field + ": " + problem, cause);
    this.source = source;
    this.field = field;
  }

  /** The file (or argument) the configuration came from. */
  public String source() {
    return source;
  }

  /** The field within it, as a path such as {@code data.parameters.geo.uri}. */
  public String field() {
    return field;
  }
}
