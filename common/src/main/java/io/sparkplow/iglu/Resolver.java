package io.sparkplow.iglu;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage.LookupAttempt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Resolves schemas over the bundled registry and the configured Iglu repositories. Thread-safe:
 * build one per JVM (per executor) and share it.
 *
 * <p>Lookup order: the bundled registry ({@value #BUNDLED_NAME}, classpath
 * {@value #BUNDLED_PATH}) first; then the configured repositories whose {@code vendorPrefixes}
 * match the vendor; then embedded before HTTP; then by {@code priority}, lower first; ties keep
 * the order of the configuration. The first hit wins.
 *
 * <p>Caching: an LRU of {@code cacheSize} lookups and as many model listings. A hit, and a miss
 * every repository answered "not found", live for {@code cacheTtl} when configured, else until
 * evicted. A failed lookup in which a repository could not be asked (unreachable, timed out,
 * a server error) is not a known miss: it is kept only for {@link Options#failureRetry()} (bounded
 * by {@code cacheTtl}), so a broken repository costs one attempt per key per period rather than
 * one per event, and a recovered one is used again. Concurrent lookups of a key share one load.
 *
 * <p>Returned schemas are shared between threads: read them, never modify them.
 *
 * <p>Listing a model gathers the versions every repository holds (embedded ones list their
 * folder; HTTP ones use the server's listing or probe versions, see {@link ModelProbe}); a
 * repository that fails makes the listing a failure, since a partial list would give a
 * warehouse table the wrong columns.
 */
public final class Resolver implements SchemaLookup {

  /** The name of the registry bundled with this project, as shown in lookup histories. */
  public static final String BUNDLED_NAME = "Iglu Client Embedded";
  /** The classpath folder of the bundled registry. */
  public static final String BUNDLED_PATH = "/iglu-client-embedded";

  /** The error text of a repository that does not hold the schema. */
  public static final String NOT_FOUND = "NotFound";
  /** The prefix of the error text of a repository that could not be asked. */
  public static final String REPO_FAILURE = "RepoFailure: ";

  /**
   * Settings that are not part of Snowplow's resolver configuration.
   *
   * @param connectTimeout to open a connection to an HTTP repository
   * @param requestTimeout for a whole HTTP exchange
   * @param failureRetry how long a lookup that failed to reach a repository is remembered
   */
  public record Options(Duration connectTimeout, Duration requestTimeout, Duration failureRetry) {

    public static final Options DEFAULT = new Options(Duration.ofSeconds(5), Duration.ofSeconds(10),
        Duration.ofSeconds(10));

    public Options {
      for (Duration d : List.of(connectTimeout, requestTimeout, failureRetry)) {
        if (d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException("resolver timeouts must be positive: " + d);
        }
      }
    }
  }

  private final Repository bundled;
  private final List<Repository> configured;
  private final LookupCache<SchemaKey, Outcome<JsonNode>> lookups;
  private final LookupCache<ModelKey, Outcome<List<SchemaKey>>> listings;
  // Held once: a method reference on this would be a new object per lookup.
  private final Function<SchemaKey, Outcome<JsonNode>> resolveKey = this::resolve;
  private final Function<ModelKey, Outcome<List<SchemaKey>>> listModelKey = this::list;

  Resolver(ResolverConfig config, Options options, ClassLoader loader, LongSupplier nanoClock) {
    this.bundled = EmbeddedRepository.of(new RepositoryConfig(BUNDLED_NAME, Integer.MIN_VALUE, List.of(),
        new RepositoryConfig.Embedded(BUNDLED_PATH)), loader);
    List<Repository> repos = new ArrayList<>();
    for (RepositoryConfig r : config.repositories()) {
      if (r.connection() instanceof RepositoryConfig.Http) {
        repos.add(new HttpRepository(r, options.connectTimeout(), options.requestTimeout()));
      } else {
        repos.add(EmbeddedRepository.of(r, loader));
      }
    }
    this.configured = List.copyOf(repos);
    long ttl = config.cacheTtl().map(Duration::toNanos).orElse(LookupCache.FOREVER);
    long failureTtl = Math.min(ttl, options.failureRetry().toNanos());
    this.lookups = new LookupCache<>(config.cacheSize(), nanoClock, o -> o.failed() ? failureTtl : ttl);
    this.listings = new LookupCache<>(config.cacheSize(), nanoClock, o -> o.failed() ? failureTtl : ttl);
  }

  /** A resolver over the configuration's repositories, with default timeouts. */
  public static Resolver create(ResolverConfig config) {
    return create(config, Options.DEFAULT);
  }

  public static Resolver create(ResolverConfig config, Options options) {
    return new Resolver(config, options, Resolver.class.getClassLoader(), System::nanoTime);
  }

  /** A resolver over the bundled registry alone (tests, tools). */
  public static Resolver bundledOnly() {
    return create(new ResolverConfig("(bundled only)", new SchemaVer(1, 0, 3), 500, 0, List.of()));
  }

  @Override
  public Result<JsonNode, List<LookupAttempt>> lookup(SchemaKey key) {
    return lookups.get(key, resolveKey).result();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the parts cannot form a schema key (a bug of the caller)
   */
  @Override
  public Result<List<SchemaKey>, List<LookupAttempt>> listModel(String vendor, String name, String format, int model) {
    ModelKey key = new ModelKey(vendor, name, format, model);
    new SchemaKey(vendor, name, format, new SchemaVer(model, 0, 0)); // validates the parts
    return listings.get(key, listModelKey).result();
  }

  /** The repository names in the order a vendor's schemas are looked up. */
  List<String> lookupOrder(String vendor) {
    return order(vendor).stream().map(Repository::name).toList();
  }

  private List<Repository> order(String vendor) {
    List<Repository> sorted = new ArrayList<>(configured);
    sorted.sort(Comparator.comparing((Repository r) -> !r.config().matchesVendor(vendor))
        .thenComparing(r -> r.config().connection() instanceof RepositoryConfig.Http)
        .thenComparingInt(r -> r.config().priority()));
    sorted.add(0, bundled);
    return sorted;
  }

  private Outcome<JsonNode> resolve(SchemaKey key) {
    List<LookupAttempt> attempts = new ArrayList<>();
    boolean failed = false;
    for (Repository repository : order(key.vendor())) {
      RepositoryAnswer<JsonNode> answer = safely(repository, () -> repository.lookup(key));
      if (answer instanceof RepositoryAnswer.Found<JsonNode> found) {
        return new Outcome<>(Result.ok(found.value()), false);
      }
      failed |= record(repository, answer, attempts);
    }
    return new Outcome<>(Result.err(List.copyOf(attempts)), failed);
  }

  private Outcome<List<SchemaKey>> list(ModelKey key) {
    List<LookupAttempt> attempts = new ArrayList<>();
    TreeSet<SchemaVer> versions = new TreeSet<>();
    boolean failed = false;
    for (Repository repository : order(key.vendor())) {
      RepositoryAnswer<List<SchemaVer>> answer =
          safely(repository, () -> repository.listModel(key.vendor(), key.name(), key.format(), key.model()));
      if (answer instanceof RepositoryAnswer.Found<List<SchemaVer>> found && !found.value().isEmpty()) {
        versions.addAll(found.value());
      } else {
        failed |= record(repository, answer, attempts);
      }
    }
    if (failed || versions.isEmpty()) {
      return new Outcome<>(Result.err(List.copyOf(attempts)), failed);
    }
    List<SchemaKey> keys = new ArrayList<>(versions.size());
    versions.forEach(v -> keys.add(new SchemaKey(key.vendor(), key.name(), key.format(), v)));
    return new Outcome<>(Result.ok(List.copyOf(keys)), false);
  }

  /** Adds the attempt of a repository that had nothing; true when it could not be asked. */
  private static boolean record(Repository repository, RepositoryAnswer<?> answer, List<LookupAttempt> attempts) {
    if (answer instanceof RepositoryAnswer.Failed<?> f) {
      attempts.add(new LookupAttempt(repository.name(), REPO_FAILURE + f.message()));
      return true;
    }
    attempts.add(new LookupAttempt(repository.name(), NOT_FOUND));
    return false;
  }

  /** A repository bug must not escape as an exception: it becomes that repository's failure. */
  private static <T> RepositoryAnswer<T> safely(Repository repository, Supplier<RepositoryAnswer<T>> ask) {
    try {
      return Objects.requireNonNull(ask.get());
    } catch (RuntimeException e) {
      return RepositoryAnswer.failed("unexpected error in repository " + repository.name() + ": " + e);
    }
  }

  /** A cached answer; {@code failed} when a repository could not be asked. */
  private record Outcome<T>(Result<T, List<LookupAttempt>> result, boolean failed) {}

  private record ModelKey(String vendor, String name, String format, int model) {}
}
