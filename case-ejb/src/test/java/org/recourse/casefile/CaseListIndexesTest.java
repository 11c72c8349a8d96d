package org.recourse.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * V26, V38 and V39 on H2 in PostgreSQL mode as WildFly runs it: the case list's page, sorted by
 * each sortable column either way, is read in the order of an index (so its first page reads twenty
 * rows, not a hundred thousand, then sorts them), and so are a status's page and the cases of
 * someone on few teams in the list's order.
 */
class CaseListIndexesTest {

  private static final String URL =
      "jdbc:h2:mem:v26-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";

  @BeforeAll
  static void migrate() {
    Flyway.configure()
        .dataSource(URL, "sa", "")
        .locations("classpath:db/migration")
        .target("39")
        .load()
        .migrate();
  }

  @ParameterizedTest
  @CsvSource({
    "title, ASC, case_file_title_asc_idx",
    "title, DESC, case_file_title_desc_idx",
    "status, ASC, case_file_status_asc_idx",
    "status, DESC, case_file_status_desc_idx",
    "priority, ASC, case_file_priority_asc_idx",
    "priority, DESC, case_file_priority_desc_idx",
    "updated_at, ASC, case_file_updated_asc_idx",
    "updated_at, DESC, case_file_updated_desc_idx"
  })
  void eachSortOfTheListIsReadInTheOrderOfAnIndex(String column, String direction, String index)
      throws SQLException {
    String plan =
        plan(" ORDER BY c." + column + " " + direction + ", c.id " + direction + " LIMIT 20");
    assertTrue(plan.contains(index), plan);
    assertTrue(plan.contains("index sorted"), plan);
  }

  @Test
  void theListNamesTheFilteredStatusFirstInItsDefaultOrderOnly() {
    assertEquals(
        "c.status, c.updatedAt DESC, c.id DESC",
        CaseService.listOrder(CaseStatus.ACTIVE, CaseCommands.CaseSort.UPDATED, false, false));
    assertEquals(
        "c.status, c.updatedAt DESC, c.id DESC",
        CaseService.listOrder(CaseStatus.ACTIVE, null, false, false));
    assertEquals(
        "c.updatedAt DESC, c.id DESC",
        CaseService.listOrder(null, CaseCommands.CaseSort.UPDATED, false, false));
    assertEquals(
        "c.updatedAt ASC, c.id ASC",
        CaseService.listOrder(CaseStatus.ACTIVE, CaseCommands.CaseSort.UPDATED, true, false));
    assertEquals(
        "c.title DESC, c.id DESC",
        CaseService.listOrder(CaseStatus.ACTIVE, CaseCommands.CaseSort.TITLE, false, false));
  }

  @Test
  void casesReadFromTheCallersMembershipsAreInTheMembershipsActivityOrderNewestFirstOnly() {
    String byMembership = "tm.username, tm.caseUpdatedAt DESC, tm.caseFile.id DESC";
    assertEquals(byMembership, CaseService.listOrder(null, null, false, true));
    assertEquals(
        byMembership,
        CaseService.listOrder(CaseStatus.ACTIVE, CaseCommands.CaseSort.UPDATED, false, true));
    assertEquals(
        "c.updatedAt ASC, c.id ASC",
        CaseService.listOrder(null, CaseCommands.CaseSort.UPDATED, true, true));
    assertEquals(
        "c.numberOrder DESC, c.id DESC",
        CaseService.listOrder(null, CaseCommands.CaseSort.NUMBER, false, true));
  }

  /** As {@code CaseService.search} asks it for someone on few teams (V39). */
  @Test
  void someonesCasesNewestFirstAreReadInTheOrderOfTheirMemberships() throws SQLException {
    String plan =
        explain(
            "SELECT c.id, c.title FROM team_member tm JOIN case_file c"
                + " ON c.id = tm.case_id WHERE tm.username = 'someone'"
                + " ORDER BY tm.username, tm.case_updated_at DESC, tm.case_id DESC LIMIT 20");
    assertTrue(plan.contains("team_member_activity_idx"), plan);
    assertTrue(plan.contains("index sorted"), plan);
  }

  /** As {@code CaseService.search} asks it: the status first in the order too (V38). */
  @Test
  void aStatussPageInTheListsOrderIsReadInThatOrder() throws SQLException {
    String plan =
        plan(" AND c.status = 'ACTIVE' ORDER BY c.status, c.updated_at DESC, c.id DESC LIMIT 20");
    assertTrue(plan.contains("case_file_status_updated_idx"), plan);
    assertTrue(plan.contains("index sorted"), plan);
  }

  /** H2's plan, lower-cased, of a page of the list of someone's cases: {@code rest} follows. */
  private static String plan(String rest) throws SQLException {
    return explain(
        "SELECT c.id, c.title FROM case_file c WHERE EXISTS (SELECT 1 FROM"
            + " team_member t WHERE t.case_id = c.id AND t.username = 'someone')"
            + rest);
  }

  /** H2's plan of {@code select}, lower-cased. */
  private static String explain(String select) throws SQLException {
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery("EXPLAIN " + select)) {
      r.next();
      return r.getString(1).toLowerCase(Locale.ROOT);
    }
  }
}
