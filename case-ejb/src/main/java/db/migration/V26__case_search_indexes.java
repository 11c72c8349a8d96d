package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
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
 *   <li>H2 has no trigram or GIN index; its search reads the narrow columns it needs once (see
 *       docs/BENCHMARKS.md for what that costs).
 * </ul>
 */
public class V26__case_search_indexes extends BaseJavaMigration {

  private static final List<String> EVERY_DATABASE =
      List.of(
          "CREATE INDEX case_file_title_asc_idx ON case_file (title, id)",
          "CREATE INDEX case_file_title_desc_idx ON case_file (title DESC, id DESC)",
          "CREATE INDEX case_file_status_asc_idx ON case_file (status, id)",
          "CREATE INDEX case_file_status_desc_idx ON case_file (status DESC, id DESC)",
          "CREATE INDEX case_file_priority_asc_idx ON case_file (priority, id)",
          "CREATE INDEX case_file_priority_desc_idx ON case_file (priority DESC, id DESC)",
          "CREATE INDEX case_file_updated_asc_idx ON case_file (updated_at, id)");

  private static final List<String> POSTGRESQL =
      List.of(
          "CREATE EXTENSION IF NOT EXISTS pg_trgm",
          "CREATE INDEX case_file_number_trgm_idx ON case_file"
              + " USING gin (LOWER(case_number) gin_trgm_ops)",
          "CREATE INDEX case_file_title_trgm_idx ON case_file USING gin (LOWER(title) gin_trgm_ops)",
          "CREATE INDEX victim_pseudonym_trgm_idx ON victim"
              + " USING gin (LOWER(pseudonym) gin_trgm_ops)",
          "ANALYZE case_file",
          "ANALYZE victim",
          "ANALYZE team_member");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean postgresql =
        connection
            .getMetaData()
            .getDatabaseProductName()
            .toLowerCase(Locale.ROOT)
            .contains("postgresql");
    try (Statement statement = connection.createStatement()) {
      for (String sql : EVERY_DATABASE) {
        statement.execute(sql);
      }
      if (postgresql) {
        for (String sql : POSTGRESQL) {
          statement.execute(sql);
        }
      }
    }
  }
}
