package io.sparkplow.iglu;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Snowplow's Iglu resolver configuration,
 * {@code iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-0} to {@code 1-0-3}.
 *
 * <p>Serializable (the API key stays masked in {@code toString}), so a Spark driver can ship it
 * to executors, which build their {@link Resolver} from it once per JVM.
 *
 * @param source the file or argument the configuration came from, for error messages
 * @param version the resolver-config schema version the document declared
 * @param cacheSize how many lookups (hits and misses) the resolver keeps; 0 disables the cache
 * @param cacheTtlSeconds how long a cached lookup lives, in seconds; 0 when not configured
 *     (entries then live until evicted), see {@link #cacheTtl()}
 * @param repositories as configured, in the order of the document
 */
public record ResolverConfig(String source, SchemaVer version, int cacheSize, int cacheTtlSeconds,
                             List<RepositoryConfig> repositories) implements Serializable {

  /** The schema of the configuration document, without its version. */
  public static final String SCHEMA_PREFIX = "iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/";

  public ResolverConfig {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(version, "version");
    if (cacheSize < 0 || cacheTtlSeconds < 0) {
      throw new IllegalArgumentException("negative cacheSize or cacheTtl");
    }
    repositories = List.copyOf(repositories);
  }

  /**
   * Parses a configuration document.
   *
   * @param source the file name or argument it came from (named in errors)
   * @param json the document
   * @throws io.sparkplow.ConfigurationException naming the source and the field at fault, e.g.
   *     {@code data.repositories[1].connection.http.uri}
   */
  public static ResolverConfig parse(String source, String json) {
    return new ResolverConfigReader(source).read(json);
  }

  /** The cache time-to-live, when configured (1-0-2 and later). */
  public Optional<Duration> cacheTtl() {
    return cacheTtlSeconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(cacheTtlSeconds));
  }
}
