package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL keeps ten times the usual statistics of the text index's terms (issue: fast for a full
 * office). With the default sample (30,000 of 2.9 million terms at 100,000 cases) and its 100
 * histogram buckets, whether a common word's range ("ember%": 10,090 terms) held a bucket boundary
 * was chance: one {@code ANALYZE} estimated 277 terms, the next 27,986. Estimated low, a search of
 * a user's 2,000 cases read all 10,090 matching cases first and their memberships after (100 ms,
 * not 3); estimated from 1,000 buckets and as many common values, three analyses in a row gave
 * 10,707 to 10,713. {@code ANALYZE} of the table takes about 0.7 s instead of 0.2 s. H2 keeps no
 * such statistics: nothing to do there.
 */
public class V40__search_term_statistics extends BaseJavaMigration {

  /** The statistics target of {@code case_search_term.term} (PostgreSQL's default is 100). */
  static final int TERM_STATISTICS = 1000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!Databases.isPostgresql(connection)) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute("ALTER TABLE case_search_term ALTER COLUMN term SET STATISTICS " + TERM_STATISTICS);
      s.execute("ANALYZE case_search_term");
    }
  }
}
