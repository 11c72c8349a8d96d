package org.recourse.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * V35 on H2 in PostgreSQL mode as WildFly runs it: the cases already there are indexed for the
 * search and given their number's order, a search word is a range read of the term index, and the
 * list sorts by case number from an index.
 */
class CaseTextIndexTest {

  private static final String URL =
      "jdbc:h2:mem:v35-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";

  @BeforeAll
  static void migrateWithCasesAlreadyThere() throws SQLException {
    Flyway.configure()
        .dataSource(URL, "sa", "")
        .locations("classpath:db/migration")
        .target("34")
        .load()
        .migrate();
    try (Connection db = DriverManager.getConnection(URL, "sa", "")) {
      insertCase(db, "R-2026-99998", "Leaked photos on a forum", "Ember 7");
      insertCase(db, "R-2026-100065", "Deepfake video", "Rosa 12");
    }
    Flyway.configure()
        .dataSource(URL, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  @Test
  void casesAlreadyThereAreIndexedAndOrdered() throws SQLException {
    assertEquals(List.of("R-2026-100065"), numbersWithTermStarting("fake"));
    assertEquals(List.of("R-2026-99998"), numbersWithTermStarting("mber"));
    assertEquals(List.of("R-2026-100065", "R-2026-99998"), numbersWithTermStarting("r-2026"));
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT case_number FROM case_file ORDER BY number_order")) {
      List<String> numbers = new ArrayList<>();
      while (r.next()) {
        numbers.add(r.getString(1));
      }
      assertEquals(List.of("R-2026-99998", "R-2026-100065"), numbers);
    }
  }

  @Test
  void aSearchWordIsARangeReadOfTheTermIndex() throws SQLException {
    String plan =
        plan(
            "SELECT c.id FROM case_file c WHERE c.id IN (SELECT t.case_id FROM case_search_term t"
                + " WHERE t.term LIKE 'fake%') ORDER BY c.updated_at DESC, c.id DESC LIMIT 20");
    assertTrue(plan.contains("primary_key") || plan.contains("case_search_term.term"), plan);
    assertTrue(plan.contains("term >= 'fake'"), plan);
  }

  @ParameterizedTest
  @CsvSource({"ASC, case_file_number_asc_idx", "DESC, case_file_number_desc_idx"})
  void theListSortsByCaseNumberFromAnIndex(String direction, String index) throws SQLException {
    String plan =
        plan(
            "SELECT c.id FROM case_file c WHERE EXISTS (SELECT 1 FROM team_member t"
                + " WHERE t.case_id = c.id AND t.username = 'someone') ORDER BY c.number_order "
                + direction
                + ", c.id "
                + direction
                + " LIMIT 20");
    assertTrue(plan.contains(index), plan);
    assertTrue(plan.contains("index sorted"), plan);
  }

  private static List<String> numbersWithTermStarting(String prefix) throws SQLException {
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        PreparedStatement s =
            db.prepareStatement(
                "SELECT DISTINCT c.case_number FROM case_file c JOIN case_search_term t"
                    + " ON t.case_id = c.id WHERE t.term LIKE ? ORDER BY c.case_number")) {
      s.setString(1, prefix + "%");
      List<String> numbers = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          numbers.add(r.getString(1));
        }
      }
      return numbers;
    }
  }

  private static String plan(String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery("EXPLAIN " + sql)) {
      r.next();
      return r.getString(1).toLowerCase(Locale.ROOT);
    }
  }

  private static void insertCase(Connection db, String number, String title, String pseudonym)
      throws SQLException {
    long id;
    try (PreparedStatement c =
        db.prepareStatement(
            "INSERT INTO case_file (case_number, title, status, priority, created_at, created_by,"
                + " updated_at, updated_by, version) VALUES (?, ?, 'INTAKE', 'NORMAL',"
                + " CURRENT_TIMESTAMP, 'attorney', CURRENT_TIMESTAMP, 'attorney', 0)",
            Statement.RETURN_GENERATED_KEYS)) {
      c.setString(1, number);
      c.setString(2, title);
      c.executeUpdate();
      try (ResultSet keys = c.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement v =
        db.prepareStatement(
            "INSERT INTO victim (case_id, pseudonym, safe_by_call, safe_by_text, safe_by_email,"
                + " safe_by_voicemail, version) VALUES (?, ?, FALSE, FALSE, FALSE, FALSE, 0)")) {
      v.setLong(1, id);
      v.setString(2, pseudonym);
      v.executeUpdate();
    }
  }
}
