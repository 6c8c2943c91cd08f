package io.sparkplow.shredjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.iglu.SchemaKey;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShredStatsTest {

  private static final String LINK_CLICK = "vendor=com.acme/name=link_click/format=tsv/model=1";

  @Test
  void mergesCountsRangesAndTheLatestLayoutOfEachModel() {
    ShredStats a = new ShredStats();
    a.addGood(3, "2024-03-05 10:00:00.000", "2024-03-05 11:00:00.000");
    a.addLayout(LINK_CLICK, SchemaKey.parse("iglu:com.acme/link_click/jsonschema/1-1-0").orElseThrow());
    a.addRows("output=good/" + LINK_CLICK, 2);
    ShredStats b = new ShredStats();
    b.addGood(1, "2024-03-05 09:59:59.999", "2024-03-05 10:30:00.000");
    b.addBad(4);
    b.addLayout(LINK_CLICK, SchemaKey.parse("iglu:com.acme/link_click/jsonschema/1-0-1").orElseThrow());
    b.addRows("output=good/" + LINK_CLICK, 5);

    ShredStats merged = new ShredStats();
    merged.merge(b);
    merged.merge(a);
    assertEquals(4, merged.good());
    assertEquals(4, merged.bad());
    assertEquals(Optional.of("2024-03-05 09:59:59.999"), merged.minCollectorTstamp());
    assertEquals(Optional.of("2024-03-05 11:00:00.000"), merged.maxCollectorTstamp());
    assertEquals("iglu:com.acme/link_click/jsonschema/1-1-0", merged.layoutVersions().get(LINK_CLICK).toUri());
    assertEquals(Map.of("output=good/" + LINK_CLICK, 7L), merged.rows());
    assertTrue(new ShredStats().isEmpty());
    assertEquals(Optional.empty(), new ShredStats().minCollectorTstamp());
  }
}
