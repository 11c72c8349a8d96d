package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.recourse.casefile.CaseNumbers;
import org.recourse.casefile.CaseSearchIndex;

/**
 * The case list's own text index and a sortable case number (issue: fast for a full office).
 *
 * <ul>
 *   <li>{@code case_search_term}: the endings of the words of each case's number, title and
 *       pseudonym ({@code org.recourse.casefile.SearchTerms}), so that a search by any part of them
 *       is a range read of an ordinary B-tree index on H2 and on PostgreSQL alike, and in a cluster
 *       (the index lives in the shared database, written in the same transaction as the case). On
 *       PostgreSQL the term is compared by byte ({@code COLLATE "C"}), which lets its index answer
 *       {@code LIKE 'prefix%'}.
 *   <li>{@code case_file.number_order}: the number as year and sequence in one number, indexed both
 *       ways, so the list sorts by case number from an index, R-2026-99998 before R-2026-100065.
 * </ul>
 *
 * The cases already there are indexed here, in batches.
 */
public class V35__case_text_index extends BaseJavaMigration {

  private static final int BATCH = 1_000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean postgresql = Databases.isPostgresql(connection);
    try (Statement s = connection.createStatement()) {
      if (postgresql) {
        s.execute(
            "CREATE TABLE case_search_term (term VARCHAR(32) COLLATE \"C\" NOT NULL,"
                + " case_id BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,"
                + " PRIMARY KEY (term, case_id))");
      } else {
        s.execute(
            "CREATE TABLE case_search_term (term VARCHAR(32) NOT NULL,"
                + " case_id BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,"
                + " PRIMARY KEY (term, case_id))");
      }
      s.execute("CREATE INDEX case_search_term_case_idx ON case_search_term (case_id, term)");
      s.execute("ALTER TABLE case_file ADD COLUMN number_order BIGINT");
    }
    fill(connection);
    try (Statement s = connection.createStatement()) {
      s.execute("ALTER TABLE case_file ALTER COLUMN number_order SET NOT NULL");
      s.execute("CREATE INDEX case_file_number_asc_idx ON case_file (number_order, id)");
      s.execute("CREATE INDEX case_file_number_desc_idx ON case_file (number_order DESC, id DESC)");
      if (postgresql) {
        s.execute("ANALYZE case_search_term");
        s.execute("ANALYZE case_file");
      }
    }
  }

  private static void fill(Connection connection) throws SQLException {
    try (Statement read = connection.createStatement();
        ResultSet cases =
            read.executeQuery(
                "SELECT c.id, c.case_number, c.title, v.pseudonym FROM case_file c"
                    + " LEFT JOIN victim v ON v.case_id = c.id");
        PreparedStatement order =
            connection.prepareStatement("UPDATE case_file SET number_order = ? WHERE id = ?");
        PreparedStatement terms = connection.prepareStatement(CaseSearchIndex.INSERT)) {
      int pending = 0;
      while (cases.next()) {
        long id = cases.getLong(1);
        String number = cases.getString(2);
        order.setLong(1, CaseNumbers.order(number));
        order.setLong(2, id);
        order.addBatch();
        CaseSearchIndex.add(terms, id, number, cases.getString(3), cases.getString(4));
        if (++pending == BATCH) {
          order.executeBatch();
          terms.executeBatch();
          pending = 0;
        }
      }
      order.executeBatch();
      terms.executeBatch();
    }
  }
}
