package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes for the case list over a full office (issue: fast for a full office). A Java migration
 * because the text indexes differ by database, and one SQL file cannot say both:
 *
 * <ul>
 *   <li>Every database: an index per sortable column of the list, each ending in the id that breaks
 *       ties, in both directions, because H2 reads an index only in the direction it was built in
 *       (PostgreSQL reads either way; the second index costs it little).
 *   <li>PostgreSQL: trigram GIN indexes ({@code pg_trgm}) on the lower-cased case number, title and
 *       pseudonym, which answer the list's {@code LOWER(…) LIKE '%…%'} search without reading every
 *       case. {@code pg_trgm} is a trusted extension: the owner of the database may create it.
 *       Where the database user may not (a managed PostgreSQL that withholds it, a user without the
 *       database's CREATE right), the migration leaves the trigram indexes out with a warning
 *       instead of failing the deployment: the search then reads every case, as on H2. The
 *       statements to add them later are in docs/BENCHMARKS.md.
 *   <li>H2 has no trigram or GIN index; its search reads the narrow columns it needs once (see
 *       docs/BENCHMARKS.md for what that costs).
 * </ul>
 */
public class V26__case_search_indexes extends BaseJavaMigration {

  private static final Logger LOG = Logger.getLogger(V26__case_search_indexes.class.getName());

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean postgresql = Databases.isPostgresql(connection);
    createIndexes(connection, postgresql);
    if (postgresql) {
      try (Statement s = connection.createStatement()) {
        s.execute("ANALYZE case_file");
        s.execute("ANALYZE victim");
        s.execute("ANALYZE team_member");
      }
    }
  }

  static void createIndexes(Connection connection, boolean postgresql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE INDEX case_file_title_asc_idx ON case_file (title, id)");
      s.execute("CREATE INDEX case_file_title_desc_idx ON case_file (title DESC, id DESC)");
      s.execute("CREATE INDEX case_file_status_asc_idx ON case_file (status, id)");
      s.execute("CREATE INDEX case_file_status_desc_idx ON case_file (status DESC, id DESC)");
      s.execute("CREATE INDEX case_file_priority_asc_idx ON case_file (priority, id)");
      s.execute("CREATE INDEX case_file_priority_desc_idx ON case_file (priority DESC, id DESC)");
      s.execute("CREATE INDEX case_file_updated_asc_idx ON case_file (updated_at, id)");
      if (postgresql && trigramExtension(connection)) {
        s.execute(
            "CREATE INDEX case_file_number_trgm_idx ON case_file"
                + " USING gin (LOWER(case_number) gin_trgm_ops)");
        s.execute(
            "CREATE INDEX case_file_title_trgm_idx ON case_file USING gin (LOWER(title) gin_trgm_ops)");
        s.execute(
            "CREATE INDEX victim_pseudonym_trgm_idx ON victim"
                + " USING gin (LOWER(pseudonym) gin_trgm_ops)");
      }
    }
  }

  /**
   * Creates {@code pg_trgm} if it is not there yet; false, with a warning, where this user may not.
   * A refused statement aborts a PostgreSQL transaction, so it is tried behind a savepoint and the
   * migration goes on from there.
   */
  static boolean trigramExtension(Connection connection) throws SQLException {
    Savepoint before = connection.getAutoCommit() ? null : connection.setSavepoint();
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      if (before != null) {
        connection.releaseSavepoint(before);
      }
      return true;
    } catch (SQLException refused) {
      if (before != null) {
        connection.rollback(before);
      }
      LOG.warning(
          "The pg_trgm extension could not be created (SQL state "
              + refused.getSQLState()
              + "): the case list's search works without its trigram indexes but reads every"
              + " case. See docs/BENCHMARKS.md for the statements that add them later.");
      return false;
    }
  }
}
