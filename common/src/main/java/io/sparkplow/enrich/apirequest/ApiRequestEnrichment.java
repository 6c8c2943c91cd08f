package io.sparkplow.enrich.apirequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkplow.Result;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.cache.LruCache;
import io.sparkplow.enrich.lookup.Input;
import io.sparkplow.event.EventDraft;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.RawEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls an HTTP API with values of the event and adds contexts made of its JSON response.
 *
 * <p>The inputs are read from the event; the URI template is filled with them (percent-encoded).
 * When the template uses a key that has no value, no request is made and nothing is added. POST
 * and PUT send the inputs found as a JSON object of strings. A response other than 2xx, a body
 * that is not JSON, an output path that finds nothing, a timeout or a connection error fails the
 * event, as does a response announced over 8 MB; the message shows the method and the URI template without its query (which may hold an
 * API key), never a credential. Successful responses are cached per executor by URI and body
 * (size and TTL from the configuration); failures are not, so they are retried.
 */
public final class ApiRequestEnrichment implements Enrichment {

  /** Larger responses fail the event rather than fill the executor's memory. */
  static final int MAX_RESPONSE_BYTES = 8 << 20;

  /** Stands for a body announced larger than the limit, which is discarded unread. */
  private static final byte[] TOO_LARGE = new byte[0];

  private static final HttpResponse.BodyHandler<byte[]> LIMITED_BODY = info ->
      info.headers().firstValueAsLong("Content-Length").orElse(-1L) > MAX_RESPONSE_BYTES
          ? HttpResponse.BodySubscribers.replacing(TOO_LARGE)
          : HttpResponse.BodySubscribers.ofByteArray();

  private final ApiRequestSpec spec;
  private final UriTemplate template;
  private final HttpClient client;
  private final Duration timeout;
  private final Optional<String> authorization;
  private final LruCache<String, List<ObjectNode>> cache;

  ApiRequestEnrichment(ApiRequestSpec spec) {
    this.spec = spec;
    this.template = new UriTemplate(spec.uri());
    this.timeout = Duration.ofMillis(spec.timeoutMillis());
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    if (spec.authentication() instanceof ApiRequestSpec.HttpBasic basic) {
      String pair = basic.username() + ":" + basic.password().reveal();
      this.authorization = Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    } else {
      this.authorization = Optional.empty();
    }
    this.cache = LruCache.withTtl(spec.cacheSize(), spec.cacheTtlSeconds(), System::nanoTime);
  }

  @Override
  public Optional<String> enrich(RawEvent raw, EventDraft event) {
    Map<String, String> values = new HashMap<>();
    for (ApiRequestSpec.NamedInput in : spec.inputs()) {
      in.input().extract(event).ifPresent(v -> values.put(in.key(), Input.asText(v)));
    }
    Optional<String> uri = template.fill(values);
    if (uri.isEmpty()) {
      return Optional.empty(); // an input the URI needs is absent: nothing to look up
    }
    String body = spec.method().equals("GET") ? "" : body(values);
    String cacheKey = body.isEmpty() ? uri.get() : uri.get() + "\n" + body;
    Result<List<ObjectNode>, String> contexts = cache.getOrTry(cacheKey, key -> call(uri.get(), body));
    if (!contexts.isOk()) {
      return Optional.of(contexts.error());
    }
    for (ObjectNode context : contexts.value()) {
      event.addDerivedContext(context.deepCopy()); // the cached entities stay unchanged
    }
    return Optional.empty();
  }

  private static String body(Map<String, String> values) {
    ObjectNode o = Json.object();
    values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> o.put(e.getKey(), e.getValue()));
    return Json.compact(o);
  }

  private Result<List<ObjectNode>, String> call(String uri, String body) {
    String what = "API request " + spec.method() + " " + template.withoutQuery();
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(uri)).timeout(timeout).header("Accept", "application/json");
    } catch (IllegalArgumentException e) {
      return Result.err(what + ": the filled URI is not valid");
    }
    authorization.ifPresent(a -> request.header("Authorization", a));
    if (body.isEmpty()) {
      request.method(spec.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(spec.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    int status;
    String responseBody;
    CompletableFuture<HttpResponse<byte[]>> sent = client.sendAsync(request.build(), LIMITED_BODY);
    try {
      // the request timeout covers the headers; this deadline covers the body too
      HttpResponse<byte[]> response = sent.get(spec.timeoutMillis(), TimeUnit.MILLISECONDS);
      status = response.statusCode();
      if (response.body() == TOO_LARGE) {
        return Result.err(what + ": the response is larger than " + (MAX_RESPONSE_BYTES >> 20) + " MB");
      }
      responseBody = new String(response.body(), StandardCharsets.UTF_8);
    } catch (TimeoutException e) {
      sent.cancel(true);
      return Result.err(what + ": timed out after " + spec.timeoutMillis() + " ms");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof HttpTimeoutException) {
        return Result.err(what + ": timed out after " + spec.timeoutMillis() + " ms");
      }
      return Result.err(what + ": failed: " + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
    } catch (InterruptedException e) {
      sent.cancel(true);
      Thread.currentThread().interrupt();
      return Result.err(what + ": interrupted");
    }
    if (status / 100 != 2) {
      return Result.err(what + ": the API answered HTTP " + status);
    }
    Result<JsonNode, String> json = Json.parse(responseBody);
    if (!json.isOk()) {
      return Result.err(what + ": the response is not JSON: " + json.error());
    }
    List<ObjectNode> contexts = new ArrayList<>(spec.outputs().size());
    for (ApiRequestSpec.Output output : spec.outputs()) {
      List<JsonNode> found = output.path().read(json.value());
      if (found.isEmpty()) {
        return Result.err(what + ": " + output.path() + " found nothing in the response");
      }
      ObjectNode context = Json.object();
      context.put("schema", output.schema());
      if (found.size() == 1) {
        context.set("data", found.get(0));
      } else {
        found.forEach(context.putArray("data")::add);
      }
      contexts.add(context);
    }
    return Result.ok(List.copyOf(contexts));
  }
}
