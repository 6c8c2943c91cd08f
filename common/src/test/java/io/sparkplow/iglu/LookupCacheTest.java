package io.sparkplow.iglu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LookupCacheTest {

  private final AtomicLong clock = new AtomicLong(1_000);
  private final AtomicInteger loads = new AtomicInteger();

  private String load(String key) {
    loads.incrementAndGet();
    return key.toUpperCase() + "#" + loads.get();
  }

  @Test
  void loadsOnceThenHits() {
    LookupCache<String, String> cache = new LookupCache<>(10, clock::get, v -> LookupCache.FOREVER);
    String first = cache.get("a", this::load);
    assertEquals("A#1", first);
    assertSame(first, cache.get("a", this::load));
    assertEquals(1, loads.get());
  }

  @Test
  void evictsTheLeastRecentlyUsed() {
    LookupCache<String, String> cache = new LookupCache<>(2, clock::get, v -> LookupCache.FOREVER);
    cache.get("a", this::load);
    cache.get("b", this::load);
    cache.get("a", this::load); // a is now more recent than b
    cache.get("c", this::load); // evicts b
    assertEquals(3, loads.get());
    assertEquals("A#1", cache.get("a", this::load));
    assertEquals("B#4", cache.get("b", this::load));
    assertEquals(2, cache.size());
  }

  @Test
  void expiresAfterItsTtl() {
    long tenSeconds = TimeUnit.SECONDS.toNanos(10);
    LookupCache<String, String> cache = new LookupCache<>(10, clock::get, v -> tenSeconds);
    cache.get("a", this::load);
    clock.addAndGet(tenSeconds - 1);
    assertEquals("A#1", cache.get("a", this::load));
    clock.addAndGet(1);
    assertEquals("A#2", cache.get("a", this::load));
  }

  @Test
  void ttlDependsOnTheValue() {
    long second = TimeUnit.SECONDS.toNanos(1);
    LookupCache<String, String> cache = new LookupCache<>(10, clock::get,
        v -> v.startsWith("FAIL") ? second : LookupCache.FOREVER);
    cache.get("fail", this::load);
    cache.get("good", this::load);
    clock.addAndGet(TimeUnit.DAYS.toNanos(1));
    assertEquals("FAIL#3", cache.get("fail", this::load));
    assertEquals("GOOD#2", cache.get("good", this::load));
  }

  @Test
  void capacityZeroKeepsNothing() {
    LookupCache<String, String> cache = new LookupCache<>(0, clock::get, v -> LookupCache.FOREVER);
    cache.get("a", this::load);
    cache.get("a", this::load);
    assertEquals(2, loads.get());
    assertEquals(0, cache.size());
  }

  @Test
  void concurrentGetsOfOneKeyShareOneLoad() throws Exception {
    LookupCache<String, String> cache = new LookupCache<>(10, clock::get, v -> LookupCache.FOREVER);
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      results.add(pool.submit(() -> cache.get("k", k -> {
        loading.countDown();
        await(release);
        return load(k);
      })));
      assertTrue(loading.await(5, TimeUnit.SECONDS));
      for (int i = 0; i < 7; i++) {
        results.add(pool.submit(() -> cache.get("k", this::load)));
      }
      Thread.sleep(100); // let the others reach the running load
      release.countDown();
      for (Future<String> f : results) {
        assertEquals("K#1", f.get(5, TimeUnit.SECONDS));
      }
      assertEquals(1, loads.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingLoadIsNotCached() {
    LookupCache<String, String> cache = new LookupCache<>(10, clock::get, v -> LookupCache.FOREVER);
    assertThrows(IllegalStateException.class, () -> cache.get("a", k -> {
      throw new IllegalStateException("boom");
    }));
    assertEquals("A#1", cache.get("a", this::load));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
