package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AtomicEventsTableTest {

  private static final Pattern COLUMN = Pattern.compile("^    \"(\\w+)\" ([A-Z ]+(?:\\(\\d+(?:,\\d+)?\\))?) ENCODE (\\w+)( NOT NULL)?,$",
      Pattern.MULTILINE);

  @Test
  void holdsThe128ScalarFieldsInCopyOrderWithTheirWarehouseTypes() {
    String ddl = AtomicEventsTable.createTable("atomic");
    List<String> names = new ArrayList<>();
    Matcher m = COLUMN.matcher(ddl);
    while (m.find()) {
      names.add(m.group(1));
    }
    assertEquals(128, names.size());
    assertEquals(List.of(CopyStatements.ATOMIC_COLUMNS.split(",\\s*")), names, "the columns COPY names, in order");
    assertTrue(ddl.contains("\"event_id\" CHAR(36) ENCODE ZSTD NOT NULL,"), ddl);
    assertTrue(ddl.contains("\"collector_tstamp\" TIMESTAMP ENCODE RAW NOT NULL,"), ddl);
    assertTrue(ddl.contains("\"page_url\" VARCHAR(4096) ENCODE ZSTD,"), ddl);
    assertTrue(ddl.contains("\"tr_total\" DECIMAL(18,2) ENCODE ZSTD,"), ddl);
    assertTrue(ddl.contains("\"se_value\" DOUBLE PRECISION ENCODE ZSTD,"), ddl);
    assertTrue(ddl.contains("\"br_cookies\" BOOLEAN ENCODE ZSTD,"), ddl);
    assertTrue(ddl.contains("\"geo_country\" CHAR(2) ENCODE ZSTD,"), ddl);
    assertFalse(ddl.contains("\"contexts\""), "JSON fields go to entity tables");
    assertTrue(ddl.contains("PRIMARY KEY (event_id)") && ddl.contains("SORTKEY (collector_tstamp);"), ddl);
  }

  @Test
  void refusesASchemaNameThatIsNotAnIdentifier() {
    assertThrows(IllegalArgumentException.class, () -> AtomicEventsTable.createTable("atomic; DROP TABLE x"));
  }
}
