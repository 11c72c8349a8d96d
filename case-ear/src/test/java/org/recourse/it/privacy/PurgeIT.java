package org.recourse.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.recourse.it.privacy.PrivacyFixtures.Made;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/** Retention and purge: the setting, the due list, the confirmation, what a purge leaves. */
@ExtendWith(ArquillianExtension.class)
class PurgeIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private final ApiClient admin = ApiClient.as("admin");
  private final ApiClient attorney = ApiClient.as("attorney");

  @BeforeEach
  void closedCasesAreDueAtOnce() {
    Reply set = admin.put("retention/settings", "{\"closedCaseMonths\": 0}");
    assertEquals(200, set.status(), set.body());
  }

  @Test
  void theRetentionSettingIsForAdministratorsAndValidated() {
    Reply negative = admin.put("retention/settings", "{\"closedCaseMonths\": -1}");
    assertEquals(400, negative.status());
    assertEquals(
        "closedCaseMonths",
        negative.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(400, admin.put("retention/settings", "{}").status());
    assertEquals(0, admin.get("retention/settings").json().getInt("closedCaseMonths"));

    assertEquals(403, attorney.get("retention/settings").status());
    assertEquals(403, attorney.put("retention/settings", "{\"closedCaseMonths\": 1}").status());
    assertEquals(403, attorney.get("retention/due").status());
  }

  @Test
  void aCaseIsPurgedOnlyWhenClosedDueAndConfirmedWithItsNumber() {
    Made made = PrivacyFixtures.fullCase(attorney);
    String purge = "cases/" + made.caseId() + "/purge";
    String confirmed = "{\"confirmCaseNumber\": \"" + made.number() + "\"}";

    Reply open = admin.post(purge, confirmed);
    assertEquals(409, open.status(), "an open case is not purged: " + open.body());
    assertFalse(dueNumbers().contains(made.number()));

    PrivacyFixtures.close(attorney, made.caseId());
    admin.put("retention/settings", "{\"closedCaseMonths\": 12}");
    assertFalse(dueNumbers().contains(made.number()), "closed today, due in a year");
    assertEquals(409, admin.post(purge, confirmed).status(), "retention has not ended");

    admin.put("retention/settings", "{\"closedCaseMonths\": 0}");
    JsonObject due =
        admin.get("retention/due").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("number").equals(made.number()))
            .findFirst()
            .orElseThrow();
    assertNotNull(due.getString("closedAt"));
    assertNotNull(due.getString("dueSince"));

    Reply wrong = admin.post(purge, "{\"confirmCaseNumber\": \"R-1999-0001\"}");
    assertEquals(400, wrong.status());
    assertEquals(
        "confirmCaseNumber",
        wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Reply missing = admin.post(purge, "{}");
    assertEquals(400, missing.status());
    assertTrue(missing.body().contains("confirmCaseNumber"), missing.body());
    assertEquals(403, attorney.post(purge, confirmed).status(), "administrators only");
    assertEquals(
        LegalNameStill.THERE,
        LegalNameStill.of(attorney.get("cases/" + made.caseId()).json()),
        "nothing was erased by the refusals");

    Reply purged = admin.post(purge, confirmed);
    assertEquals(200, purged.status(), purged.body());
    assertEquals("admin", purged.json().getString("purgedBy"));
    assertEquals(1, purged.json().getInt("evidenceShredded"));
    assertFalse(dueNumbers().contains(made.number()));
    assertEquals(409, admin.post(purge, confirmed).status(), "purged already");
  }

  @Test
  void aPurgeErasesIdentitiesShredsEvidenceAndKeepsTheStatistics() throws Exception {
    Made made = PrivacyFixtures.fullCase(attorney);
    Path blob = blobOf(made.evidenceId());
    assertTrue(Files.exists(blob));
    PrivacyFixtures.close(attorney, made.caseId());
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    String statistics = "removal-statistics?from=" + today + "&to=" + tomorrow;
    int before = requestsOnX(statistics);
    assertTrue(before >= 1);
    try (Connection db = TestEnvironment.database();
        var capture =
            db.prepareStatement(
                "INSERT INTO capture_job (case_id, url_enc, note_enc, status, progress, message,"
                    + " requested_by, requested_at, version) VALUES (?, 'synthetic-ciphertext',"
                    + " NULL, 'DONE', 100, 'HTTP 200', 'attorney', CURRENT_TIMESTAMP, 0)")) {
      capture.setLong(1, made.caseId());
      assertEquals(1, capture.executeUpdate());
    }
    Reply linked =
        admin.put("cases/" + made.caseId() + "/portal/access", "{\"username\": \"client\"}");
    assertEquals(200, linked.status(), linked.body());
    ApiClient client = ApiClient.as("client");
    String portal = "portal/cases/" + made.caseId();
    assertEquals(
        201,
        client
            .post(
                portal + "/incidents",
                "{\"occurredAt\": \"2026-11-01T10:00:00Z\", \"what\": \"Synthia saw it\"}")
            .status());
    assertEquals(
        201,
        client.post(portal + "/reports", "{\"url\": \"https://social.example/p/purge\"}").status());

    Reply purged =
        admin.post(
            "cases/" + made.caseId() + "/purge",
            "{\"confirmCaseNumber\": \"" + made.number().toLowerCase() + " \"}");
    assertEquals(200, purged.status(), purged.body());

    JsonObject shell = attorney.get("cases/" + made.caseId()).json();
    assertEquals(made.number(), shell.getString("number"));
    assertEquals(LegalNameStill.GONE, LegalNameStill.of(shell));
    assertEquals("Purged", shell.getJsonObject("victim").getString("pseudonym"));
    assertFalse(shell.toString().contains("Synthia"), shell.toString());
    assertTrue(attorney.get("cases/" + made.caseId() + "/notes").jsonArray().isEmpty());
    JsonObject person =
        attorney.get("cases/" + made.caseId() + "/people").jsonArray().getJsonObject(0);
    assertTrue(absent(person, "name"));
    assertFalse(absent(shell, "purgedAt"));
    assertTrue(person.getJsonArray("handles").isEmpty());

    try (Connection db = TestEnvironment.database()) {
      assertAllNull(
          db,
          "SELECT legal_name_enc, date_of_birth_enc, email_enc, phone_enc, code_word_enc,"
              + " never_contact_enc FROM victim WHERE case_id = ?",
          made.caseId());
      assertAllNull(
          db,
          "SELECT name, aliases, handles, email FROM case_person WHERE case_id = ?",
          made.caseId());
      assertEquals(0, count(db, "SELECT COUNT(*) FROM case_note WHERE case_id = ?", made.caseId()));
      for (String table :
          List.of(
              "incident_entry",
              "incident_entry_aud",
              "reported_url",
              "reported_url_aud",
              "portal_link",
              "portal_link_aud")) {
        assertEquals(
            0,
            count(db, "SELECT COUNT(*) FROM " + table + " WHERE case_id = ?", made.caseId()),
            table);
      }
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM removal_notice n JOIN removal_request r ON r.id = n.request_id"
                  + " WHERE r.case_id = ?",
              made.caseId()));
      assertAllNull(db, "SELECT url, host FROM removal_request WHERE case_id = ?", made.caseId());
      assertEquals(
          1,
          count(
              db,
              "SELECT COUNT(*) FROM removal_request WHERE case_id = ? AND status = 'SUBMITTED'"
                  + " AND submitted_at IS NOT NULL",
              made.caseId()));
      assertAllNull(
          db,
          "SELECT wrapped_key, pdq, source_url_enc, description_enc FROM evidence_item"
              + " WHERE case_id = ?",
          made.caseId());
      assertEquals(
          1,
          count(
              db,
              "SELECT COUNT(*) FROM case_file WHERE id = ? AND purged_at IS NOT NULL"
                  + " AND purged_by = 'admin' AND closed_at IS NOT NULL",
              made.caseId()));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM evidence_custody WHERE evidence_id = (SELECT id FROM"
                  + " evidence_item WHERE case_id = ?) AND (reason LIKE '%Synthia%' OR detail"
                  + " LIKE '%PDQ%')",
              made.caseId()));
      // The change history keeps nothing of what was erased: no earlier revision survives.
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM victim_aud WHERE case_id = ? AND legal_name_enc IS NOT NULL",
              made.caseId()));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM case_file_aud WHERE id = ? AND title <> 'Purged case'",
              made.caseId()));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM case_person_aud WHERE case_id = ? AND name IS NOT NULL",
              made.caseId()));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM removal_request_aud WHERE case_id = ? AND url IS NOT NULL",
              made.caseId()));
      assertEquals(
          0,
          count(db, "SELECT COUNT(*) FROM capture_job WHERE case_id = ?", made.caseId()),
          "a web capture's job (its address and note) goes with the purge");
      // The case list's text index keeps no ending of the erased title or pseudonym ("Privacy
      // case", "Privacy client"), only those of the number and of what a purged case is called.
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM case_search_term WHERE case_id = ? AND (term LIKE 'privacy%'"
                  + " OR term LIKE 'client%' OR term LIKE 'ivacy%')",
              made.caseId()));
      assertEquals(
          1,
          count(
              db,
              "SELECT COUNT(*) FROM case_search_term WHERE case_id = ? AND term = 'purged'",
              made.caseId()));
    }
    assertFalse(Files.exists(blob), "the stored file is deleted after commit");
    assertEquals(404, attorney.getBytes("evidence/" + made.evidenceId() + "/content").status());
    assertEquals(404, attorney.getBytes("evidence/" + made.evidenceId() + "/preview").status());
    List<String> custody =
        attorney
            .get("evidence/" + made.evidenceId() + "/custody")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("action"))
            .toList();
    assertEquals("RECEIVED", custody.get(0));
    assertEquals("DELETED", custody.get(custody.size() - 1));

    assertEquals(before, requestsOnX(statistics), "the purged request still counts");
  }

  @Test
  void aPurgedCaseRefusesEveryChange() {
    Made made = PrivacyFixtures.fullCase(attorney);
    PrivacyFixtures.close(attorney, made.caseId());
    assertEquals(
        200,
        admin
            .post(
                "cases/" + made.caseId() + "/purge",
                "{\"confirmCaseNumber\": \"" + made.number() + "\"}")
            .status());
    String path = "cases/" + made.caseId();
    long version = attorney.get(path).json().getJsonNumber("version").longValue();

    Reply reopened =
        attorney.put(
            path,
            """
            {"title": "Back again", "harmTypes": ["NON_CONSENSUAL_SHARING"], "priority": "NORMAL",
             "victim": {"pseudonym": "Someone"}, "status": "ACTIVE", "version": %d}
            """
                .formatted(version));
    assertEquals(409, reopened.status(), reopened.body());
    assertEquals(409, attorney.post(path + "/notes", "{\"body\": \"More\"}").status());
    assertEquals(
        409, attorney.post(path + "/people", "{\"kind\": \"WITNESS\", \"name\": \"W\"}").status());
    assertEquals(
        409,
        attorney
            .multipart(
                path + "/evidence",
                java.util.Map.of("method", "SCREENSHOT"),
                "again.jpg",
                TestMedia.bytes(Fixture.PHOTO_JPEG))
            .status());
    assertEquals(
        409,
        attorney
            .post(
                path + "/removals",
                "{\"url\": \"https://x.com/synthetic/status/9\", \"contentKind\": \"IMAGE\","
                    + " \"legalBasis\": \"TAKE_IT_DOWN\"}")
            .status());
    assertEquals("Purged case", attorney.get(path).json().getString("title"));
  }

  @Test
  void anAdministratorPurgesFromTheRetentionPageAfterTypingTheNumber() {
    Made made = PrivacyFixtures.fullCase(attorney);
    PrivacyFixtures.close(attorney, made.caseId());
    try (Browser browser = Browser.open()) {
      browser.openAs("admin/retention.xhtml", "admin");
      assertTrue(browser.visibleText().contains("not a legal rule"));
      assertEquals(
          "0", browser.driver().findElement(By.id("retention:months")).getAttribute("value"));

      browser.type("retention:months", "-3");
      browser.click(By.id("retention:saveRetention"));
      browser.waitUntil(
          d -> d.findElement(By.id("retention:monthsMessage")).getText().contains("Between 0"));

      By row =
          By.xpath("//tbody[@id='due:dueTable_data']/tr[.//span[text()='" + made.number() + "']]");
      browser.click(
          By.xpath(
              "//tbody[@id='due:dueTable_data']/tr[.//span[text()='"
                  + made.number()
                  + "']]//button"));
      browser.waitUntil(d -> d.findElement(By.id("purgeNumber")).getText().equals(made.number()));

      browser.type("purgeForm:confirmCaseNumber", "R-1999-0001");
      browser.click(By.id("purgeForm:confirmPurge"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("purgeForm:confirmMessage"))
                  .getText()
                  .contains("not the number"));
      assertFalse(browser.driver().findElements(row).isEmpty(), "still due");
      assertEquals(
          LegalNameStill.THERE, LegalNameStill.of(attorney.get("cases/" + made.caseId()).json()));

      browser.type("purgeForm:confirmCaseNumber", made.number());
      browser.click(By.id("purgeForm:confirmPurge"));
      browser.waitUntil(d -> d.findElements(row).isEmpty());
      browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("was purged"));
    }
    assertEquals(
        LegalNameStill.GONE, LegalNameStill.of(attorney.get("cases/" + made.caseId()).json()));
    assertEquals(0, admin.get("retention/settings").json().getInt("closedCaseMonths"));
  }

  private enum LegalNameStill {
    THERE,
    GONE;

    static LegalNameStill of(JsonObject caseDetail) {
      JsonObject victim = caseDetail.getJsonObject("victim");
      return !absent(victim, "legalName")
              && PrivacyFixtures.LEGAL_NAME.equals(victim.getString("legalName"))
          ? THERE
          : GONE;
    }
  }

  private static boolean absent(JsonObject object, String name) {
    return !object.containsKey(name) || object.get(name) == jakarta.json.JsonValue.NULL;
  }

  private List<String> dueNumbers() {
    return admin.get("retention/due").jsonArray().getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("number"))
        .toList();
  }

  private int requestsOnX(String statistics) {
    return attorney.get(statistics).jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("platform").startsWith("X"))
        .mapToInt(f -> f.getInt("requests"))
        .sum();
  }

  private static void assertAllNull(Connection db, String sql, long caseId) throws Exception {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, caseId);
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next(), "a row for " + sql);
        do {
          for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
            assertNull(rows.getObject(i), rows.getMetaData().getColumnName(i) + " in " + sql);
          }
        } while (rows.next());
      }
    }
  }

  private static int count(Connection db, String sql, long caseId) throws Exception {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, caseId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  static Path blobOf(String evidenceId) throws Exception {
    try (Connection db = TestEnvironment.database();
        PreparedStatement query =
            db.prepareStatement("SELECT blob_id FROM evidence_item WHERE id = ?")) {
      query.setString(1, evidenceId);
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next());
        String blobId = rows.getString(1);
        return TestEnvironment.dataDir()
            .resolve("evidence")
            .resolve(blobId.substring(0, 2))
            .resolve(blobId);
      }
    }
  }
}
