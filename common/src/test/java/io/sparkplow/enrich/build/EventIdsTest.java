package io.sparkplow.enrich.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

  static final String LINE = "2017-09-26\t10:55:55\tDUB2\t474\t92.231.54.234\tGET\td3isjmrsi662be.cloudfront.net\t/i"
      + "\t200\t-\tRuby\te=pv&dtm=1506423355307&p=srv&tv=rb-0.5.2&aid=sp";

  @Test
  void sameLineAndPositionGiveTheSameId() {
    assertEquals(EventIds.generate(LINE, 0), EventIds.generate(LINE, 0));
  }

  @Test
  void differentLinesOrPositionsGiveDifferentIds() {
    assertNotEquals(EventIds.generate(LINE, 0), EventIds.generate(LINE, 1));
    assertNotEquals(EventIds.generate(LINE, 0), EventIds.generate(LINE + " ", 0));
    // the separator keeps ("...1", 0) apart from ("...", 10)
    assertNotEquals(EventIds.generate("line1", 0), EventIds.generate("line", 10));
  }

  @Test
  void isAVersion5RfcUuidInCanonicalLowerCase() {
    String id = EventIds.generate(LINE, 3);
    UUID uuid = UUID.fromString(id);
    assertEquals(5, uuid.version());
    assertEquals(2, uuid.variant());
    assertEquals(id.toLowerCase(), id);
    assertEquals(uuid.toString(), id);
  }
}
