package org.recourse.it.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;

/** The law library and the deadlines computed from it, through the API. */
@ExtendWith(ArquillianExtension.class)
class DeadlineApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static String caseJson(
      String jurisdictions, String dateOfBirth, String dissemination, String discovery) {
    return """
        {"title": "Deadline case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
         "victim": {"pseudonym": "Deadline client", "dateOfBirth": %s},
         "incidentDate": "2024-02-20", "disseminationDate": "%s", "discoveryDate": "%s",
         "jurisdictions": [%s]}
        """
        .formatted(
            dateOfBirth == null ? "null" : "\"" + dateOfBirth + "\"",
            dissemination,
            discovery,
            jurisdictions);
  }

  private static JsonObject deadline(JsonArray deadlines, String citation) {
    return deadlines.getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("citation", "").equals(citation))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no deadline for " + citation + " in " + deadlines));
  }

  @Test
  void lawLibraryListsStatutesWithCitationSourceAndVerification() {
    ApiClient caseworker = ApiClient.as("caseworker");

    JsonArray jurisdictions = caseworker.get("jurisdictions").jsonArray();
    JsonArray newYork = caseworker.get("statutes?jurisdiction=US-NY").jsonArray();
    JsonArray federal = caseworker.get("statutes?jurisdiction=US").jsonArray();

    assertTrue(jurisdictions.toString().contains("\"US-NY\""));
    JsonObject statute = newYork.getJsonObject(0);
    assertEquals("N.Y. Civ. Rights Law § 52-b", statute.getString("citation"));
    assertTrue(statute.getString("sourceUrl").startsWith("https://"));
    assertTrue(statute.getBoolean("verified"));
    JsonObject civilAction =
        federal.getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("citation").equals("15 U.S.C. § 6851"))
            .findFirst()
            .orElseThrow();
    JsonObject unconfirmed = civilAction.getJsonArray("rules").getJsonObject(0);
    assertFalse(unconfirmed.getBoolean("verified"), "no source confirms this period");
    assertFalse(unconfirmed.containsKey("amount"), "and no number is invented for it");
    assertEquals(400, caseworker.get("statutes?jurisdiction=ZZ").status());
  }

  @Test
  void newYorkDeadlineIsTheLaterPeriodAndMovesWhenDiscoveryChanges() {
    ApiClient attorney = ApiClient.as("attorney");
    JsonObject created =
        attorney.post("cases", caseJson("\"US-NY\"", null, "2024-03-01", "2026-10-01")).json();
    String path = "cases/" + created.getJsonNumber("id");

    JsonArray deadlines = attorney.get(path + "/deadlines").jsonArray();
    JsonObject newYork = deadline(deadlines, "N.Y. Civ. Rights Law § 52-b");
    assertEquals("2027-10-01", newYork.getString("dueDate"));
    assertTrue(newYork.getString("explanation").contains("2027-03-01"), newYork.toString());
    assertTrue(newYork.getBoolean("verified"));
    JsonObject federal = deadline(deadlines, "15 U.S.C. § 6851");
    assertEquals("PERIOD_UNKNOWN", federal.getString("computation"));
    assertFalse(federal.containsKey("dueDate"));
    assertFalse(federal.getBoolean("verified"));
    assertTrue(
        deadlines.getValuesAs(JsonObject.class).stream()
            .noneMatch(d -> d.getString("citation", "").equals("47 U.S.C. § 223a")),
        "removal clocks belong to removal requests, not to the case");

    long version = attorney.get(path).json().getJsonNumber("version").longValue();
    String changes =
        """
        {"title": "Deadline case", "harmTypes": ["NON_CONSENSUAL_SHARING"], "priority": "HIGH",
         "victim": {"pseudonym": "Deadline client"}, "disseminationDate": "2024-03-01",
         "discoveryDate": "2025-01-15", "jurisdictions": ["US-NY"], "version": %d}
        """
            .formatted(version);
    assertEquals(200, attorney.put(path, changes).status());

    JsonObject moved =
        deadline(attorney.get(path + "/deadlines").jsonArray(), "N.Y. Civ. Rights Law § 52-b");
    assertEquals(
        "2027-03-01", moved.getString("dueDate"), "now three years after dissemination wins");
    JsonObject change = attorney.get(path + "/deadline-changes").jsonArray().getJsonObject(0);
    assertEquals("2027-10-01", change.getString("oldDue"));
    assertEquals("2027-03-01", change.getString("newDue"));
    assertTrue(change.getString("reason").contains("facts changed"));
  }

  @Test
  void illinoisPeriodWaitsForAMinorVictimsEighteenthBirthday() {
    ApiClient attorney = ApiClient.as("attorney");
    JsonObject created =
        attorney
            .post("cases", caseJson("\"US-IL\"", "2010-06-01", "2025-01-01", "2025-01-10"))
            .json();

    JsonObject illinois =
        deadline(
            attorney.get("cases/" + created.getJsonNumber("id") + "/deadlines").jsonArray(),
            "740 ILCS 190/30");

    assertEquals("2030-06-01", illinois.getString("dueDate"), illinois.toString());
    assertTrue(illinois.getString("explanation").contains("2028-06-01"), illinois.toString());
  }

  @Test
  void explanationsNameTheEighteenthBirthdayToTheTeamOnlyAndNeverTheDateOfBirth() {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient admin = ApiClient.as("admin");
    JsonObject created =
        attorney
            .post("cases", caseJson("\"US-IL\"", "2010-05-15", "2024-02-01", "2024-02-10"))
            .json();
    String path = "cases/" + created.getJsonNumber("id");
    long version = attorney.get(path).json().getJsonNumber("version").longValue();
    String changes =
        """
        {"title": "Deadline case", "harmTypes": ["NON_CONSENSUAL_SHARING"], "priority": "HIGH",
         "victim": {"pseudonym": "Deadline client", "dateOfBirth": "2010-05-16"},
         "disseminationDate": "2024-02-01", "discoveryDate": "2024-02-10",
         "jurisdictions": ["US-IL"], "version": %d}
        """
            .formatted(version);
    assertEquals(200, attorney.put(path, changes).status());

    String team =
        deadline(attorney.get(path + "/deadlines").jsonArray(), "740 ILCS 190/30")
            .getString("explanation");
    Reply adminDeadlines = admin.get(path + "/deadlines");
    String others =
        deadline(adminDeadlines.jsonArray(), "740 ILCS 190/30").getString("explanation");
    String teamChanges = attorney.get(path + "/deadline-changes").body();
    Reply adminChanges = admin.get(path + "/deadline-changes");

    assertTrue(team.contains("the client turns 18 on 2028-05-16"), team);
    assertTrue(teamChanges.contains("turns 18 on 2028-05-16"), teamChanges);
    assertTrue(others.contains("minority tolling applies"), others);
    assertEquals(200, adminChanges.status());
    assertTrue(adminChanges.body().contains("minority tolling applies"), adminChanges.body());
    for (String answer : List.of(adminDeadlines.body(), adminChanges.body())) {
      for (String secret : List.of("2010-05-1", "2028-05-1", "born", "turns 18")) {
        assertFalse(answer.contains(secret), secret + " shown to an admin off the team: " + answer);
      }
    }
  }

  @Test
  void manualDeadlineIsAddedWaivedOnlyWithAReasonAndHiddenFromOtherTeams() {
    ApiClient attorney = ApiClient.as("attorney");
    JsonObject created =
        attorney.post("cases", caseJson("\"GB-EAW\"", null, "2026-11-01", "2026-11-02")).json();
    String path = "cases/" + created.getJsonNumber("id");
    String due = LocalDate.now().plusDays(3).toString();

    Reply added =
        attorney.post(
            path + "/deadlines", "{\"title\": \"Hearing\", \"dueDate\": \"" + due + "\"}");
    assertEquals(201, added.status(), added.body());
    long id = added.json().getJsonNumber("id").longValue();
    assertEquals(400, attorney.post(path + "/deadlines", "{\"title\": \"No date\"}").status());

    List<String> mine =
        attorney
            .get("deadlines?from=" + LocalDate.now() + "&to=" + LocalDate.now().plusDays(7))
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(d -> d.getString("title"))
            .toList();
    assertTrue(mine.contains("Hearing"), mine.toString());

    Reply noReason = attorney.patch("deadlines/" + id, "{\"status\": \"WAIVED\"}");
    assertEquals(400, noReason.status());
    assertEquals(
        "reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        404, ApiClient.as("attorney2").patch("deadlines/" + id, "{\"status\": \"DONE\"}").status());
    Reply waived =
        attorney.patch(
            "deadlines/" + id, "{\"status\": \"WAIVED\", \"reason\": \"Hearing vacated\"}");
    assertEquals(200, waived.status(), waived.body());
    assertEquals("WAIVED", waived.json().getString("status"));
    assertTrue(
        noReason.contentType().startsWith("application/problem+json"), noReason.contentType());

    JsonObject uk =
        deadline(attorney.get(path + "/deadlines").jsonArray(), "Sexual Offences Act 2003 s.66B");
    assertEquals("2024-08-20", uk.getString("dueDate"), "6 months after the offence on 2024-02-20");
    assertTrue(uk.getBoolean("overdue"));
  }

  @Test
  void aDeadlineMarkedDoneOrWaivedIsOpenedAgainAndTheCaseHistoryKeepsBothSteps() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = attorney.newCase("Undo a close", "Undo client");
    String path = "cases/" + caseId;
    long id =
        attorney
            .post(
                path + "/deadlines",
                "{\"title\": \"Serve the complaint\", \"dueDate\": \"2027-04-01\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    assertEquals(200, attorney.patch("deadlines/" + id, "{\"status\": \"DONE\"}").status());

    assertEquals(404, ApiClient.as("attorney2").post("deadlines/" + id + "/reopen", "").status());
    assertEquals(404, attorney.post("deadlines/999999999/reopen", "").status());
    Reply reopened = attorney.post("deadlines/" + id + "/reopen", "");
    assertEquals(200, reopened.status(), reopened.body());
    assertEquals("OPEN", reopened.json().getString("status"));

    Reply waived =
        attorney.patch("deadlines/" + id, "{\"status\": \"WAIVED\", \"reason\": \"Settled\"}");
    assertEquals("WAIVED", waived.json().getString("status"));
    JsonObject again = attorney.post("deadlines/" + id + "/reopen", "").json();
    assertEquals("OPEN", again.getString("status"));
    assertTrue(
        !again.containsKey("statusReason") || again.isNull("statusReason"),
        "the waiver's reason goes with it: " + again);
    assertEquals(
        "OPEN",
        attorney.post("deadlines/" + id + "/reopen", "").json().getString("status"),
        "an open deadline stays open");
    assertEquals(
        "OPEN", statusOfTheComplaintDeadline(attorney.get(path + "/deadlines").jsonArray()));

    List<String> statusSteps =
        attorney.get(path + "/history").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(h -> "Deadline".equals(h.getString("entity")))
            .filter(h -> "status".equals(h.getString("field")))
            .map(h -> h.getString("oldValue", "") + "->" + h.getString("newValue", ""))
            .toList();
    assertTrue(statusSteps.contains("DONE->OPEN"), statusSteps.toString());
    assertTrue(statusSteps.contains("WAIVED->OPEN"), statusSteps.toString());
  }

  private static String statusOfTheComplaintDeadline(jakarta.json.JsonArray deadlines) {
    return deadlines.getValuesAs(JsonObject.class).stream()
        .filter(d -> "Serve the complaint".equals(d.getString("title")))
        .findFirst()
        .orElseThrow()
        .getString("status");
  }
}
