package org.recourse.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/** The seeding command's endpoint: synthetic cases for the admin, refused to everyone else. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void adminSeedsSyntheticCasesThatTheListCounts() {
    ApiClient admin = ApiClient.as("admin");
    long before = admin.get("cases?size=1").json().getJsonNumber("total").longValue();

    var reply = admin.post("demo-data?cases=25", "");

    assertEquals(200, reply.status(), reply.body());
    assertEquals(25, reply.json().getInt("created"));
    assertEquals(before + 25, admin.get("cases?size=1").json().getJsonNumber("total").longValue());
    // Read whole (a filtered list's total is only counted so far): the attorney's share.
    jakarta.json.JsonObject attorneys =
        ApiClient.as("attorney").get("cases?q=synthetic&size=100").json();
    assertTrue(attorneys.getBoolean("totalExact"), attorneys.toString());
    long attorneyCases = attorneys.getJsonArray("items").size();
    assertEquals(attorneyCases, attorneys.getJsonNumber("total").longValue());
    assertTrue(
        attorneyCases > 0 && attorneyCases < 25, "spread over the demo teams: " + attorneyCases);
  }

  @Test
  void onPostgresqlTheSeededTablesAreVacuumedAndTheTermsKeepTheirLargerStatistics()
      throws SQLException {
    assertEquals(200, ApiClient.as("admin").post("demo-data?cases=3", "").status());

    try (Connection db = TestEnvironment.database()) {
      if (!db.getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgres")) {
        // H2 keeps no planner statistics: the seed's answer above is all there is to check.
        return;
      }
      try (Statement s = db.createStatement();
          ResultSet stats =
              s.executeQuery(
                  "SELECT a.attstattarget, t.last_vacuum, t.last_analyze FROM pg_attribute a"
                      + " JOIN pg_stat_user_tables t ON t.relid = a.attrelid"
                      + " WHERE t.relname = 'case_search_term' AND a.attname = 'term'")) {
        assertTrue(stats.next(), "case_search_term.term");
        assertEquals(1000, stats.getInt(1), "the terms' statistics target (V40)");
        assertNotNull(stats.getTimestamp(2), "the seed vacuums the text index");
        assertNotNull(stats.getTimestamp(3), "and analyses it");
      }
    }
  }

  @Test
  void onlyAdminsSeedAndCountsAreChecked() {
    assertEquals(403, ApiClient.as("attorney").post("demo-data?cases=5", "").status());
    assertEquals(400, ApiClient.as("admin").post("demo-data?cases=0", "").status());
  }
}
