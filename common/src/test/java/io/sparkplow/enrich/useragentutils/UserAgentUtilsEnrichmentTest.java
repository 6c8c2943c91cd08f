package io.sparkplow.enrich.useragentutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkplow.ConfigurationException;
import io.sparkplow.enrich.Enrichment;
import io.sparkplow.enrich.TestConfigs;
import io.sparkplow.event.EventDraft;
import io.sparkplow.event.Field;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserAgentUtilsEnrichmentTest {

  private static final String VENDOR = "com.snowplowanalytics.snowplow";

  private final Enrichment enrichment = new UserAgentUtilsSpec().build(TestConfigs.LOCAL_FILES);

  @Test
  void theConfigurationHasNoParameters() {
    assertEquals(new UserAgentUtilsSpec(), new UserAgentUtilsFactory()
        .parse(TestConfigs.config(VENDOR, "user_agent_utils_config", "1-0-0", "{}")));
  }

  private EventDraft enrich(String useragent) {
    EventDraft event = TestConfigs.event(Field.USERAGENT, useragent);
    assertEquals(Optional.empty(), enrichment.enrich(null, event));
    return event;
  }

  @Test
  void fillsBrowserOsAndDeviceOfADesktopBrowser() {
    EventDraft e = enrich("Mozilla/5.0 (Windows NT 5.1; rv:23.0) Gecko/20100101 Firefox/23.0");
    assertEquals("Firefox 23", e.get(Field.BR_NAME));
    assertEquals("Firefox", e.get(Field.BR_FAMILY));
    assertEquals("23.0", e.get(Field.BR_VERSION));
    assertEquals("Browser", e.get(Field.BR_TYPE));
    assertEquals("GECKO", e.get(Field.BR_RENDERENGINE));
    assertEquals("Windows XP", e.get(Field.OS_NAME));
    assertEquals("Windows", e.get(Field.OS_FAMILY));
    assertEquals("Microsoft Corporation", e.get(Field.OS_MANUFACTURER));
    assertEquals("Computer", e.get(Field.DVCE_TYPE));
    assertEquals("0", e.get(Field.DVCE_ISMOBILE));
  }

  @Test
  void aPhoneIsMobile() {
    EventDraft e = enrich("Mozilla/5.0 (iPhone; CPU iPhone OS 5_1_1 like Mac OS X) AppleWebKit/534.46 "
        + "(KHTML, like Gecko) Version/5.1 Mobile/9B206 Safari/7534.48.3");
    assertEquals("Mobile Safari", e.get(Field.BR_NAME));
    assertEquals("Safari", e.get(Field.BR_FAMILY));
    assertEquals("Browser (mobile)", e.get(Field.BR_TYPE));
    assertEquals("iOS", e.get(Field.OS_FAMILY));
    assertEquals("Mobile", e.get(Field.DVCE_TYPE));
    assertEquals("1", e.get(Field.DVCE_ISMOBILE));
  }

  @Test
  void anUnknownAgentHasUnknownValuesAndNoVersion() {
    EventDraft e = enrich("Ruby");
    assertEquals("Unknown", e.get(Field.BR_NAME));
    assertEquals("unknown", e.get(Field.BR_TYPE));
    assertEquals("OTHER", e.get(Field.BR_RENDERENGINE));
    assertEquals("", e.get(Field.BR_VERSION));
    assertEquals("Other", e.get(Field.OS_MANUFACTURER));
    assertEquals("0", e.get(Field.DVCE_ISMOBILE));
  }

  @Test
  void aRobotIsARobot() {
    EventDraft e = enrich("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
    assertEquals("Robot", e.get(Field.BR_TYPE));
    assertEquals("Robot/Spider", e.get(Field.BR_FAMILY));
  }

  @Test
  void noUserAgentLeavesTheFieldsAbsent() {
    EventDraft e = TestConfigs.event(Field.APP_ID, "web");
    assertEquals(Optional.empty(), enrichment.enrich(null, e));
    assertEquals("", e.get(Field.BR_NAME));
    assertEquals("", e.get(Field.DVCE_ISMOBILE));
  }

  @Test
  void repeatedAgentsGiveTheSameFields() {
    String ua = "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.22 (KHTML, like Gecko) Chrome/25.0.1364.172 Safari/537.22";
    EventDraft a = enrich(ua);
    EventDraft b = enrich(ua);
    assertEquals("Chrome 25", b.get(Field.BR_NAME));
    assertEquals(a.toEvent(), b.toEvent());
  }

  @Test
  void parametersAreRefused() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> new UserAgentUtilsFactory()
        .parse(TestConfigs.config(VENDOR, "user_agent_utils_config", "1-0-0", "{\"x\":1}")));
    assertEquals("data.parameters.x", e.field());
    assertEquals("user_agent_utils_config.json", e.source());
  }
}
