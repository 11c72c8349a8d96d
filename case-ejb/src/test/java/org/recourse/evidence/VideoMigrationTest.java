package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V15 against evidence stored before it, on H2 in PostgreSQL mode as WildFly runs it. */
class VideoMigrationTest {

  private final String url =
      "jdbc:h2:mem:v15-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";

  @Test
  void videosStoredBeforeV15ArePendingAnalysisUnlessTheirContentWasDestroyed() throws SQLException {
    migrate("14");
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      try (Statement s = db.createStatement()) {
        s.execute("SET REFERENTIAL_INTEGRITY FALSE");
      }
      insert(db, "video-kept", "video/mp4", "wrapped");
      insert(db, "video-shredded", "video/quicktime", null);
      insert(db, "image-kept", "image/jpeg", "wrapped");
    }

    migrate("15");

    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      assertEquals("PENDING", status(db, "video-kept"));
      assertNull(status(db, "video-shredded"));
      assertNull(status(db, "image-kept"));
    }
  }

  private void migrate(String version) {
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
  }

  private static void insert(Connection db, String id, String mediaType, String key)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO evidence_item (id, case_id, file_name_enc, media_type, size_bytes,"
                + " sha256, md5, blob_id, wrapped_key, capture_method, received_at, received_by,"
                + " custody_count, custody_head, version) VALUES (?, 1, 'x', ?, 1, ?, ?, ?, ?,"
                + " 'UPLOAD', CURRENT_TIMESTAMP, 'test', 0, ?, 0)")) {
      insert.setString(1, id);
      insert.setString(2, mediaType);
      insert.setString(3, "0".repeat(64));
      insert.setString(4, "0".repeat(32));
      insert.setString(5, id);
      insert.setString(6, key);
      insert.setString(7, "0".repeat(64));
      insert.executeUpdate();
    }
  }

  private static String status(Connection db, String id) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement("SELECT analysis_status FROM evidence_item WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }
}
