package io.sparkplow.iglu;

import static io.sparkplow.iglu.TestSchemas.config;
import static io.sparkplow.iglu.TestSchemas.embedded;
import static io.sparkplow.iglu.TestSchemas.http;
import static io.sparkplow.iglu.TestSchemas.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.badrow.FailureMessage.LookupAttempt;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverTest {

  private static final Resolver.Options OPTIONS =
      new Resolver.Options(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  @TempDir
  Path tmp;

  private final AtomicLong clock = new AtomicLong(0);
  private final TestHttpRegistry server;

  ResolverTest() throws IOException {
    server = new TestHttpRegistry();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Resolver resolver(String json) {
    return new Resolver(ResolverConfig.parse("test-resolver.json", json), OPTIONS,
        ResolverTest.class.getClassLoader(), clock::get);
  }

  private void advance(Duration d) {
    clock.addAndGet(d.toNanos());
  }

  private static String description(Result<JsonNode, List<LookupAttempt>> result) {
    assertTrue(result.isOk(), () -> "not found: " + result);
    return result.value().get("description").textValue();
  }

  @Test
  void ordersByVendorPrefixThenKindThenPriority() {
    Resolver resolver = resolver(config(10, null,
        http("http-low", 0, "http://a.example"),
        embedded("embedded-high", 5, "/x"),
        http("http-acme", 9, "http://b.example", "com.acme"),
        embedded("embedded-acme", 10, "/y", "com.other", "com.acme"),
        embedded("embedded-low", 1, "/z")));
    assertEquals(List.of(Resolver.BUNDLED_NAME, "embedded-acme", "http-acme", "embedded-low", "embedded-high", "http-low"),
        resolver.lookupOrder("com.acme.marketing"));
    assertEquals(List.of(Resolver.BUNDLED_NAME, "embedded-low", "embedded-high", "embedded-acme", "http-low", "http-acme"),
        resolver.lookupOrder("org.example"));
  }

  @Test
  void theFirstHitWins() throws IOException {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    TestSchemas.write(first, "com.acme", "form", "1-0-0");
    TestSchemas.write(second, "com.acme", "form", "1-0-0");
    TestSchemas.write(second, "com.acme", "form", "1-0-1");
    server.schema("com.acme", "form", "1-0-0").schema("com.acme", "form", "1-0-2");
    Resolver resolver = resolver(config(10, null,
        http("http", 0, server.uri()),
        embedded("second", 2, second.toString()),
        embedded("first", 1, first.toString())));
    assertEquals("first 1-0-0", description(resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"))));
    assertEquals("second 1-0-1", description(resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-1"))));
    assertEquals("http 1-0-2", description(resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-2"))));
    assertEquals(List.of("/schemas/com.acme/form/jsonschema/1-0-2"), server.requests);
  }

  @Test
  void aMatchingVendorPrefixComesBeforeEmbedded() throws IOException {
    Path local = tmp.resolve("local");
    TestSchemas.write(local, "com.acme", "form", "1-0-0");
    server.schema("com.acme", "form", "1-0-0");
    Resolver resolver = resolver(config(10, null,
        embedded("local", 0, local.toString()),
        http("acme registry", 5, server.uri(), "com.acme")));
    assertEquals("http 1-0-0", description(resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"))));
  }

  @Test
  void theBundledRegistryComesFirst() throws IOException {
    Path local = tmp.resolve("local");
    TestSchemas.write(local, "com.snowplowanalytics.snowplow", "duplicate", "1-0-0");
    Resolver resolver = resolver(config(10, null, embedded("local", 0, local.toString(), "com.snowplowanalytics")));
    JsonNode schema = resolver.lookup(key("iglu:com.snowplowanalytics.snowplow/duplicate/jsonschema/1-0-0")).value();
    assertEquals(List.of("originalEventId"), List.of(schema.get("required").get(0).textValue()));
  }

  @Test
  void readsAClasspathRepository() {
    Resolver resolver = resolver(config(10, null, embedded("test classpath", 0, "/iglu-test-registry")));
    assertEquals("test registry link_click 1-1-0", description(resolver.lookup(key("iglu:com.acme/link_click/jsonschema/1-1-0"))));
  }

  @Test
  void aMissListsEveryRepositoryInOrder() throws IOException {
    Resolver resolver = resolver(config(10, null,
        http("remote", 0, server.uri()), embedded("local", 0, tmp.toString())));
    Result<JsonNode, List<LookupAttempt>> result = resolver.lookup(key("iglu:com.acme/nothing/jsonschema/1-0-0"));
    assertEquals(List.of(new LookupAttempt(Resolver.BUNDLED_NAME, "NotFound"), new LookupAttempt("local", "NotFound"),
        new LookupAttempt("remote", "NotFound")), result.error());
  }

  @Test
  void cachesHitsAndMisses() {
    server.schema("com.acme", "form", "1-0-0");
    Resolver resolver = resolver(config(10, null, http("remote", 0, server.uri())));
    JsonNode first = resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0")).value();
    assertSame(first, resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0")).value());
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-9"));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-9"));
    advance(Duration.ofDays(365)); // without cacheTtl, entries live until evicted
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-9"));
    assertEquals(List.of("/schemas/com.acme/form/jsonschema/1-0-0", "/schemas/com.acme/form/jsonschema/1-0-9"), server.requests);
  }

  @Test
  void evictsBeyondCacheSize() {
    server.schema("com.acme", "form", "1-0-0").schema("com.acme", "form", "1-0-1");
    Resolver resolver = resolver(config(1, null, http("remote", 0, server.uri())));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-1"));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"));
    assertEquals(3, server.requests.size());
  }

  @Test
  void aCachedLookupAllocatesAlmostNothing() {
    server.schema("com.acme", "form", "1-0-0");
    Resolver resolver = resolver(config(10, "600", http("remote", 0, server.uri())));
    SchemaKey hit = key("iglu:com.acme/form/jsonschema/1-0-0");
    SchemaKey miss = key("iglu:com.acme/form/jsonschema/1-0-5");
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    for (int i = 0; i < 20_000; i++) { // warm up
      resolver.lookup(hit);
      resolver.lookup(miss);
    }
    long before = threads.getThreadAllocatedBytes(thread);
    int found = 0;
    for (int i = 0; i < 100_000; i++) {
      found += resolver.lookup(hit).isOk() ? 1 : 0;
      found += resolver.lookup(miss).isOk() ? 1 : 0;
    }
    long perLookup = (threads.getThreadAllocatedBytes(thread) - before) / 200_000;
    assertEquals(100_000, found);
    assertTrue(perLookup < 16, perLookup + " bytes per cached lookup");
  }

  @Test
  void expiresAfterCacheTtl() {
    server.schema("com.acme", "form", "1-0-0");
    Resolver resolver = resolver(config(10, "60", http("remote", 0, server.uri())));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-7"));
    advance(Duration.ofSeconds(59));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-7"));
    assertEquals(2, server.requests.size());
    advance(Duration.ofSeconds(1));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-7"));
    assertEquals(4, server.requests.size());
  }

  @Test
  void aRepositoryFailureIsRetriedAfterAShortWhile() {
    String path = "/schemas/com.acme/form/jsonschema/1-0-0";
    server.reply(path, new TestHttpRegistry.Reply(500, "down", 0));
    Resolver resolver = resolver(config(10, null, http("remote", 0, server.uri())));
    Result<JsonNode, List<LookupAttempt>> failed = resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"));
    LookupAttempt attempt = failed.error().get(1);
    assertEquals("remote", attempt.repository());
    assertTrue(attempt.error().startsWith(Resolver.REPO_FAILURE) && attempt.error().contains("HTTP 500"), attempt.error());
    advance(Duration.ofSeconds(4));
    assertEquals(failed, resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0")));
    assertEquals(1, server.requests.size());
    server.schema("com.acme", "form", "1-0-0"); // the repository is back
    advance(Duration.ofSeconds(1));
    assertEquals("http 1-0-0", description(resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"))));
    assertEquals(2, server.requests.size());
  }

  @Test
  void aFailureLivesNoLongerThanCacheTtl() {
    server.reply("/schemas/com.acme/form/jsonschema/1-0-0", new TestHttpRegistry.Reply(503, "", 0));
    Resolver resolver = resolver(config(10, "2", http("remote", 0, server.uri())));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"));
    advance(Duration.ofSeconds(2));
    resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"));
    assertEquals(2, server.requests.size());
  }

  @Test
  void anUnreachableRepositoryIsAnErrorNotAnException() throws IOException {
    Resolver resolver = Resolver.create(ResolverConfig.parse("r.json",
        config(10, null, http("gone", 0, TestHttpRegistry.closedPortUri()))), OPTIONS);
    Result<JsonNode, List<LookupAttempt>> result = resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0"));
    LookupAttempt gone = result.error().get(1);
    assertEquals("gone", gone.repository());
    assertTrue(gone.error().contains("connection refused"), gone.error());
  }

  @Test
  void concurrentLookupsOfOneKeyAskOnce() throws Exception {
    server.reply("/schemas/com.acme/form/jsonschema/1-0-0", new TestHttpRegistry.Reply(200,
        TestSchemas.schema("com.acme", "form", "1-0-0", "slow"), 300));
    Resolver resolver = resolver(config(10, null, http("remote", 0, server.uri())));
    List<JsonNode> schemas = runConcurrently(16, i -> resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-0")).value());
    assertEquals(1, server.requests.size());
    schemas.forEach(s -> assertSame(schemas.get(0), s));
  }

  @Test
  void concurrentLookupsOfManyKeysGetTheirOwnSchemas() throws Exception {
    for (int i = 0; i < 10; i++) {
      server.schema("com.acme", "form", "1-0-" + i);
    }
    Resolver resolver = resolver(config(100, null, http("remote", 0, server.uri())));
    List<Boolean> checks = runConcurrently(8, t -> {
      boolean ok = true;
      for (int n = 0; n < 300; n++) {
        int i = (n * 7 + t) % 10;
        JsonNode schema = resolver.lookup(key("iglu:com.acme/form/jsonschema/1-0-" + i)).value();
        ok &= schema.get("description").textValue().equals("http 1-0-" + i);
      }
      return ok;
    });
    assertEquals(List.of(true, true, true, true, true, true, true, true), checks);
    assertEquals(10, server.requests.size());
  }

  @Test
  void listsAModelAcrossRepositories() throws IOException {
    Path local = tmp.resolve("local");
    TestSchemas.write(local, "com.acme", "form", "1-0-0");
    TestSchemas.write(local, "com.acme", "form", "1-0-1");
    TestSchemas.write(local, "com.acme", "form", "2-0-0");
    server.schema("com.acme", "form", "1-0-0").schema("com.acme", "form", "1-0-1").schema("com.acme", "form", "1-1-0");
    Resolver resolver = resolver(config(10, null, http("remote", 0, server.uri()), embedded("local", 1, local.toString())));
    Result<List<SchemaKey>, List<LookupAttempt>> listed = resolver.listModel("com.acme", "form", "jsonschema", 1);
    assertEquals(List.of(key("iglu:com.acme/form/jsonschema/1-0-0"), key("iglu:com.acme/form/jsonschema/1-0-1"),
        key("iglu:com.acme/form/jsonschema/1-1-0")), listed.value());
    int requests = server.requests.size();
    assertEquals(listed, resolver.listModel("com.acme", "form", "jsonschema", 1));
    assertEquals(requests, server.requests.size());
  }

  @Test
  void listsTheBundledAndClasspathRegistries() {
    Resolver resolver = resolver(config(10, null, embedded("test classpath", 0, "/iglu-test-registry")));
    assertEquals(List.of(key("iglu:com.acme/link_click/jsonschema/2-0-0")),
        resolver.listModel("com.acme", "link_click", "jsonschema", 2).value());
    assertEquals(List.of(key("iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0"),
        key("iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1")),
        resolver.listModel("com.snowplowanalytics.snowplow", "contexts", "jsonschema", 1).value());
  }

  @Test
  void anEmptyOrFailedListingIsAnError() {
    server.reply("/schemas/com.acme/form/jsonschema/1", new TestHttpRegistry.Reply(500, "", 0));
    Resolver resolver = resolver(config(10, null, http("remote", 0, server.uri())));
    assertEquals(List.of(new LookupAttempt(Resolver.BUNDLED_NAME, "NotFound"), new LookupAttempt("remote", "NotFound")),
        resolver.listModel("com.acme", "none", "jsonschema", 1).error());
    List<LookupAttempt> failed = resolver.listModel("com.acme", "form", "jsonschema", 1).error();
    assertTrue(failed.get(1).error().startsWith(Resolver.REPO_FAILURE), failed.toString());
    assertThrows(IllegalArgumentException.class, () -> resolver.listModel("com..acme", "form", "jsonschema", 1));
    assertThrows(IllegalArgumentException.class, () -> resolver.listModel("com.acme", "form", "jsonschema", 0));
  }

  /** Runs a task on n threads released together; returns each thread's result. */
  static <T> List<T> runConcurrently(int threads, ThreadTask<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        Callable<T> c = () -> {
          start.await();
          return task.run(index);
        };
        futures.add(pool.submit(c));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  interface ThreadTask<T> {
    T run(int thread) throws Exception;
  }
}
