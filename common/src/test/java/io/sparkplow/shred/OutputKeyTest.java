package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkplow.iglu.SchemaKey;
import org.junit.jupiter.api.Test;

class OutputKeyTest {

  @Test
  void folders() {
    assertEquals("vendor=com.snowplowanalytics.snowplow/name=atomic/format=tsv/model=1", OutputKey.ATOMIC.path());
    assertEquals("vendor=com.snowplowanalytics.iglu/name=anything-a/format=tsv/model=2",
        OutputKey.tsv(SchemaKey.parse("iglu:com.snowplowanalytics.iglu/anything-a/jsonschema/2-0-0").orElseThrow()).path());
  }

  @Test
  void aVendorOrNameCannotEscapeTheOutputFolder() {
    for (String[] bad : new String[][] {{"..", "x"}, {"com.acme/../..", "x"}, {".hidden", "x"}, {"com.acme", "../x"},
        {"com.acme", "a/b"}, {"com.acme", ".."}, {"com..acme", "x"}, {"com.acme", ""}, {"com.acme", "x\ny"}}) {
      assertThrows(IllegalArgumentException.class, () -> new OutputKey(bad[0], bad[1], "tsv", 1), bad[0] + " " + bad[1]);
    }
    assertThrows(IllegalArgumentException.class, () -> new OutputKey("com.acme", "x", "tsv", 0));
    // Schema keys that would do it are not schema keys.
    assertTrue(SchemaKey.parse("iglu:../../tmp/x/jsonschema/1-0-0").isEmpty());
    assertTrue(SchemaKey.parse("iglu:com.acme/x/y/jsonschema/1-0-0").isEmpty());
  }
}
