package io.sparkplow.shred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PostgresDialectTest {

  @Test
  void dropsCompressionDistributionAndSortKeysAndKeepsTheRest() {
    String redshift = "CREATE TABLE IF NOT EXISTS atomic.com_acme_x_1 (\n"
        + "    \"schema_vendor\" VARCHAR(128) ENCODE ZSTD NOT NULL,\n"
        + "    \"root_id\"       CHAR(36)     ENCODE RAW  NOT NULL,\n"
        + "    \"amount\"        DECIMAL(36,2) ENCODE ZSTD,\n"
        + "    FOREIGN KEY (root_id) REFERENCES atomic.events(event_id)\n"
        + ")\nDISTSTYLE KEY\nDISTKEY (root_id)\nSORTKEY (root_tstamp);\n\n"
        + "COMMENT ON TABLE atomic.com_acme_x_1 IS 'iglu:com.acme/x/jsonschema/1-0-0';\n";
    String pg = PostgresDialect.ddl(redshift);
    assertFalse(pg.contains("ENCODE") || pg.contains("DISTKEY") || pg.contains("SORTKEY") || pg.contains("DISTSTYLE"), pg);
    assertTrue(pg.matches("(?s).*\"root_id\"\\s+CHAR\\(36\\)\\s+NOT NULL,.*"), pg);
    assertTrue(pg.contains("REFERENCES atomic.events(event_id)\n);"), pg);
    assertTrue(pg.contains("COMMENT ON TABLE atomic.com_acme_x_1 IS 'iglu:com.acme/x/jsonschema/1-0-0';"), pg);
  }

  @Test
  void translatesTheAtomicEventsTable() {
    String pg = PostgresDialect.ddl(AtomicEventsTable.createTable("atomic"));
    assertTrue(pg.contains("PRIMARY KEY (event_id)\n);"), pg);
    assertFalse(pg.contains("ENCODE"), pg);
  }

  @Test
  void copyOptionsDifferForAtomicAndEntityTables() {
    assertEquals("(FORMAT csv, DELIMITER E'\\t', QUOTE E'\\b', NULL '')", PostgresDialect.copyOptions(true));
    assertEquals("(FORMAT csv, DELIMITER E'\\t', QUOTE E'\\b', NULL '\\N')", PostgresDialect.copyOptions(false));
  }
}
