package io.sparkplow.iglu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.enrich.Secret;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpRepositoryTest {

  private static final String PREFIX = "/schemas/com.acme/link_click/jsonschema/";
  private final TestHttpRegistry server;

  HttpRepositoryTest() throws IOException {
    server = new TestHttpRegistry();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static HttpRepository repository(String uri, Optional<String> apikey) {
    RepositoryConfig config = new RepositoryConfig("http test", 0, List.of(),
        new RepositoryConfig.Http(URI.create(uri), apikey.map(Secret::new)));
    return new HttpRepository(config, Duration.ofSeconds(2), Duration.ofMillis(1500));
  }

  private HttpRepository repository() {
    return repository(server.uri(), Optional.empty());
  }

  private static List<SchemaVer> versions(String... versions) {
    return java.util.Arrays.stream(versions).map(v -> SchemaVer.parse(v).orElseThrow()).toList();
  }

  private static String failure(RepositoryAnswer<?> answer) {
    return assertInstanceOf(RepositoryAnswer.Failed.class, answer).message();
  }

  @Test
  void getsASchema() {
    server.schema("com.acme", "link_click", "1-0-0");
    RepositoryAnswer<JsonNode> answer = repository().lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/1-0-0"));
    JsonNode schema = (JsonNode) assertInstanceOf(RepositoryAnswer.Found.class, answer).value();
    assertEquals("http 1-0-0", schema.get("description").textValue());
    assertEquals(List.of(PREFIX + "1-0-0"), server.requests);
    assertEquals(List.of(""), server.apikeys);
  }

  @Test
  void sendsTheApikeyHeader() {
    server.schema("com.acme", "link_click", "1-0-0");
    HttpRepository repo = repository(server.uri() + "/", Optional.of("7f3c-secret-key"));
    assertInstanceOf(RepositoryAnswer.Found.class, repo.lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/1-0-0")));
    assertEquals(List.of("7f3c-secret-key"), server.apikeys);
  }

  @Test
  void notFoundIsAMiss() {
    assertInstanceOf(RepositoryAnswer.NotFound.class, repository().lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/9-0-0")));
  }

  @Test
  void aServerErrorIsAFailure() {
    server.reply(PREFIX + "1-0-0", new TestHttpRegistry.Reply(500, "oops", 0));
    HttpRepository repo = repository(server.uri(), Optional.of("7f3c-secret-key"));
    String message = failure(repo.lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/1-0-0")));
    assertTrue(message.contains("HTTP 500") && message.contains(PREFIX + "1-0-0"), message);
    assertFalse(message.contains("7f3c"), message);
  }

  @Test
  void aBodyThatIsNotJsonIsAFailure() {
    server.reply(PREFIX + "1-0-0", new TestHttpRegistry.Reply(200, "<html>maintenance</html>", 0));
    server.reply(PREFIX + "1-0-1", new TestHttpRegistry.Reply(200, "\"a string\"", 0));
    HttpRepository repo = repository();
    assertTrue(failure(repo.lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/1-0-0"))).contains("did not return JSON"));
    assertTrue(failure(repo.lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/1-0-1"))).contains("not return a JSON Schema object"));
  }

  @Test
  void aSlowServerTimesOut() {
    server.reply(PREFIX + "1-0-0", new TestHttpRegistry.Reply(200, TestSchemas.schema("com.acme", "link_click", "1-0-0", "slow"), 6000));
    long start = System.nanoTime();
    String message = failure(repository().lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/1-0-0")));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(message.contains("timed out"), message);
    assertTrue(millis >= 1400 && millis < 4500, "took " + millis + " ms");
  }

  @Test
  void anUnreachableServerIsAFailure() throws IOException {
    String message = failure(repository(TestHttpRegistry.closedPortUri(), Optional.empty())
        .lookup(TestSchemas.key("iglu:com.acme/link_click/jsonschema/1-0-0")));
    assertTrue(message.contains("connection refused"), message);
  }

  @Test
  void listsWithTheServersListing() {
    server.reply(PREFIX + "1", new TestHttpRegistry.Reply(200,
        "[\"iglu:com.acme/link_click/jsonschema/1-0-0\", \"iglu:com.acme/link_click/jsonschema/1-0-2\"]", 0));
    assertEquals(new RepositoryAnswer.Found<>(versions("1-0-0", "1-0-2")),
        repository().listModel("com.acme", "link_click", "jsonschema", 1));
    assertEquals(List.of(PREFIX + "1"), server.requests);
  }

  @Test
  void probesAStaticRegistry() {
    server.schema("com.acme", "link_click", "1-0-0").schema("com.acme", "link_click", "1-0-1")
        .schema("com.acme", "link_click", "1-1-0").schema("com.acme", "link_click", "1-2-1")
        .reply(PREFIX + "1", new TestHttpRegistry.Reply(200, "<html>index</html>", 0));
    assertEquals(new RepositoryAnswer.Found<>(versions("1-0-0", "1-0-1", "1-1-0")),
        repository().listModel("com.acme", "link_click", "jsonschema", 1));
    // The probe rule: additions until a miss, then the next revision, until M-R-0 is missing.
    assertEquals(List.of(PREFIX + "1", PREFIX + "1-0-0", PREFIX + "1-0-1", PREFIX + "1-0-2",
        PREFIX + "1-1-0", PREFIX + "1-1-1", PREFIX + "1-2-0"), server.requests);
  }

  @Test
  void probingAnEmptyModelFindsNothing() {
    assertEquals(new RepositoryAnswer.Found<>(List.of()), repository().listModel("com.acme", "link_click", "jsonschema", 3));
    assertEquals(List.of(PREFIX + "3", PREFIX + "3-0-0"), server.requests);
  }

  @Test
  void aFailureWhileListingFailsTheListing() {
    server.schema("com.acme", "link_click", "1-0-0").reply(PREFIX + "1-0-1", new TestHttpRegistry.Reply(503, "", 0));
    assertTrue(failure(repository().listModel("com.acme", "link_click", "jsonschema", 1)).contains("HTTP 503"));
    server.reply(PREFIX + "2", new TestHttpRegistry.Reply(500, "", 0));
    assertTrue(failure(repository().listModel("com.acme", "link_click", "jsonschema", 2)).contains("HTTP 500"));
  }
}
