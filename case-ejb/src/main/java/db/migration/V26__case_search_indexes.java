package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean postgresql =
        connection
            .getMetaData()
            .getDatabaseProductName()
            .toLowerCase(Locale.ROOT)
            .contains("postgresql");
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE INDEX case_file_title_asc_idx ON case_file (title, id)");
      s.execute("CREATE INDEX case_file_title_desc_idx ON case_file (title DESC, id DESC)");
      s.execute("CREATE INDEX case_file_status_asc_idx ON case_file (status, id)");
      s.execute("CREATE INDEX case_file_status_desc_idx ON case_file (status DESC, id DESC)");
      s.execute("CREATE INDEX case_file_priority_asc_idx ON case_file (priority, id)");
      s.execute("CREATE INDEX case_file_priority_desc_idx ON case_file (priority DESC, id DESC)");
      s.execute("CREATE INDEX case_file_updated_asc_idx ON case_file (updated_at, id)");
      if (postgresql) {
        s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        s.execute(
            "CREATE INDEX case_file_number_trgm_idx ON case_file"
                + " USING gin (LOWER(case_number) gin_trgm_ops)");
        s.execute(
            "CREATE INDEX case_file_title_trgm_idx ON case_file USING gin (LOWER(title) gin_trgm_ops)");
        s.execute(
            "CREATE INDEX victim_pseudonym_trgm_idx ON victim"
                + " USING gin (LOWER(pseudonym) gin_trgm_ops)");
        s.execute("ANALYZE case_file");
        s.execute("ANALYZE victim");
        s.execute("ANALYZE team_member");
      }
    }
  }
}
