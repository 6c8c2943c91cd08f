package io.sparkplow.enrich.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.enrich.support.TestEvents;
import io.sparkplow.event.EventDraft;
import io.sparkplow.json.Json;
import io.sparkplow.protocol.RawEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpHeaderExtractorTest {

  private static final RawEvent REQUEST = TestEvents.withHeaders(
      "Host: collector.example.com",
      "X-Forwarded-For: 198.51.100.23, 203.0.113.9",
      "X-Forwarded-Proto: https",
      "Accept-Language: fr-FR,fr;q=0.9,en;q=0.8",
      "Cookie: sp=abc");

  private static Enrichment enrichment(String pattern) {
    return ((HttpHeaderExtractorSpec) new HttpHeaderExtractorFactory().parse(TestConfigs.config(
        "com.snowplowanalytics.snowplow.enrichments", "http_header_extractor_config", "1-0-0",
        "{\"headersPattern\":\"" + pattern + "\"}"))).build(null);
  }

  private static List<String> contexts(Enrichment e) {
    EventDraft event = new EventDraft();
    assertEquals(Optional.empty(), e.enrich(REQUEST, event));
    return event.derivedContexts().stream().map(Json::compact).toList();
  }

  @Test
  void extractsHeadersWhoseWholeNameMatches() {
    assertEquals(List.of(
        "{\"schema\":\"iglu:org.ietf/http_header/jsonschema/1-0-0\",\"data\":{\"name\":\"X-Forwarded-For\",\"value\":\"198.51.100.23, 203.0.113.9\"}}",
        "{\"schema\":\"iglu:org.ietf/http_header/jsonschema/1-0-0\",\"data\":{\"name\":\"X-Forwarded-Proto\",\"value\":\"https\"}}",
        "{\"schema\":\"iglu:org.ietf/http_header/jsonschema/1-0-0\",\"data\":{\"name\":\"Accept-Language\",\"value\":\"fr-FR,fr;q=0.9,en;q=0.8\"}}"),
        contexts(enrichment("X-Forwarded-.*|Accept-Language")));
  }

  @Test
  void aPartialMatchIsNoMatch() {
    assertEquals(List.of(), contexts(enrichment("Forwarded")));
    assertEquals(5, contexts(enrichment(".*")).size());
  }

  @Test
  void refusesAnInvalidPattern() {
    HttpHeaderExtractorFactory f = new HttpHeaderExtractorFactory();
    assertEquals("http_header_extractor_config", f.name());
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> f.parse(TestConfigs.config(
        "com.snowplowanalytics.snowplow.enrichments", "http_header_extractor_config", "1-0-0", "{\"headersPattern\":\"X-(\"}")));
    assertEquals("data.parameters.headersPattern", e.field());
    assertEquals("data.parameters.headersPattern", assertThrows(ConfigurationException.class, () -> f.parse(TestConfigs.config(
        "com.snowplowanalytics.snowplow.enrichments", "http_header_extractor_config", "1-0-0", "{}"))).field());
  }
}
