package io.sparkplow.iglu;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An Iglu registry over HTTP on a free loopback port: serves the paths it was given, 404 for the
 * others; records every request path and its apikey header; can answer a path slowly or with an
 * error status.
 */
final class TestHttpRegistry implements AutoCloseable {

  /** What to answer for a path. */
  record Reply(int status, String body, long delayMillis) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> apikeys = new CopyOnWriteArrayList<>();
  final AtomicInteger count = new AtomicInteger();

  TestHttpRegistry() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String uri() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Serves a schema under {@code /schemas/VENDOR/NAME/jsonschema/VERSION}. */
  TestHttpRegistry schema(String vendor, String name, String version, String content) {
    return reply("/schemas/" + vendor + "/" + name + "/jsonschema/" + version, new Reply(200, content, 0));
  }

  TestHttpRegistry schema(String vendor, String name, String version) {
    return schema(vendor, name, version, TestSchemas.schema(vendor, name, version, "http " + version));
  }

  TestHttpRegistry reply(String path, Reply reply) {
    replies.put(path, reply);
    return this;
  }

  long requestsFor(String pathSuffix) {
    return requests.stream().filter(p -> p.endsWith(pathSuffix)).count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(path);
    count.incrementAndGet();
    String apikey = exchange.getRequestHeaders().getFirst("apikey");
    apikeys.add(apikey == null ? "" : apikey);
    Reply reply = replies.getOrDefault(path, new Reply(404, "{\"message\":\"not found\"}", 0));
    try {
      if (reply.delayMillis() > 0) {
        Thread.sleep(reply.delayMillis());
      }
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up (timeout test): nothing to answer
    } finally {
      exchange.close();
    }
  }

  /** A loopback URI where nothing listens (a port just freed). */
  static String closedPortUri() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
