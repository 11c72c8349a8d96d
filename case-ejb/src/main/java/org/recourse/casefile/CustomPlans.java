package org.recourse.casefile;

import jakarta.persistence.EntityManager;
import java.sql.Statement;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Asks PostgreSQL to plan the rest of the current transaction's statements for their parameters'
 * values ({@code SET LOCAL plan_cache_mode = force_custom_plan}; the setting ends with the
 * transaction). A prepared statement run often is otherwise planned once for any values, and the
 * case list's statements need different plans for different values: an attorney on 50,062 teams and
 * a colleague on 2,000, a common word and a rare one. Planned for any values, the attorney's search
 * for "Ember" took 45 ms where its own plan takes 6 (100,000 cases, docs/BENCHMARKS.md, fifth
 * pass). Planning each time costs about a millisecond. H2 plans each statement as it runs: nothing
 * to do there.
 */
final class CustomPlans {

  private CustomPlans() {}

  /** Plans the current transaction's statements for their values, on PostgreSQL. */
  static void forThisTransaction(EntityManager em) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              String database =
                  connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
              if (database.contains("postgresql")) {
                try (Statement statement = connection.createStatement()) {
                  statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
                }
              }
            });
  }
}
