package io.sparkplow.enrich.cookie;

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

class CookieExtractorTest {

  private static Enrichment enrichment(String cookies) {
    return ((CookieExtractorSpec) new CookieExtractorFactory().parse(
        TestConfigs.snowplow("cookie_extractor_config", "1-0-0", "{\"cookies\":" + cookies + "}"))).build(null);
  }

  private static List<String> contexts(Enrichment e, RawEvent raw) {
    EventDraft event = new EventDraft();
    assertEquals(Optional.empty(), e.enrich(raw, event));
    return event.derivedContexts().stream().map(Json::compact).toList();
  }

  @Test
  void extractsTheNamedCookiesInOrder() {
    RawEvent raw = TestEvents.withHeaders(
        "Host: collector.example.com",
        "User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
        "Cookie: _ga=GA1.2.1234567890.1717243200; sp=0f1c8a50-9b2e-4c7d-8e3f-0a1b2c3d4e5f; _fbp=fb.1.1717243200.987",
        "cookie: consent=granted=all");
    assertEquals(List.of(
        "{\"schema\":\"iglu:org.ietf/http_cookie/jsonschema/1-0-0\",\"data\":{\"name\":\"sp\",\"value\":\"0f1c8a50-9b2e-4c7d-8e3f-0a1b2c3d4e5f\"}}",
        "{\"schema\":\"iglu:org.ietf/http_cookie/jsonschema/1-0-0\",\"data\":{\"name\":\"consent\",\"value\":\"granted=all\"}}"),
        contexts(enrichment("[\"sp\",\"consent\",\"absent\"]"), raw));
  }

  @Test
  void namesAreExact() {
    RawEvent raw = TestEvents.withHeaders("Cookie: SP=upper; sp_id=other; sp=right");
    assertEquals(1, contexts(enrichment("[\"sp\"]"), raw).size());
  }

  @Test
  void addsNothingWithoutCookieHeaders() {
    assertEquals(List.of(), contexts(enrichment("[\"sp\"]"), TestEvents.withHeaders()));
    assertEquals(List.of(), contexts(enrichment("[\"sp\"]"), TestEvents.withHeaders("Set-Cookie: sp=x", "Cookie", "Cookie: ; sp")));
  }

  @Test
  void refusesAnEmptyList() {
    CookieExtractorFactory f = new CookieExtractorFactory();
    assertEquals("cookie_extractor_config", f.name());
    assertEquals("data.parameters.cookies", assertThrows(ConfigurationException.class,
        () -> f.parse(TestConfigs.snowplow("cookie_extractor_config", "1-0-0", "{\"cookies\":[]}"))).field());
    assertEquals("data.parameters.cookies", assertThrows(ConfigurationException.class,
        () -> f.parse(TestConfigs.snowplow("cookie_extractor_config", "1-0-0", "{}"))).field());
  }
}
