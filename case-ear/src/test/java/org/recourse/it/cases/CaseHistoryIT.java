package org.recourse.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/** A case's history: what changed, old and new value, who; identity hidden outside the team. */
@ExtendWith(ArquillianExtension.class)
class CaseHistoryIT {

  private static final String OLD_TITLE = "Images shared by former partner";
  private static final String OLD_EMAIL = "client@example.org";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  /** A case the attorney opened and then retitled, with the victim's e-mail changed. */
  private record Changed(long id, String title, String email) {}

  private static Changed openAndChange() {
    ApiClient attorney = ApiClient.as("attorney");
    String pseudonym = "History client " + UUID.randomUUID();
    JsonObject created =
        attorney.post("cases", CaseApiIT.newCaseJson(pseudonym, "Synthia Example")).json();
    long id = created.getJsonNumber("id").longValue();
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String title = "Retitled " + marker;
    String email = "moved-" + marker + "@example.org";
    Reply changed =
        attorney.put(
            "cases/" + id,
            """
            {"title": "%s", "harmTypes": ["NON_CONSENSUAL_SHARING"], "priority": "HIGH",
             "victim": {"pseudonym": "%s", "legalName": "Synthia Example",
                        "dateOfBirth": "2001-04-05", "email": "%s", "phone": "+1 555 0100",
                        "safeByText": true, "codeWord": "bluebird"},
             "incidentDate": "2026-09-01", "disseminationDate": "2026-09-03",
             "discoveryDate": "2026-10-01", "jurisdictions": ["US-NY", "US"],
             "status": "INTAKE", "version": %d}
            """
                .formatted(title, pseudonym, email, created.getJsonNumber("version").longValue()));
    assertEquals(200, changed.status(), changed.body());
    return new Changed(id, title, email);
  }

  private static JsonObject entry(JsonArray history, String entity, String field, String change) {
    return history.getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("entity").equals(entity))
        .filter(e -> e.getString("field").equals(field))
        .filter(e -> e.getString("change").equals(change))
        .findFirst()
        .orElseThrow(() -> new AssertionError(entity + "." + field + " not in " + history));
  }

  /** The history entry that added the explanation of the Illinois limitation period. */
  private static JsonObject illinois(JsonArray history) {
    return history.getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("entity").equals("Deadline"))
        .filter(e -> e.getString("field").equals("explanation"))
        .filter(e -> e.getString("change").equals("ADDED"))
        .filter(e -> String.valueOf(text(e, "subject")).contains("740 ILCS"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Illinois deadline in " + history));
  }

  private static String text(JsonObject entry, String name) {
    JsonValue value = entry.get(name);
    return value == null || value == JsonValue.NULL ? null : entry.getString(name);
  }

  @Test
  void theTeamSeesOldAndNewValuesAndWhoChangedThemNewestFirst() {
    Changed changed = openAndChange();
    ApiClient attorney = ApiClient.as("attorney");
    String path = "cases/" + changed.id();
    attorney.post(path + "/team", "{\"username\": \"advocate\", \"caseRole\": \"ADVOCATE\"}");
    assertEquals(200, attorney.delete(path + "/team/advocate").status());

    Reply reply = attorney.get(path + "/history");

    assertEquals(200, reply.status(), reply.body());
    JsonArray history = reply.jsonArray();
    JsonObject title = entry(history, "Case", "title", "CHANGED");
    assertEquals(OLD_TITLE, text(title, "oldValue"));
    assertEquals(changed.title(), text(title, "newValue"));
    assertEquals("attorney", title.getString("username"));
    assertTrue(title.getString("at").endsWith("Z"), title.toString());
    JsonObject email = entry(history, "Victim", "email", "CHANGED");
    assertEquals(OLD_EMAIL, text(email, "oldValue"));
    assertEquals(changed.email(), text(email, "newValue"));
    assertEquals("attorney", email.getString("username"));
    JsonObject removed = entry(history, "Team member", "caseRole", "REMOVED");
    assertEquals("advocate", removed.getString("subject"));
    assertEquals("ADVOCATE", text(removed, "oldValue"));
    assertEquals(
        "Synthia Example", text(entry(history, "Victim", "legalName", "ADDED"), "newValue"));
    List<Long> revisions =
        history.getValuesAs(JsonObject.class).stream()
            .map(e -> e.getJsonNumber("revision").longValue())
            .toList();
    assertEquals(revisions.stream().sorted((a, b) -> Long.compare(b, a)).toList(), revisions);
  }

  @Test
  void anAdminSeesTheTitleChangeButNotTheVictimsContact() throws Exception {
    Changed changed = openAndChange();

    Reply reply = ApiClient.as("admin").get("cases/" + changed.id() + "/history");

    assertEquals(200, reply.status(), reply.body());
    JsonArray history = reply.jsonArray();
    JsonObject title = entry(history, "Case", "title", "CHANGED");
    assertEquals(OLD_TITLE, text(title, "oldValue"));
    assertEquals(changed.title(), text(title, "newValue"));
    JsonObject email = entry(history, "Victim", "email", "CHANGED");
    assertEquals("(hidden)", text(email, "oldValue"));
    assertEquals("(hidden)", text(email, "newValue"));
    for (String secret : List.of(OLD_EMAIL, changed.email(), "Synthia", "555 0100", "bluebird")) {
      assertFalse(reply.body().contains(secret), secret + " shown to the admin");
    }
    // The audit table keeps the victim's contact encrypted, like the victim table.
    try (Connection db = TestEnvironment.database();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT a.email_enc FROM victim_aud a JOIN victim v ON v.id = a.id"
                    + " WHERE v.case_id = ?")) {
      query.setLong(1, changed.id());
      try (ResultSet rows = query.executeQuery()) {
        int count = 0;
        while (rows.next()) {
          count++;
          assertFalse(rows.getString(1).contains("example.org"), "stored in clear");
        }
        assertEquals(2, count, "one revision at intake, one for the change");
      }
    }
  }

  @Test
  void aDeadlineExplanationInTheHistoryNamesTheEighteenthBirthdayOnlyToTheTeam() {
    ApiClient attorney = ApiClient.as("attorney");
    JsonObject created =
        attorney
            .post(
                "cases",
                """
                {"title": "Minor's history", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "History minor %s", "dateOfBirth": "2010-05-15"},
                 "discoveryDate": "2024-02-10", "jurisdictions": ["US-IL"]}
                """
                    .formatted(UUID.randomUUID()))
            .json();
    String path = "cases/" + created.getJsonNumber("id") + "/history";

    Reply team = attorney.get(path);
    Reply admin = ApiClient.as("admin").get(path);

    assertEquals(200, admin.status(), admin.body());
    String teamExplanation = text(illinois(team.jsonArray()), "newValue");
    assertTrue(teamExplanation.contains("the client turns 18 on 2028-05-15"), teamExplanation);
    String adminExplanation = text(illinois(admin.jsonArray()), "newValue");
    assertTrue(adminExplanation.contains("minority tolling applies"), adminExplanation);
    for (String secret : List.of("2010-05-15", "2028-05-15", "born", "turns 18")) {
      assertFalse(admin.body().contains(secret), secret + " shown to the admin: " + admin.body());
    }
  }

  @Test
  void anotherTeamsCaseHasNoHistoryToShow() {
    Changed changed = openAndChange();

    Reply outsider = ApiClient.as("attorney2").get("cases/" + changed.id() + "/history");
    Reply missing = ApiClient.as("attorney").get("cases/999999999/history");

    assertEquals(404, outsider.status(), outsider.body());
    assertTrue(outsider.contentType().startsWith("application/problem+json"));
    assertFalse(outsider.body().contains(changed.title()));
    assertEquals(404, missing.status());
    String openApi = ApiClient.getAbsolute(TestEnvironment.serverUrl() + "openapi").body();
    assertTrue(openApi.contains("/cases/{caseId}/history"), "documented in OpenAPI");
  }

  @Test
  void theHistoryTabShowsTheChange() {
    Changed changed = openAndChange();
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + changed.id(), "attorney");
      browser.click(By.linkText("History"));

      // One row per action, in words; the field changes behind its toggle.
      By titleChange =
          By.xpath(
              "//*[@id='case:tabs:historyTable']//li[contains(., 'changed:')"
                  + " and contains(., 'title')]");
      browser.waitUntil(d -> !d.findElements(titleChange).isEmpty());
      String actions = browser.text(By.id("case:tabs:historyTable"));
      assertFalse(actions.contains(OLD_TITLE), "the old value waits behind the toggle: " + actions);
      browser.click(
          By.xpath(
              "//*[@id='case:tabs:historyTable']//tr[.//li[contains(., 'changed:')"
                  + " and contains(., 'title')]]//summary"));
      browser.waitUntil(
          d -> browser.text(By.id("case:tabs:historyTable")).contains(changed.title()));
      String table = browser.text(By.id("case:tabs:historyTable"));
      assertTrue(table.contains(OLD_TITLE), table);
      assertTrue(table.contains("attorney"), table);
      // the identity's values wait, like the Overview's, until the person asks to see them
      assertFalse(browser.driver().getPageSource().contains(changed.email()), table);

      browser.click(By.linkText("Overview"));
      browser.click(By.id("case:tabs:showIdentity"));
      browser.waitUntil(d -> !d.findElements(By.id("victim-legal-name")).isEmpty());
      browser.click(By.linkText("History"));
      browser.click(
          By.xpath(
              "//*[@id='case:tabs:historyTable']//tr[.//li[contains(., 'changed:')"
                  + " and contains(., 'title')]]//summary"));
      browser.waitUntil(
          d -> browser.text(By.id("case:tabs:historyTable")).contains(changed.email()));
    }
  }
}
