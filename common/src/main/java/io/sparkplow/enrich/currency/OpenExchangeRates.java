package io.sparkplow.enrich.currency;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkplow.Result;
import io.sparkplow.enrich.Secret;
import io.sparkplow.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The Open Exchange Rates API's historical tables ({@code GET BASE/historical/YYYY-MM-DD.json},
 * the App ID sent in an {@code Authorization: Token} header so that it is never part of a URL),
 * cached per day for the life of the JVM: one request per day of data, however many threads ask.
 * A failed request is remembered for {@link #RETRY_AFTER} before the next try, so an unreachable
 * API costs one timeout a minute, not one per event.
 *
 * <p>Thread-safe. Messages never hold the App ID.
 */
final class OpenExchangeRates {

  static final Duration RETRY_AFTER = Duration.ofMinutes(1);
  /** Days kept; past that the cache starts again (a run rarely spans more days of data). */
  static final int MAX_DAYS = 1000;

  private final HttpClient client;
  private final URI apiBase;
  private final Secret apiKey;
  private final Duration timeout;
  private final ConcurrentHashMap<LocalDate, Future<Fetched>> byDay = new ConcurrentHashMap<>();

  private record Fetched(Result<ExchangeRates, String> result, long atNanos) {}

  OpenExchangeRates(URI apiBase, Secret apiKey, Duration timeout) {
    this.apiBase = apiBase;
    this.apiKey = apiKey;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** The table closing that day, or why there is none. */
  Result<ExchangeRates, String> historical(LocalDate day) {
    while (true) {
      Future<Fetched> future = byDay.get(day);
      if (future == null) {
        FutureTask<Fetched> task = new FutureTask<>(() -> new Fetched(request(day), System.nanoTime()));
        if (byDay.size() >= MAX_DAYS) {
          byDay.clear();
        }
        future = byDay.putIfAbsent(day, task);
        if (future == null) {
          future = task;
          task.run();
        }
      }
      Fetched fetched;
      try {
        fetched = future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Result.err("interrupted while waiting for the exchange rates of " + day);
      } catch (ExecutionException e) {
        byDay.remove(day, future);
        return Result.err("exchange rates of " + day + " unavailable: " + scrub(String.valueOf(e.getCause())));
      }
      if (!fetched.result().isOk() && System.nanoTime() - fetched.atNanos() > RETRY_AFTER.toNanos()) {
        byDay.remove(day, future); // stale failure: try again
        continue;
      }
      return fetched.result();
    }
  }

  private Result<ExchangeRates, String> request(LocalDate day) {
    String base = apiBase.toString();
    URI uri = URI.create((base.endsWith("/") ? base : base + "/") + "historical/" + day + ".json");
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Authorization", "Token " + apiKey.reveal())
        .header("Accept", "application/json")
        .GET()
        .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      return Result.err("Open Exchange Rates did not answer within " + timeout.toMillis() + " ms (rates of " + day + ")");
    } catch (IOException e) {
      return Result.err("Open Exchange Rates unreachable (rates of " + day + "): " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.err("interrupted while requesting the exchange rates of " + day);
    }
    Result<JsonNode, String> json = Json.parse(response.body());
    if (response.statusCode() != 200) {
      String reason = json.isOk()
          ? json.value().path("message").asText("") + " " + json.value().path("description").asText("")
          : "";
      return Result.err(scrub("Open Exchange Rates answered HTTP " + response.statusCode() + " for the rates of " + day
          + (reason.isBlank() ? "" : ": " + reason.trim())));
    }
    if (!json.isOk() || !json.value().path("rates").isObject()) {
      return Result.err("Open Exchange Rates sent no rates table for " + day);
    }
    JsonNode body = json.value();
    Map<String, BigDecimal> rates = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = body.path("rates").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isNumber()) {
        rates.put(e.getKey(), e.getValue().decimalValue());
      }
    }
    return Result.ok(new ExchangeRates(day, body.path("base").asText("USD"), rates));
  }

  /** Removes the App ID from a text that may echo it (a server's error description, an exception). */
  private String scrub(String text) {
    String key = apiKey.reveal();
    return key.length() < 4 ? text : text.replace(key, apiKey.toString());
  }
}
