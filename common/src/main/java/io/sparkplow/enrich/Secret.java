package io.sparkplow.enrich;

import java.io.Serializable;

/**
 * A configuration value that must never be shown: API keys, passwords, salts. Its
 * {@code toString} is masked, so it cannot leak through a log line or an exception message.
 */
public final class Secret implements Serializable {

  private final String value;

  public Secret(String value) {
    this.value = value;
  }

  /** The secret itself, for the one place that uses it (a header, a connection, a hash). */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "********";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
