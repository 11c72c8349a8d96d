package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V26 where {@code CREATE EXTENSION pg_trgm} is refused: the migration goes on without the trigram
 * indexes and says so, instead of failing the deployment. The refusal is real: H2 has no such
 * statement, so it fails there as it fails on a PostgreSQL that withholds the extension, inside the
 * migration's transaction.
 */
class V26TrigramFallbackTest {

  @Test
  void aRefusedExtensionLeavesTheTrigramIndexesOutAndTheRestIn() throws SQLException {
    String url = "jdbc:h2:mem:v26-fallback-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .target("25")
        .load()
        .migrate();
    List<String> warnings = new ArrayList<>();
    Logger log = Logger.getLogger(V26__case_search_indexes.class.getName());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            warnings.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(capture);
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      db.setAutoCommit(false);
      V26__case_search_indexes.createIndexes(db, true);
      db.commit();
      assertTrue(indexExists(db, "CASE_FILE_TITLE_ASC_IDX"), "the sort indexes are made");
      assertTrue(indexExists(db, "CASE_FILE_UPDATED_ASC_IDX"), "the sort indexes are made");
      assertFalse(indexExists(db, "CASE_FILE_TITLE_TRGM_IDX"), "no trigram index without pg_trgm");
    } finally {
      log.removeHandler(capture);
    }
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("pg_trgm"), warnings.get(0));
  }

  private static boolean indexExists(Connection db, String name) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = '"
                    + name
                    + "'")) {
      r.next();
      return r.getInt(1) > 0;
    }
  }
}
