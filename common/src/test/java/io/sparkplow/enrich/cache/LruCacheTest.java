package io.sparkplow.enrich.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.Result;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LruCacheTest {

  @Test
  void evictsTheLeastRecentlyUsed() {
    LruCache<String, Integer> cache = LruCache.ofSize(2);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.get("a");
    cache.put("c", 3);
    assertEquals(Optional.of(1), cache.get("a"));
    assertEquals(Optional.empty(), cache.get("b"));
    assertEquals(2, cache.size());
  }

  @Test
  void entriesExpireAfterTheirTtl() {
    AtomicLong now = new AtomicLong();
    LruCache<String, String> cache = LruCache.withTtl(10, 60, now::get);
    cache.put("k", "v");
    now.addAndGet(TimeUnit.SECONDS.toNanos(59));
    assertEquals(Optional.of("v"), cache.get("k"));
    now.addAndGet(TimeUnit.SECONDS.toNanos(1));
    assertEquals(Optional.empty(), cache.get("k"));
    LruCache<String, String> forever = LruCache.withTtl(10, 0, now::get);
    forever.put("k", "v");
    now.addAndGet(TimeUnit.DAYS.toNanos(400));
    assertEquals(Optional.of("v"), forever.get("k"));
  }

  @Test
  void sizeZeroCachesNothing() {
    LruCache<String, String> cache = LruCache.ofSize(0);
    cache.put("k", "v");
    assertEquals(Optional.empty(), cache.get("k"));
  }

  @Test
  void cachesSuccessfulAttemptsOnlySoThatAFailureIsTriedAgain() {
    LruCache<String, String> cache = LruCache.ofSize(10);
    AtomicInteger attempts = new AtomicInteger();
    Result<String, String> failed = cache.getOrTry("city=Paris", k -> {
      attempts.incrementAndGet();
      return Result.err("HTTP 503");
    });
    assertEquals("HTTP 503", failed.error());
    assertEquals(Optional.empty(), cache.get("city=Paris"));
    for (int i = 0; i < 2; i++) {
      Result<String, String> found = cache.getOrTry("city=Paris", k -> {
        attempts.incrementAndGet();
        return Result.ok("{\"population\":2100000}");
      });
      assertEquals("{\"population\":2100000}", found.value());
    }
    assertEquals(2, attempts.get()); // the failure, then one success served twice
  }

  @Test
  void computesOnceWhenUsedFromOneThreadAndStaysBoundedUnderContention() throws Exception {
    LruCache<Integer, Integer> cache = LruCache.ofSize(100);
    AtomicInteger computed = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      cache.getOrCompute(7, k -> computed.incrementAndGet());
    }
    assertEquals(1, computed.get());
    LruCache<Integer, Integer> shared = LruCache.ofSize(100);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    java.util.List<java.util.concurrent.Future<?>> tasks = new java.util.ArrayList<>();
    for (int t = 0; t < 4; t++) {
      tasks.add(pool.submit(() -> {
        for (int i = 0; i < 10_000; i++) {
          int key = i % 300;
          assertEquals(key * 2, shared.getOrCompute(key, k -> k * 2));
        }
      }));
    }
    for (java.util.concurrent.Future<?> task : tasks) {
      task.get(); // rethrows a failed assertion of a worker
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    assertTrue(shared.size() <= 100);
  }
}
