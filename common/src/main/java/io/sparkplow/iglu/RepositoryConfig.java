package io.sparkplow.iglu;

import io.sparkplow.enrich.Secret;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One repository of a resolver configuration: where schemas are looked up, in which order.
 *
 * @param name shown in lookup histories (bad rows)
 * @param priority lower is looked up first (after the vendor-prefix and kind rules)
 * @param vendorPrefixes vendors starting with one of these are looked up here first
 * @param connection how to reach the repository
 */
public record RepositoryConfig(String name, int priority, List<String> vendorPrefixes, Connection connection)
    implements Serializable {

  public RepositoryConfig {
    Objects.requireNonNull(name, "name");
    vendorPrefixes = List.copyOf(vendorPrefixes);
    Objects.requireNonNull(connection, "connection");
  }

  /** True when the vendor starts with one of this repository's prefixes. */
  public boolean matchesVendor(String vendor) {
    for (String prefix : vendorPrefixes) {
      if (vendor.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** How a repository is reached. */
  public sealed interface Connection extends Serializable permits Embedded, Http {}

  /**
   * A folder holding {@code schemas/VENDOR/NAME/FORMAT/VERSION}: the directory at {@code path}
   * when there is one on disk, else the classpath folder of that name (e.g. {@code /iglu-local}).
   */
  public record Embedded(String path) implements Connection {
    public Embedded {
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * An Iglu registry served over HTTP(S): {@code GET {uri}/schemas/VENDOR/NAME/FORMAT/VERSION},
   * with an {@code apikey} header when one is configured. A class rather than a record, so that
   * the optional key can be kept in a serializable form; the key never appears in {@code toString}.
   */
  public static final class Http implements Connection {

    private final URI uri;
    private final Secret apikey; // null when none is configured; never exposed as null

    public Http(URI uri, Optional<Secret> apikey) {
      this.uri = Objects.requireNonNull(uri, "uri");
      this.apikey = apikey.orElse(null);
    }

    public URI uri() {
      return uri;
    }

    public Optional<Secret> apikey() {
      return Optional.ofNullable(apikey);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Http h && h.uri.equals(uri) && Objects.equals(h.apikey, apikey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(uri, apikey);
    }

    @Override
    public String toString() {
      return "Http[uri=" + uri + (apikey == null ? "" : ", apikey=" + apikey) + "]";
    }
  }
}
