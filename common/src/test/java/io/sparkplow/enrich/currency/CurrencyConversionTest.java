package io.sparkplow.enrich.currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.EnrichmentConfig;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.enrich.support.TestEvents;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the enrichment against a local server that answers like Open Exchange Rates' historical
 * endpoint: a USD-based table with round rates, so that every expected amount is checked by hand.
 */
class CurrencyConversionTest {

  private static final String API_KEY = "f7c1d2e3a4b5c6d7e8f9a0b1c2d3e4f5";
  /** 2014-06-01T12:00Z: the rates used are those that closed on 2014-05-31. */
  private static final long RECEIVED = TestEvents.COLLECTOR_TIME_MS;

  private static final String TABLE_2014_05_31 = """
      {
        "disclaimer": "Usage subject to terms: https://openexchangerates.org/terms",
        "license": "https://openexchangerates.org/license",
        "timestamp": 1401580799,
        "base": "USD",
        "rates": {
          "EUR": 0.8,
          "GBP": 0.5,
          "JPY": 100,
          "USD": 1
        }
      }
      """;

  private HttpServer server;
  private final List<String> requested = new CopyOnWriteArrayList<>();
  private final Map<String, String> authorizations = new ConcurrentHashMap<>();
  private volatile long delayMs;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/api/historical/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requested.add(path + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    authorizations.put(path, auth == null ? "" : auth);
    if (delayMs > 0) {
      try {
        Thread.sleep(delayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    int status;
    String body;
    if (!("Token " + API_KEY).equals(auth)) {
      status = 401;
      body = "{\"error\":true,\"status\":401,\"message\":\"invalid_app_id\",\"description\":\"Invalid App ID provided: "
          + (auth == null ? "" : auth.substring(auth.indexOf(' ') + 1)) + "\"}";
    } else if (path.equals("/api/historical/2014-05-31.json")) {
      status = 200;
      body = TABLE_2014_05_31;
    } else {
      status = 400;
      body = "{\"error\":true,\"status\":400,\"message\":\"not_available\",\"description\":\"Historical rates for the requested date are not available\"}";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private URI apiBase() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
  }

  private static EnrichmentConfig config(String base, String apiKey) {
    return TestConfigs.snowplow("currency_conversion_config", "1-0-0", "{\"accountType\":\"DEVELOPER\",\"apiKey\":\""
        + apiKey + "\",\"baseCurrency\":\"" + base + "\",\"rateAt\":\"EOD_PRIOR\"}");
  }

  private Enrichment enrichment(String base, String apiKey, Duration timeout) {
    return ((CurrencyConversionSpec) new CurrencyConversionFactory(apiBase(), timeout).parse(config(base, apiKey))).build(null);
  }

  private Enrichment enrichment(String base) {
    return enrichment(base, API_KEY, Duration.ofSeconds(5));
  }

  private static EventDraft transaction(String currency, String total, String tax, String shipping) {
    EventDraft event = new EventDraft();
    event.set(Field.EVENT, "transaction");
    event.set(Field.TR_CURRENCY, currency);
    event.set(Field.TR_TOTAL, total);
    event.set(Field.TR_TAX, tax);
    event.set(Field.TR_SHIPPING, shipping);
    return event;
  }

  private static EventDraft item(String currency, String price) {
    EventDraft event = new EventDraft();
    event.set(Field.EVENT, "transaction_item");
    event.set(Field.TI_CURRENCY, currency);
    event.set(Field.TI_PRICE, price);
    return event;
  }

  private static Optional<String> run(Enrichment e, EventDraft event) {
    return e.enrich(TestEvents.receivedAt(RECEIVED), event);
  }

  @Test
  void convertsATransactionAtThePriorDaysRates() {
    EventDraft event = transaction("GBP", "10", "2.5", "0.99");
    assertEquals(Optional.empty(), run(enrichment("EUR"), event));
    // GBP → EUR is 0.8 / 0.5 = 1.6; rounded half-even to cents.
    assertEquals("16.00", event.get(Field.TR_TOTAL_BASE));
    assertEquals("4.00", event.get(Field.TR_TAX_BASE));
    assertEquals("1.58", event.get(Field.TR_SHIPPING_BASE)); // 1.584
    assertEquals("EUR", event.get(Field.BASE_CURRENCY));
    assertEquals(List.of("/api/historical/2014-05-31.json"), requested);
    assertEquals("Token " + API_KEY, authorizations.get("/api/historical/2014-05-31.json"));
  }

  @Test
  void convertsAnItemAndRoundsToTheBaseCurrencysMinorUnit() {
    EventDraft inEuro = item("JPY", "1234");
    assertEquals(Optional.empty(), run(enrichment("EUR"), inEuro));
    assertEquals("9.87", inEuro.get(Field.TI_PRICE_BASE)); // 12.34 × 0.8
    EventDraft inYen = item("eur", "16.004");
    assertEquals(Optional.empty(), run(enrichment("JPY"), inYen));
    assertEquals("2000", inYen.get(Field.TI_PRICE_BASE)); // 16.004 × 125 = 2000.5: half-even, to 2000
    assertEquals("JPY", inYen.get(Field.BASE_CURRENCY));
    EventDraft up = item("EUR", "16.012");
    assertEquals(Optional.empty(), run(enrichment("JPY"), up));
    assertEquals("2002", up.get(Field.TI_PRICE_BASE)); // 2001.5: half-even, to 2002
  }

  @Test
  void anAmountAlreadyInTheBaseCurrencyNeedsNoRates() {
    EventDraft event = transaction("EUR", "8000", "", "");
    assertEquals(Optional.empty(), run(enrichment("EUR"), event));
    assertEquals("8000.00", event.get(Field.TR_TOTAL_BASE));
    assertEquals("", event.get(Field.TR_TAX_BASE));
    assertEquals(List.of(), requested);
  }

  @Test
  void setsOnlyTheBaseCurrencyOnOtherEvents() {
    EventDraft pageView = new EventDraft();
    pageView.set(Field.EVENT, "page_view");
    assertEquals(Optional.empty(), run(enrichment("EUR"), pageView));
    assertEquals("EUR", pageView.get(Field.BASE_CURRENCY));
    EventDraft noCurrency = transaction("", "10", "", "");
    assertEquals(Optional.empty(), run(enrichment("EUR"), noCurrency));
    assertEquals("", noCurrency.get(Field.TR_TOTAL_BASE));
    assertEquals(List.of(), requested);
  }

  @Test
  void asksOncePerDayOfData() {
    Enrichment e = enrichment("EUR");
    for (int i = 0; i < 20; i++) {
      assertEquals(Optional.empty(), run(e, item("USD", "1")));
    }
    assertEquals(1, requested.size());
  }

  @Test
  void anUnknownCurrencyFailsTheEvent() {
    EventDraft event = transaction("XYZ", "10", "1", "");
    Optional<String> failure = run(enrichment("EUR"), event);
    assertTrue(failure.isPresent());
    assertTrue(failure.get().contains("[XYZ]") && failure.get().contains("2014-05-31"), failure.get());
    assertEquals("", event.get(Field.TR_TOTAL_BASE), "nothing converted");
  }

  @Test
  void aMissingTableFailsTheEvent() {
    assertTrue(run(enrichment("EUR"), item("GBP", "5")).isEmpty());
    Optional<String> old = enrichment("EUR").enrich(TestEvents.receivedAt(946_728_000_000L), item("GBP", "5")); // 2000-01-01
    assertTrue(old.isPresent());
    assertTrue(old.get().contains("HTTP 400") && old.get().contains("1999-12-31"), old.get());
  }

  @Test
  void aSlowApiIsATimeoutFailure() {
    delayMs = 2_000;
    Optional<String> failure = run(enrichment("EUR", API_KEY, Duration.ofMillis(200)), item("GBP", "5"));
    assertTrue(failure.isPresent());
    assertTrue(failure.get().contains("did not answer within 200 ms"), failure.get());
  }

  @Test
  void theApiKeyNeverReachesAMessage() {
    String wrongKey = "0123456789abcdef0123456789abcdef";
    Optional<String> failure = run(enrichment("EUR", wrongKey, Duration.ofSeconds(5)), item("GBP", "5"));
    assertTrue(failure.isPresent());
    assertTrue(failure.get().contains("HTTP 401") && failure.get().contains("invalid_app_id"), failure.get());
    assertFalse(failure.get().contains(wrongKey), failure.get());
    CurrencyConversionSpec spec = (CurrencyConversionSpec) new CurrencyConversionFactory().parse(config("EUR", API_KEY));
    assertFalse(spec.toString().contains(API_KEY));
    assertEquals(CurrencyConversionSpec.DEFAULT_API_BASE, spec.apiBase());
    assertTrue(requested.stream().noneMatch(r -> r.contains(API_KEY) || r.contains(wrongKey)), "the key is not in the URL");
  }

  @Test
  void refusesInvalidSettings() {
    CurrencyConversionFactory f = new CurrencyConversionFactory();
    assertEquals("currency_conversion_config", f.name());
    String[][] cases = {
        {"{\"accountType\":\"FREE\",\"apiKey\":\"k\",\"baseCurrency\":\"EUR\",\"rateAt\":\"EOD_PRIOR\"}", "data.parameters.accountType"},
        {"{\"accountType\":\"DEVELOPER\",\"baseCurrency\":\"EUR\",\"rateAt\":\"EOD_PRIOR\"}", "data.parameters.apiKey"},
        {"{\"accountType\":\"DEVELOPER\",\"apiKey\":\"k\",\"baseCurrency\":\"EURO\",\"rateAt\":\"EOD_PRIOR\"}", "data.parameters.baseCurrency"},
        {"{\"accountType\":\"DEVELOPER\",\"apiKey\":\"k\",\"baseCurrency\":\"ZZZ\",\"rateAt\":\"EOD_PRIOR\"}", "data.parameters.baseCurrency"},
        {"{\"accountType\":\"DEVELOPER\",\"apiKey\":\"k\",\"baseCurrency\":\"EUR\",\"rateAt\":\"NOW\"}", "data.parameters.rateAt"}};
    for (String[] c : cases) {
      ConfigurationException e = assertThrows(ConfigurationException.class,
          () -> f.parse(TestConfigs.snowplow("currency_conversion_config", "1-0-0", c[0])));
      assertEquals(c[1], e.field(), c[0]);
    }
  }
}
