package io.sparkplow.emr.submit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** {@code --endpoint-url}: an absolute http(s) URL with a host, as the SDK's endpoint override needs. */
public final class EndpointUrl {

  private EndpointUrl() {
  }

  /** The URL, or empty when {@code text} is not one. */
  public static Optional<URI> parse(String text) {
    try {
      URI uri = new URI(text);
      boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
