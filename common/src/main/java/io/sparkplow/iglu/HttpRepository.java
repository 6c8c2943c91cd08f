package io.sparkplow.iglu;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An Iglu registry over HTTP(S): {@code GET {uri}/schemas/VENDOR/NAME/FORMAT/VERSION}, with the
 * {@code apikey} header when one is configured.
 *
 * <p>200 with a JSON object is a hit, 404 a miss; anything else (refused connection, timeout,
 * another status, a body that is not a JSON object) is a failure of that lookup, returned as a
 * value. The request timeout bounds the whole exchange, body included. Redirects are followed
 * (not from https to http) unless an API key is configured, so the key only goes to the
 * configured host.
 *
 * <p>Listing a model first asks {@code GET {uri}/schemas/VENDOR/NAME/FORMAT/MODEL}, which Iglu
 * servers answer with a JSON array of schema URIs; a registry that answers anything else but a
 * server error (404, a redirect, a page that is not such an array: a static registry) is listed by
 * {@link ModelProbe}.
 */
final class HttpRepository implements Repository {

  private final RepositoryConfig config;
  private final RepositoryConfig.Http http;
  private final HttpClient client;
  private final Duration requestTimeout;
  private final String base; // the URI without trailing '/'

  HttpRepository(RepositoryConfig config, Duration connectTimeout, Duration requestTimeout) {
    this.config = config;
    this.http = (RepositoryConfig.Http) config.connection();
    this.requestTimeout = requestTimeout;
    String uri = http.uri().toString();
    while (uri.endsWith("/")) {
      uri = uri.substring(0, uri.length() - 1);
    }
    this.base = uri;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        // The client resends every header on a redirect: never carry the API key elsewhere.
        .followRedirects(http.apikey().isPresent() ? HttpClient.Redirect.NEVER : HttpClient.Redirect.NORMAL)
        .build();
  }

  @Override
  public RepositoryConfig config() {
    return config;
  }

  @Override
  public RepositoryAnswer<JsonNode> lookup(SchemaKey key) {
    URI uri = URI.create(base + "/schemas/" + key.toPath());
    RepositoryAnswer<Response> response = get(uri);
    if (!(response instanceof RepositoryAnswer.Found<Response> found)) {
      return same(response);
    }
    Response r = found.value();
    if (r.status() != 200) {
      return RepositoryAnswer.failed("GET " + uri + " answered HTTP " + r.status());
    }
    Result<JsonNode, String> json = Json.parse(r.body());
    if (!json.isOk()) {
      return RepositoryAnswer.failed("GET " + uri + " did not return JSON: " + json.error());
    }
    if (!json.value().isObject()) {
      return RepositoryAnswer.failed("GET " + uri + " did not return a JSON Schema object");
    }
    return RepositoryAnswer.found(json.value());
  }

  @Override
  public RepositoryAnswer<List<SchemaVer>> listModel(String vendor, String name, String format, int model) {
    URI uri = URI.create(base + "/schemas/" + vendor + "/" + name + "/" + format + "/" + model);
    RepositoryAnswer<Response> response = get(uri);
    if (response instanceof RepositoryAnswer.Failed<Response> failed) {
      return RepositoryAnswer.failed(failed.message());
    }
    if (response instanceof RepositoryAnswer.Found<Response> found) {
      Response r = found.value();
      if (r.status() >= 500) {
        return RepositoryAnswer.failed("GET " + uri + " answered HTTP " + r.status());
      }
      if (r.status() == 200) {
        Optional<List<SchemaVer>> listed = listing(r.body(), vendor, name, format, model);
        if (listed.isPresent()) {
          return RepositoryAnswer.found(listed.get());
        }
      }
    }
    return ModelProbe.probe(model, v -> lookup(new SchemaKey(vendor, name, format, v)));
  }

  /** An Iglu server's listing: a JSON array of {@code iglu:} URIs; empty when the body is not one. */
  private static Optional<List<SchemaVer>> listing(String body, String vendor, String name, String format, int model) {
    Result<JsonNode, String> json = Json.parse(body);
    if (!json.isOk() || !json.value().isArray()) {
      return Optional.empty();
    }
    List<SchemaVer> versions = new ArrayList<>();
    for (JsonNode item : json.value()) {
      Optional<SchemaKey> key = item.isTextual() ? SchemaKey.parse(item.textValue()) : Optional.empty();
      if (key.isEmpty()) {
        return Optional.empty();
      }
      SchemaKey k = key.get();
      if (k.vendor().equals(vendor) && k.name().equals(name) && k.format().equals(format)
          && k.version().model() == model) {
        versions.add(k.version());
      }
    }
    return Optional.of(List.copyOf(versions));
  }

  /** A 404 is a miss; any other status comes back as a response; I/O problems as failures. */
  private RepositoryAnswer<Response> get(URI uri) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(requestTimeout)
        .header("Accept", "application/json");
    http.apikey().ifPresent(k -> request.header("apikey", k.reveal()));
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> response;
    try {
      // Bounds the whole exchange: the request timeout alone stops at the response headers.
      response = future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return RepositoryAnswer.failed("GET " + uri + " timed out after " + requestTimeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return RepositoryAnswer.failed("GET " + uri + " interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return RepositoryAnswer.failed("GET " + uri + " failed: " + describe(cause));
    }
    if (response.statusCode() == 404) {
      return RepositoryAnswer.notFound();
    }
    return RepositoryAnswer.found(new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8)));
  }

  private static String describe(Throwable t) {
    String kind = t.getClass().getSimpleName();
    if (t instanceof java.net.http.HttpTimeoutException) {
      return "timed out (" + kind + ")";
    }
    if (t instanceof java.net.ConnectException) {
      return "connection refused or unreachable (" + kind + ")";
    }
    String message = t.getMessage();
    return message == null || message.isBlank() ? kind : kind + ": " + message;
  }

  private static <T> RepositoryAnswer<T> same(RepositoryAnswer<Response> answer) {
    // NotFound and Failed carry no value: the same answer for another value type.
    if (answer instanceof RepositoryAnswer.Failed<Response> f) {
      return RepositoryAnswer.failed(f.message());
    }
    return RepositoryAnswer.notFound();
  }

  private record Response(int status, String body) {}
}
