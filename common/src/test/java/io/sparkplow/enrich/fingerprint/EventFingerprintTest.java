package io.sparkplow.enrich.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.enrich.support.TestEvents;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import io.sparkplow.protocol.RawEvent;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

class EventFingerprintTest {

  private static Enrichment enrichment(String version, String parameters) {
    return ((EventFingerprintSpec) new EventFingerprintFactory().parse(TestConfigs.snowplow("event_fingerprint_config", version, parameters))).build(null);
  }

  private static String fingerprint(Enrichment e, RawEvent raw) {
    EventDraft event = new EventDraft();
    assertEquals(Optional.empty(), e.enrich(raw, event));
    return event.get(Field.EVENT_FINGERPRINT);
  }

  private static final RawEvent PAGE_VIEW = TestEvents.withParameters(
      "e", "pv", "url", "https://shop.example.com/cart?step=2", "page", "Your cart – Example Shop",
      "eid", "0f1c8a50-9b2e-4c7d-8e3f-0a1b2c3d4e5f", "stm", "1717243200123", "tv", "js-3.23.0", "aid", "shop");

  @Test
  void hashesTheSortedParametersMinusTheExcluded() {
    // Written out by hand from the rule: names in order, each "name US value US", excluded left out.
    String text = "aid\u001Fshop\u001F" + "e\u001Fpv\u001F" + "page\u001FYour cart – Example Shop\u001F"
        + "tv\u001Fjs-3.23.0\u001F" + "url\u001Fhttps://shop.example.com/cart?step=2\u001F";
    Enrichment md5 = enrichment("1-0-0", "{\"excludeParameters\":[\"eid\",\"stm\"],\"hashAlgorithm\":\"MD5\"}");
    assertEquals(DigestUtils.md5Hex(text), fingerprint(md5, PAGE_VIEW));
    String[][] others = {{"SHA1", DigestUtils.sha1Hex(text)}, {"SHA256", DigestUtils.sha256Hex(text)},
        {"SHA384", DigestUtils.sha384Hex(text)}, {"SHA512", DigestUtils.sha512Hex(text)}};
    for (String[] o : others) {
      Enrichment e = enrichment("1-0-1", "{\"excludeParameters\":[\"eid\",\"stm\"],\"hashAlgorithm\":\"" + o[0] + "\"}");
      assertEquals(o[1], fingerprint(e, PAGE_VIEW), o[0]);
    }
  }

  @Test
  void aRetriedSendHasTheSameFingerprint() {
    Enrichment e = enrichment("1-0-1", "{\"excludeParameters\":[\"stm\"],\"hashAlgorithm\":\"SHA256\"}");
    RawEvent first = TestEvents.withParameters("e", "se", "se_ca", "video", "se_ac", "play", "stm", "1717243200123");
    RawEvent retry = TestEvents.withParameters("se_ac", "play", "stm", "1717243260999", "e", "se", "se_ca", "video");
    RawEvent other = TestEvents.withParameters("e", "se", "se_ca", "video", "se_ac", "pause", "stm", "1717243200123");
    assertEquals(fingerprint(e, first), fingerprint(e, retry));
    assertNotEquals(fingerprint(e, first), fingerprint(e, other));
  }

  @Test
  void hashesAnEventWithoutParameters() {
    assertEquals(DigestUtils.md5Hex(""), fingerprint(enrichment("1-0-0", "{\"excludeParameters\":[],\"hashAlgorithm\":\"MD5\"}"),
        TestEvents.withParameters()));
  }

  @Test
  void refusesAnUnknownAlgorithmOrMissingSettings() {
    EventFingerprintFactory f = new EventFingerprintFactory();
    assertEquals("event_fingerprint_config", f.name());
    ConfigurationException algorithm = assertThrows(ConfigurationException.class, () -> f.parse(TestConfigs.snowplow(
        "event_fingerprint_config", "1-0-1", "{\"excludeParameters\":[],\"hashAlgorithm\":\"CRC32\"}")));
    assertEquals("data.parameters.hashAlgorithm", algorithm.field());
    assertTrue(algorithm.getMessage().contains("SHA512"), algorithm.getMessage());
    assertEquals("data.parameters.excludeParameters", assertThrows(ConfigurationException.class, () -> f.parse(
        TestConfigs.snowplow("event_fingerprint_config", "1-0-1", "{\"hashAlgorithm\":\"MD5\"}"))).field());
    assertEquals("data.parameters.excludeParameters[1]", assertThrows(ConfigurationException.class, () -> f.parse(
        TestConfigs.snowplow("event_fingerprint_config", "1-0-1", "{\"excludeParameters\":[\"eid\",3],\"hashAlgorithm\":\"MD5\"}"))).field());
    assertEquals("data.parameters.hashAlgorithm", assertThrows(ConfigurationException.class, () -> f.parse(
        TestConfigs.snowplow("event_fingerprint_config", "1-0-0", "{\"excludeParameters\":[]}"))).field());
  }
}
