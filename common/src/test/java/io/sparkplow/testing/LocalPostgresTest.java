package io.sparkplow.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class LocalPostgresTest {

  @Test
  void startsAServerThatAnswersQueriesAndRemovesItAtClose() throws Exception {
    Path dataDir;
    String url;
    try (LocalPostgres pg = LocalPostgres.startOrSkip()) {
      pg.execute("CREATE TABLE t (id int PRIMARY KEY, name text)", "INSERT INTO t VALUES (1, 'one'), (2, 'two')");
      try (Connection c = pg.connect(); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT count(*), current_database(), current_user FROM t")) {
        assertTrue(rs.next());
        assertEquals(2, rs.getInt(1));
        assertEquals(LocalPostgres.DATABASE, rs.getString(2));
        assertEquals(LocalPostgres.USER, rs.getString(3));
      }
      assertThrows(SQLException.class, () -> DriverManager.getConnection(pg.jdbcUrl(), pg.user(), "wrong"),
          "the password is checked");
      url = pg.jdbcUrl();
      assertTrue(url.startsWith("jdbc:postgresql://127.0.0.1:"));
      dataDir = Path.of(System.getProperty("java.io.tmpdir"));
    }
    assertThrows(SQLException.class, () -> DriverManager.getConnection(url, LocalPostgres.USER, "x"),
        "the server is stopped");
    try (var leftovers = Files.list(dataDir)) {
      assertFalse(leftovers.anyMatch(p -> p.getFileName().toString().startsWith("sparkplow-pg-")
          && Files.exists(p.resolve("data"))), "no cluster left behind");
    }
  }
}
