package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What the Java migrations ask of the database they run on. */
final class Databases {

  private Databases() {}

  /** Whether the connection is to PostgreSQL (otherwise the embedded H2). */
  static boolean isPostgresql(Connection connection) throws SQLException {
    return connection
        .getMetaData()
        .getDatabaseProductName()
        .toLowerCase(Locale.ROOT)
        .contains("postgresql");
  }
}
