package io.sparkplow.enrich.cache;

import io.sparkplow.Result;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A bounded, thread-safe cache that evicts the least recently used entry, with an optional
 * time to live. Shared by the threads of one executor, so that a repeated user agent or lookup
 * key is computed once.
 *
 * <p>One lock guards the map: the work cached (parsing a user agent, an HTTP call, a query) is
 * done outside it, so two threads may compute the same missing key at once; both get a value.
 */
public final class LruCache<K, V> {

  private final int maxSize;
  private final long ttlNanos;
  private final LongSupplier clock;
  private final LinkedHashMap<K, Entry<V>> map;

  private record Entry<V>(V value, long storedAt) {}

  /** A cache of at most {@code maxSize} entries that never expire ({@code maxSize} 0 caches nothing). */
  public static <K, V> LruCache<K, V> ofSize(int maxSize) {
    return new LruCache<>(maxSize, 0, System::nanoTime);
  }

  /**
   * A cache of at most {@code maxSize} entries, each kept {@code ttlSeconds}; 0 seconds means
   * entries do not expire (as Snowplow's lookup caches did).
   */
  public static <K, V> LruCache<K, V> withTtl(int maxSize, long ttlSeconds, LongSupplier nanoClock) {
    return new LruCache<>(maxSize, ttlSeconds * 1_000_000_000L, nanoClock);
  }

  private LruCache(int maxSize, long ttlNanos, LongSupplier clock) {
    if (maxSize < 0 || ttlNanos < 0) {
      throw new IllegalArgumentException("cache size and ttl must not be negative");
    }
    this.maxSize = maxSize;
    this.ttlNanos = ttlNanos;
    this.clock = clock;
    this.map = new LinkedHashMap<>(Math.min(maxSize, 1024) * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
        return size() > LruCache.this.maxSize;
      }
    };
  }

  /** The cached value, if present and not expired. */
  public Optional<V> get(K key) {
    if (maxSize == 0) {
      return Optional.empty();
    }
    synchronized (map) {
      Entry<V> e = map.get(key);
      if (e == null) {
        return Optional.empty();
      }
      if (ttlNanos > 0 && clock.getAsLong() - e.storedAt() >= ttlNanos) {
        map.remove(key);
        return Optional.empty();
      }
      return Optional.of(e.value());
    }
  }

  public void put(K key, V value) {
    if (maxSize == 0) {
      return;
    }
    long now = clock.getAsLong();
    synchronized (map) {
      map.put(key, new Entry<>(value, now));
    }
  }

  /** The cached value, or {@code compute}'s, which is then cached (computed outside the lock). */
  public V getOrCompute(K key, Function<? super K, ? extends V> compute) {
    Optional<V> cached = get(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    V value = compute.apply(key);
    put(key, value);
    return value;
  }

  /**
   * The cached value, or the value of a successful {@code attempt}, which is then cached; a failed
   * attempt is returned and not cached, so the next call tries again.
   */
  public <E> Result<V, E> getOrTry(K key, Function<? super K, Result<V, E>> attempt) {
    Optional<V> cached = get(key);
    if (cached.isPresent()) {
      return Result.ok(cached.get());
    }
    Result<V, E> result = attempt.apply(key);
    if (result.isOk()) {
      put(key, result.value());
    }
    return result;
  }

  public int size() {
    synchronized (map) {
      return map.size();
    }
  }
}
