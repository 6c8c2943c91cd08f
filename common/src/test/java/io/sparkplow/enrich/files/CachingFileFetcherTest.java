package io.sparkplow.enrich.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingFileFetcherTest {

  @TempDir
  Path dir;

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/lists/exclude_current.txt", exchange -> {
      requests.incrementAndGet();
      byte[] body = "googlebot|1||0|2|0\n".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/lists/missing.txt", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private URI http(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void copiesALocalFileOnce() throws IOException {
    Path source = Files.writeString(dir.resolve("include_current.txt"), "Mozilla/5.0|1|1\n");
    CachingFileFetcher fetcher = new CachingFileFetcher(dir.resolve("cache"), List.of(new LocalFileSource()));
    Path copy = fetcher.fetch(source.toUri());
    assertNotEquals(source, copy);
    assertEquals("include_current.txt", copy.getFileName().toString());
    assertEquals("Mozilla/5.0|1|1\n", Files.readString(copy));
    // The copy is a snapshot: a later change of the source does not reach it.
    Files.writeString(source, "changed");
    assertEquals(copy, fetcher.fetch(source.toUri()));
    assertEquals("Mozilla/5.0|1|1\n", Files.readString(copy));
  }

  @Test
  void downloadsOverHttpOnceForManyThreads() throws Exception {
    CachingFileFetcher fetcher = new CachingFileFetcher(dir, List.of(new HttpFileSource()));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Path>> results = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return fetcher.fetch(http("/lists/exclude_current.txt"));
      }));
    }
    start.countDown();
    Set<Path> paths = new HashSet<>();
    for (Future<Path> f : results) {
      paths.add(f.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertEquals(1, paths.size());
    assertEquals(1, requests.get());
    assertEquals("googlebot|1||0|2|0\n", Files.readString(paths.iterator().next()));
    try (var files = Files.list(paths.iterator().next().getParent())) {
      assertEquals(1, files.count(), "no partial file left behind");
    }
  }

  @Test
  void twoFilesOfTheSameNameDoNotCollide() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a")).resolve("referers.yml");
    Path b = Files.createDirectories(dir.resolve("b")).resolve("referers.yml");
    Files.writeString(a, "a");
    Files.writeString(b, "b");
    CachingFileFetcher fetcher = new CachingFileFetcher(dir.resolve("cache"), List.of(new LocalFileSource()));
    assertEquals("a", Files.readString(fetcher.fetch(a.toUri())));
    assertEquals("b", Files.readString(fetcher.fetch(b.toUri())));
  }

  @Test
  void aFailedFetchIsRetriedAndItsMessageHidesTheQuery() throws IOException {
    CachingFileFetcher fetcher = new CachingFileFetcher(dir, List.of(new HttpFileSource()));
    URI missing = http("/lists/missing.txt?token=s3cr3t");
    IOException first = assertThrows(IOException.class, () -> fetcher.fetch(missing));
    assertTrue(first.getMessage().contains("404"), first.getMessage());
    assertFalse(first.getMessage().contains("s3cr3t"), first.getMessage());
    assertThrows(IOException.class, () -> fetcher.fetch(missing));
    assertEquals(2, requests.get());
  }

  @Test
  void refusesAMissingFileAndAnUnknownScheme() {
    CachingFileFetcher fetcher = new CachingFileFetcher(dir, List.of(new LocalFileSource(), new HttpFileSource()));
    assertThrows(IOException.class, () -> fetcher.fetch(dir.resolve("nope.mmdb").toUri()));
    IOException s3 = assertThrows(IOException.class, () -> fetcher.fetch(URI.create("s3a://bucket/GeoIP2-City.mmdb")));
    assertTrue(s3.getMessage().contains("s3a"), s3.getMessage());
  }

  @Test
  void theStandardFetcherReadsLocalFiles() throws IOException {
    Path source = Files.writeString(dir.resolve("ip_exclude_current_cidr.txt"), "192.0.2.0/24\n");
    assertEquals("192.0.2.0/24\n", Files.readString(CachingFileFetcher.standard().fetch(source.toUri())));
  }
}
