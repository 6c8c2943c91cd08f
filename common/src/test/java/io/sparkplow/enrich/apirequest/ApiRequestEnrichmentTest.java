package io.sparkplow.enrich.apirequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.json.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiRequestEnrichmentTest {

  private static final String VENDOR = "com.snowplowanalytics.snowplow.enrichments";
  private static final String PASSWORD = "hunter2-api-password";
  private static final String API_KEY = "key-0123456789";

  /** What the server received: method, path and query, authorization header, body. */
  private record Received(String method, String uri, String authorization, String body) {}

  private HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String response = "{\"record\":{\"name\":\"Acme Corp\",\"tier\":3},\"tags\":[\"a\",\"b\"]}";
  private volatile long delayMillis;
  private volatile boolean stallBody;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
        exchange.getRequestHeaders().getFirst("Authorization"), body));
    try {
      Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
    if (stallBody) {
      exchange.sendResponseHeaders(status, 0); // chunked: headers now, the body later
      exchange.getResponseBody().write(bytes, 0, 1);
      exchange.getResponseBody().flush();
      try {
        Thread.sleep(1500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.getResponseBody().write(bytes, 1, bytes.length - 1);
    } else {
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static final String INPUTS = """
      [{"key":"uhost","pojo":{"field":"page_urlhost"}},
       {"key":"os","json":{"field":"derived_contexts",
          "schemaCriterion":"iglu:com.snowplowanalytics.snowplow/ua_parser_context/jsonschema/1-0-*","jsonPath":"$.osFamily"}},
       {"key":"device","json":{"field":"contexts",
          "schemaCriterion":"iglu:com.snowplowanalytics.snowplow/mobile_context/jsonschema/1-*-*","jsonPath":"$.deviceModel"}},
       {"key":"service","json":{"field":"unstruct_event",
          "schemaCriterion":"iglu:com.acme/signup/jsonschema/1-0-*","jsonPath":"$.serviceType"}}]""";

  private static String parameters(String inputs, String method, String uri, int timeout, String auth,
      String outputs) {
    return "{\"inputs\":" + inputs + ",\"api\":{\"http\":{\"method\":\"" + method + "\",\"uri\":\"" + uri
        + "\",\"timeout\":" + timeout + ",\"authentication\":" + auth + "}},\"outputs\":" + outputs
        + ",\"cache\":{\"size\":10,\"ttl\":60}}";
  }

  private static ApiRequestSpec spec(String parameters) {
    return (ApiRequestSpec) new ApiRequestFactory().parse(
        TestConfigs.config(VENDOR, "api_request_enrichment_config", "1-0-0", parameters));
  }

  private static Enrichment build(String parameters) {
    return spec(parameters).build(TestConfigs.LOCAL_FILES);
  }

  private Enrichment guestApi(String method, int timeout, String auth) {
    return build(parameters(INPUTS, method, base() + "/guest/users/{{device}}/{{os}}/{{uhost}}/{{service}}?format=json&key="
        + API_KEY, timeout, auth, """
        [{"schema":"iglu:com.acme/user/jsonschema/1-0-0","json":{"jsonPath":"$"}},
         {"schema":"iglu:com.acme/company/jsonschema/1-0-0","json":{"jsonPath":"$.record.name"}}]"""));
  }

  private static EventDraft fullEvent() {
    EventDraft event = TestConfigs.event(Field.PAGE_URLHOST, "shop.example.com");
    event.addDerivedContext(obj("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/ua_parser_context/jsonschema/1-0-0\","
        + "\"data\":{\"osFamily\":\"Mac OS X\"}}"));
    event.setContexts(obj("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0\",\"data\":["
        + "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/mobile_context/jsonschema/1-0-1\","
        + "\"data\":{\"deviceModel\":\"iPhone 6\"}}]}"));
    event.setUnstructEvent(obj("{\"schema\":\"iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0\","
        + "\"data\":{\"schema\":\"iglu:com.acme/signup/jsonschema/1-0-2\",\"data\":{\"serviceType\":\"pro\"}}}"));
    return event;
  }

  @Test
  void callsTheApiWithTheInputsAndAddsTheOutputs() {
    Enrichment e = guestApi("GET", 2000, "{}");
    EventDraft event = fullEvent();
    assertEquals(Optional.empty(), e.enrich(null, event));

    assertEquals(1, received.size());
    assertEquals("GET", received.get(0).method());
    assertEquals("/guest/users/iPhone%206/Mac%20OS%20X/shop.example.com/pro?format=json&key=" + API_KEY,
        received.get(0).uri());
    assertEquals(null, received.get(0).authorization());
    List<ObjectNode> derived = event.derivedContexts();
    assertEquals(3, derived.size(), "the UA context, then the two outputs");
    assertEquals("{\"schema\":\"iglu:com.acme/user/jsonschema/1-0-0\",\"data\":" + response + "}",
        Json.compact(derived.get(1)));
    assertEquals("{\"schema\":\"iglu:com.acme/company/jsonschema/1-0-0\",\"data\":\"Acme Corp\"}",
        Json.compact(derived.get(2)));
  }

  @Test
  void repeatedInputsAreServedFromTheCache() {
    Enrichment e = guestApi("GET", 2000, "{}");
    EventDraft first = fullEvent();
    EventDraft second = fullEvent();
    e.enrich(null, first);
    ((ObjectNode) first.derivedContexts().get(1).get("data")).put("changed", true);
    assertEquals(Optional.empty(), e.enrich(null, second));
    assertEquals(1, received.size());
    assertEquals(Json.parse(response).value(), second.derivedContexts().get(1).get("data"),
        "a cached response is copied into each event");
    EventDraft other = fullEvent();
    other.set(Field.PAGE_URLHOST, "other.example.com");
    e.enrich(null, other);
    assertEquals(2, received.size());
  }

  @Test
  void anAbsentInputSkipsTheRequest() {
    Enrichment e = guestApi("GET", 2000, "{}");
    EventDraft event = fullEvent();
    event.set(Field.PAGE_URLHOST, "");
    assertEquals(Optional.empty(), e.enrich(null, event));
    EventDraft noEntity = TestConfigs.event(Field.PAGE_URLHOST, "shop.example.com");
    assertEquals(Optional.empty(), e.enrich(null, noEntity));
    assertEquals(0, received.size());
    assertEquals(1, event.derivedContexts().size());
  }

  @Test
  void postsTheInputsWithBasicAuthentication() {
    Enrichment e = guestApi("POST", 2000, "{\"httpBasic\":{\"username\":\"enricher\",\"password\":\"" + PASSWORD + "\"}}");
    assertEquals(Optional.empty(), e.enrich(null, fullEvent()));
    Received r = received.get(0);
    assertEquals("POST", r.method());
    assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString(
        ("enricher:" + PASSWORD).getBytes(StandardCharsets.UTF_8)), r.authorization());
    assertEquals("{\"device\":\"iPhone 6\",\"os\":\"Mac OS X\",\"service\":\"pro\",\"uhost\":\"shop.example.com\"}",
        r.body());
  }

  @Test
  void anErrorStatusFailsTheEventWithoutShowingSecrets() {
    status = 401;
    Enrichment e = guestApi("GET", 2000, "{\"httpBasic\":{\"username\":\"enricher\",\"password\":\"" + PASSWORD + "\"}}");
    EventDraft event = fullEvent();
    String failure = e.enrich(null, event).orElseThrow();
    assertTrue(failure.contains("401"), failure);
    assertTrue(failure.contains("/guest/users/"), failure);
    assertFalse(failure.contains(PASSWORD), failure);
    assertFalse(failure.contains(API_KEY), "the query may hold an API key: " + failure);
    assertEquals(1, event.derivedContexts().size(), "no output added");
    e.enrich(null, fullEvent());
    assertEquals(2, received.size(), "failures are not cached");
    assertFalse(spec(parameters(INPUTS, "GET", base() + "/x/{{uhost}}", 100,
        "{\"httpBasic\":{\"username\":\"u\",\"password\":\"" + PASSWORD + "\"}}", "[{\"schema\":"
        + "\"iglu:com.acme/user/jsonschema/1-0-0\",\"json\":{\"jsonPath\":\"$\"}}]")).toString().contains(PASSWORD));
  }

  @Test
  void aSlowApiTimesOut() {
    delayMillis = 1500;
    String failure = guestApi("GET", 200, "{}").enrich(null, fullEvent()).orElseThrow();
    assertTrue(failure.contains("timed out after 200 ms"), failure);
  }

  @Test
  void aStalledBodyTimesOutToo() {
    stallBody = true;
    String failure = guestApi("GET", 300, "{}").enrich(null, fullEvent()).orElseThrow();
    assertTrue(failure.contains("timed out after 300 ms"), failure);
  }

  @Test
  void aHugeResponseIsRefused() {
    response = "[" + "1,".repeat(4_200_000) + "1]";
    String failure = guestApi("GET", 5000, "{}").enrich(null, fullEvent()).orElseThrow();
    assertTrue(failure.contains("larger than 8 MB"), failure);
  }

  @Test
  void aBodyThatIsNotJsonOrLacksAnOutputFailsTheEvent() {
    response = "<html>oops</html>";
    String notJson = guestApi("GET", 2000, "{}").enrich(null, fullEvent()).orElseThrow();
    assertTrue(notJson.contains("not JSON"), notJson);
    response = "{\"other\":1}";
    String missing = guestApi("GET", 2000, "{}").enrich(null, fullEvent()).orElseThrow();
    assertTrue(missing.contains("$.record.name found nothing"), missing);
  }

  @Test
  void anUnreachableApiFailsTheEvent() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    Enrichment e = build(parameters(INPUTS, "GET", "http://127.0.0.1:" + closedPort + "/u/{{uhost}}", 1000, "{}",
        "[{\"schema\":\"iglu:com.acme/user/jsonschema/1-0-0\",\"json\":{\"jsonPath\":\"$\"}}]"));
    String failure = e.enrich(null, fullEvent()).orElseThrow();
    assertTrue(failure.contains("failed"), failure);
  }

  @Test
  void configurationErrorsNameTheFileAndField() {
    String out = "[{\"schema\":\"iglu:com.acme/user/jsonschema/1-0-0\",\"json\":{\"jsonPath\":\"$\"}}]";
    assertField("data.parameters.api.http.uri", parameters(INPUTS, "GET", "http://h/{{nokey}}", 100, "{}", out));
    assertField("data.parameters.api.http.method", parameters(INPUTS, "DELETE", "http://h/{{uhost}}", 100, "{}", out));
    assertField("data.parameters.api.http.timeout", parameters(INPUTS, "GET", "http://h/{{uhost}}", 0, "{}", out));
    assertField("data.parameters.api.http.uri", parameters(INPUTS, "GET", "ftp://h/{{uhost}}", 100, "{}", out));
    assertField("data.parameters.outputs", parameters(INPUTS, "GET", "http://h/{{uhost}}", 100, "{}", "[]"));
    assertField("data.parameters.outputs[0].schema", parameters(INPUTS, "GET", "http://h/{{uhost}}", 100, "{}",
        "[{\"schema\":\"com.acme/user\",\"json\":{\"jsonPath\":\"$\"}}]"));
    assertField("data.parameters.api.http.authentication.httpBasic.password", parameters(INPUTS, "GET",
        "http://h/{{uhost}}", 100, "{\"httpBasic\":{\"username\":\"u\"}}", out));
    assertField("data.parameters.inputs[0].pojo.field", parameters(
        "[{\"key\":\"k\",\"pojo\":{\"field\":\"page_hostname\"}}]", "GET", "http://h/{{k}}", 100, "{}", out));
    assertField("data.parameters.inputs[0]", parameters("[{\"key\":\"k\",\"pojo\":{\"field\":\"app_id\"},"
        + "\"json\":{\"field\":\"contexts\",\"schemaCriterion\":\"iglu:a.b/c/jsonschema/1-*-*\",\"jsonPath\":\"$\"}}]",
        "GET", "http://h/{{k}}", 100, "{}", out));
    assertField("data.parameters.inputs[0].key", parameters("[{\"key\":\"k k\",\"pojo\":{\"field\":\"app_id\"}}]",
        "GET", "http://h/x", 100, "{}", out));
    assertField("data.parameters.cache.size", parameters(INPUTS, "GET", "http://h/{{uhost}}", 100, "{}", out)
        .replace("\"size\":10", "\"size\":0"));
  }

  private static void assertField(String field, String parameters) {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> spec(parameters));
    assertEquals(field, e.field(), e.getMessage());
    assertEquals("api_request_enrichment_config.json", e.source());
  }

  private static ObjectNode obj(String json) {
    return (ObjectNode) Json.parse(json).value();
  }
}
