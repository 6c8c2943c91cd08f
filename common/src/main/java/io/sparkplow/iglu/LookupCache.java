package io.sparkplow.iglu;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * A thread-safe LRU cache whose entries may expire, loading each missing key once even when
 * several threads ask for it at the same time (the others wait for that one load).
 *
 * <p>A hit takes one short lock and allocates nothing. A capacity of 0 keeps nothing (every get
 * loads, concurrent gets of one key still share a load).
 *
 * @param <K> key
 * @param <V> value (never null)
 */
final class LookupCache<K, V> {

  /** A time-to-live meaning "until evicted". */
  static final long FOREVER = Long.MAX_VALUE;

  private final int capacity;
  private final LongSupplier nanoClock;
  private final ToLongFunction<V> ttlNanos;
  private final Map<K, Entry<V>> entries; // guarded by itself
  private final ConcurrentHashMap<K, CompletableFuture<V>> loading = new ConcurrentHashMap<>();

  /**
   * @param capacity most entries kept
   * @param nanoClock the time, in nanoseconds ({@code System::nanoTime}, or a test clock)
   * @param ttlNanos how long a loaded value lives, or {@link #FOREVER}
   */
  LookupCache(int capacity, LongSupplier nanoClock, ToLongFunction<V> ttlNanos) {
    this.capacity = capacity;
    this.nanoClock = nanoClock;
    this.ttlNanos = ttlNanos;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
        return size() > LookupCache.this.capacity;
      }
    };
  }

  /** The cached value, or the one {@code load} gives (then cached). */
  V get(K key, Function<? super K, ? extends V> load) {
    V cached = fresh(key);
    if (cached != null) {
      return cached;
    }
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = loading.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      V value = fresh(key); // a load may have finished between the first look and now
      if (value == null) {
        value = load.apply(key);
        store(key, value);
      }
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(key, mine);
    }
  }

  /** Number of entries held (expired ones included until looked at). */
  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private V fresh(K key) {
    synchronized (entries) {
      Entry<V> e = entries.get(key);
      if (e == null) {
        return null;
      }
      if (e.expiresAt != FOREVER && nanoClock.getAsLong() - e.expiresAt >= 0) {
        entries.remove(key);
        return null;
      }
      return e.value;
    }
  }

  private void store(K key, V value) {
    if (capacity == 0) {
      return;
    }
    long ttl = ttlNanos.applyAsLong(value);
    if (ttl <= 0) {
      return;
    }
    long expiresAt = ttl == FOREVER ? FOREVER : nanoClock.getAsLong() + ttl;
    if (expiresAt == FOREVER && ttl != FOREVER) {
      expiresAt--; // keep FOREVER unambiguous
    }
    synchronized (entries) {
      entries.put(key, new Entry<>(value, expiresAt));
    }
  }

  private record Entry<V>(V value, long expiresAt) {}
}
