package org.recourse.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/** Cases through the API: intake, validation, optimistic locking, notes, people and the list. */
@ExtendWith(ArquillianExtension.class)
class CaseApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  static String newCaseJson(String pseudonym, String legalName) {
    return """
        {"title": "Images shared by former partner", "harmTypes": ["NON_CONSENSUAL_SHARING"],
         "priority": "HIGH",
         "victim": {"pseudonym": "%s", "legalName": "%s", "dateOfBirth": "2001-04-05",
                    "email": "client@example.org", "phone": "+1 555 0100",
                    "safeByText": true, "codeWord": "bluebird"},
         "incidentDate": "2026-09-01", "disseminationDate": "2026-09-03",
         "discoveryDate": "2026-10-01", "jurisdictions": ["US-NY", "US"]}
        """
        .formatted(pseudonym, legalName);
  }

  static JsonObject openCase(ApiClient client) {
    Reply reply =
        client.post("cases", newCaseJson("Client " + UUID.randomUUID(), "Synthia Example"));
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  @Test
  void attorneyOpensACaseWithANumberAndBecomesItsLeadAttorney() {
    ApiClient attorney = ApiClient.as("attorney");
    Reply reply = attorney.post("cases", newCaseJson("Robin", "Synthia Example"));

    assertEquals(201, reply.status(), reply.body());
    JsonObject created = reply.json();
    assertTrue(created.getString("number").matches("R-\\d{4}-\\d{4}"), created.toString());
    assertEquals("INTAKE", created.getString("status"));
    assertEquals("Robin", created.getJsonObject("victim").getString("pseudonym"));
    assertEquals("Synthia Example", created.getJsonObject("victim").getString("legalName"));
    assertEquals("2001-04-05", created.getJsonObject("victim").getString("dateOfBirth"));
    assertTrue(reply.location().endsWith("/cases/" + created.getJsonNumber("id").longValue()));
    assertTrue(created.getString("createdAt").endsWith("Z"), "instants are UTC");

    JsonArray team = attorney.get("cases/" + created.getJsonNumber("id") + "/team").jsonArray();
    assertEquals(1, team.size());
    assertEquals("attorney", team.getJsonObject(0).getString("username"));
    assertEquals("LEAD_ATTORNEY", team.getJsonObject(0).getString("caseRole"));
  }

  @Test
  void caseNumbersAreSequential() {
    ApiClient attorney = ApiClient.as("attorney");
    String first = openCase(attorney).getString("number");
    String second = openCase(attorney).getString("number");

    int a = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
    int b = Integer.parseInt(second.substring(second.lastIndexOf('-') + 1));
    assertEquals(a + 1, b);
  }

  @Test
  void invalidIntakeNamesEachFieldAndCreatesNothing() {
    ApiClient attorney = ApiClient.as("attorney");
    long before = attorney.get("cases?size=1").json().getJsonNumber("total").longValue();

    Reply reply =
        attorney.post(
            "cases",
            """
            {"title": " ", "harmTypes": [], "victim": {"pseudonym": "", "email": "not-an-email"},
             "jurisdictions": ["XX"]}
            """);

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"));
    List<String> fields =
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertTrue(
        fields.containsAll(List.of("title", "harmTypes", "victim.pseudonym", "victim.email")),
        fields.toString());
    assertEquals(before, attorney.get("cases?size=1").json().getJsonNumber("total").longValue());
  }

  @Test
  void unknownJurisdictionIsRefusedByName() {
    Reply reply =
        ApiClient.as("attorney")
            .post("cases", newCaseJson("Kit", "Synthia Example").replace("\"US-NY\"", "\"ZZ\""));

    assertEquals(400, reply.status());
    assertEquals(
        "jurisdictions", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void staleVersionIsAConflictAndTheFirstSaveSurvives() {
    ApiClient attorney = ApiClient.as("attorney");
    JsonObject created = openCase(attorney);
    String path = "cases/" + created.getJsonNumber("id");
    long version = created.getJsonNumber("version").longValue();

    Reply first = attorney.put(path, changesJson("First title", version, "ACTIVE"));
    assertEquals(200, first.status(), first.body());
    Reply second = attorney.put(path, changesJson("Second title", version, "ACTIVE"));

    assertEquals(409, second.status(), second.body());
    assertTrue(second.contentType().startsWith("application/problem+json"));
    assertEquals("First title", attorney.get(path).json().getString("title"));
  }

  @Test
  void disallowedStatusChangeIsAConflictListingTheAllowedOnes() {
    ApiClient attorney = ApiClient.as("attorney");
    JsonObject created = openCase(attorney);
    String path = "cases/" + created.getJsonNumber("id");
    long version = created.getJsonNumber("version").longValue();

    Reply closedWithoutReason = attorney.put(path, changesJson("Title", version, "CLOSED"));

    assertEquals(409, closedWithoutReason.status(), closedWithoutReason.body());
    assertTrue(closedWithoutReason.json().getJsonArray("allowed").toString().contains("ACTIVE"));
  }

  static String changesJson(String title, long version, String status) {
    return """
        {"title": "%s", "harmTypes": ["SYNTHETIC_IMAGERY"], "priority": "URGENT",
         "victim": {"pseudonym": "Robin", "legalName": "Synthia Example"},
         "jurisdictions": ["GB"], "status": "%s", "version": %d}
        """
        .formatted(title, status, version);
  }

  @Test
  void privilegedNotesAreReadOnlyByAttorneysOnTheTeam() {
    ApiClient attorney = ApiClient.as("attorney");
    JsonObject created = openCase(attorney);
    String path = "cases/" + created.getJsonNumber("id");
    attorney.post(path + "/team", "{\"username\": \"caseworker\", \"caseRole\": \"CASEWORKER\"}");
    assertEquals(
        201,
        attorney.post(path + "/notes", "{\"body\": \"Strategy\", \"privileged\": true}").status());
    assertEquals(201, attorney.post(path + "/notes", "{\"body\": \"Called client\"}").status());

    JsonArray attorneyNotes = attorney.get(path + "/notes").jsonArray();
    JsonArray caseworkerNotes = ApiClient.as("caseworker").get(path + "/notes").jsonArray();

    assertEquals(2, attorneyNotes.size());
    assertEquals(1, caseworkerNotes.size());
    assertEquals("Called client", caseworkerNotes.getJsonObject(0).getString("body"));
    Reply privilegedByCaseworker =
        ApiClient.as("caseworker").post(path + "/notes", "{\"body\": \"x\", \"privileged\": true}");
    assertEquals(403, privilegedByCaseworker.status());
  }

  @Test
  void peopleAreAddedWithAliasesAndHandles() {
    ApiClient advocate = ApiClient.as("advocate");
    JsonObject created = openCase(advocate);
    String path = "cases/" + created.getJsonNumber("id");

    Reply added =
        advocate.post(
            path + "/people",
            """
            {"kind": "RESPONDENT", "name": "Jordan Sample", "identityKnown": true,
             "aliases": ["J. Sample"], "handles": ["@jsample_99"], "relationship": "former partner"}
            """);

    assertEquals(201, added.status(), added.body());
    JsonArray people = advocate.get(path + "/people").jsonArray();
    assertEquals(1, people.size());
    assertEquals("@jsample_99", people.getJsonObject(0).getJsonArray("handles").getString(0));
    Reply nameless = advocate.post(path + "/people", "{\"kind\": \"RESPONDENT\"}");
    assertEquals(400, nameless.status());
  }

  @Test
  void listIsPagedFilteredAndShowsOnlyTheCallersCases() {
    ApiClient attorney2 = ApiClient.as("attorney2");
    String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
    attorney2.post("cases", newCaseJson(marker, "Synthia Example"));
    attorney2.post("cases", newCaseJson(marker + "b", "Synthia Example"));

    JsonObject page = attorney2.get("cases?q=" + marker.toLowerCase() + "&size=1").json();
    assertEquals(2, page.getJsonNumber("total").longValue());
    assertEquals(1, page.getJsonArray("items").size());
    JsonObject row = page.getJsonArray("items").getJsonObject(0);
    assertFalse(row.containsKey("legalName"));
    assertNotNull(row.getString("pseudonym"));

    JsonObject other = ApiClient.as("attorney").get("cases?q=" + marker).json();
    assertEquals(0, other.getJsonNumber("total").longValue());
    JsonObject admin = ApiClient.as("admin").get("cases?q=" + marker).json();
    assertEquals(2, admin.getJsonNumber("total").longValue());
    assertEquals(400, attorney2.get("cases?status=OPENISH").status());
    Reply pastTheEnd = attorney2.get("cases?q=x&size=2&page=2147483647");
    assertEquals(400, pastTheEnd.status(), pastTheEnd.body());
    assertTrue(pastTheEnd.body().contains("page"), pastTheEnd.body());
  }

  /**
   * A filtered list counts only up to its limit (three on the test server, 1,000 by default) or one
   * past the page asked for: beyond, its total is "at least", and the last page counts exactly.
   */
  @Test
  void aFilteredListCountsOnlySoFarAndSaysSo() {
    ApiClient attorney2 = ApiClient.as("attorney2");
    String marker = "Countmark" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 5; i++) {
      assertEquals(201, attorney2.post("cases", newCaseJson(marker + i, "Synthia Count")).status());
    }

    JsonObject first = attorney2.get("cases?q=" + marker + "&size=2").json();
    assertEquals(2, first.getJsonArray("items").size());
    assertFalse(first.getBoolean("totalExact"), first.toString());
    assertEquals(4, first.getJsonNumber("total").longValue(), "at least one past the limit");

    JsonObject last = attorney2.get("cases?q=" + marker + "&size=2&page=2").json();
    assertEquals(1, last.getJsonArray("items").size());
    assertTrue(last.getBoolean("totalExact"), last.toString());
    assertEquals(5, last.getJsonNumber("total").longValue());

    JsonObject few = attorney2.get("cases?q=" + marker + "1&size=2").json();
    assertTrue(few.getBoolean("totalExact"), few.toString());
    assertEquals(1, few.getJsonNumber("total").longValue());
    JsonObject unfiltered = attorney2.get("cases?size=1").json();
    assertTrue(unfiltered.getBoolean("totalExact"), "an unfiltered list is counted whole");
  }

  @Test
  void searchFindsNumberTitleAndPseudonymAndTheListSortsEitherWay() {
    ApiClient attorney2 = ApiClient.as("attorney2");
    String marker = "Sortmark" + UUID.randomUUID().toString().substring(0, 8);
    String pseudonym = "Quill" + UUID.randomUUID().toString().substring(0, 8);
    List<String> numbers = new ArrayList<>();
    for (String title : List.of(marker + " c", marker + " a", marker + " b")) {
      Reply created =
          attorney2.post(
              "cases",
              newCaseJson(title.endsWith("a") ? pseudonym : "Client " + UUID.randomUUID(), "X Y")
                  .replace("Images shared by former partner", title));
      assertEquals(201, created.status(), created.body());
      numbers.add(created.json().getString("number"));
    }

    assertEquals(
        List.of(marker + " a", marker + " b", marker + " c"),
        titles(attorney2.get("cases?q=" + marker + "&sort=TITLE&ascending=true").json()));
    assertEquals(
        List.of(marker + " c", marker + " b", marker + " a"),
        titles(attorney2.get("cases?q=" + marker + "&sort=TITLE&ascending=false").json()));
    // The pseudonym, in another case, in the middle of the word.
    assertEquals(
        List.of(marker + " a"),
        titles(attorney2.get("cases?q=" + pseudonym.substring(2).toUpperCase()).json()));
    JsonObject byNumber = attorney2.get("cases?q=" + numbers.get(2)).json();
    assertTrue(titles(byNumber).contains(marker + " b"), byNumber.toString());
    for (String sort : List.of("NUMBER", "STATUS", "PRIORITY", "UPDATED")) {
      assertEquals(3, titles(attorney2.get("cases?q=" + marker + "&sort=" + sort).json()).size());
    }
    assertEquals(400, attorney2.get("cases?sort=PSEUDONYM").status());
  }

  /**
   * The caller's list, newest activity first, follows each change to a case for every member of its
   * team (each membership keeps a copy of its case's last activity, V39): a member joining and a
   * note by another member move the case to the top of both lists.
   */
  @Test
  void theListIsNewestActivityFirstForEveryMemberAfterEachChange() {
    ApiClient attorney2 = ApiClient.as("attorney2");
    ApiClient advocate = ApiClient.as("advocate");
    String marker = "Activemark" + UUID.randomUUID().toString().substring(0, 8);
    List<String> paths = new ArrayList<>();
    for (String letter : List.of("a", "b", "c")) {
      Reply created =
          attorney2.post(
              "cases",
              newCaseJson("Client " + UUID.randomUUID(), "X Y")
                  .replace("Images shared by former partner", marker + " " + letter));
      assertEquals(201, created.status(), created.body());
      paths.add("cases/" + created.json().getJsonNumber("id"));
    }
    String list = "cases?q=" + marker;
    assertEquals(
        List.of(marker + " c", marker + " b", marker + " a"), titles(attorney2.get(list).json()));

    String joins = "{\"username\": \"advocate\", \"caseRole\": \"ADVOCATE\"}";
    assertEquals(200, attorney2.post(paths.get(2) + "/team", joins).status());
    assertEquals(200, attorney2.post(paths.get(0) + "/team", joins).status());
    assertEquals(
        List.of(marker + " a", marker + " c", marker + " b"), titles(attorney2.get(list).json()));
    assertEquals(List.of(marker + " a", marker + " c"), titles(advocate.get(list).json()));

    Reply note = advocate.post(paths.get(2) + "/notes", "{\"body\": \"Called the platform\"}");
    assertEquals(201, note.status(), note.body());
    assertEquals(
        List.of(marker + " c", marker + " a", marker + " b"), titles(attorney2.get(list).json()));
    assertEquals(List.of(marker + " c", marker + " a"), titles(advocate.get(list).json()));
  }

  @Test
  void theSearchFollowsARenamedCaseAndNeverFindsItsOldTitle() {
    ApiClient attorney = ApiClient.as("attorney");
    String before = "Oldword" + UUID.randomUUID().toString().substring(0, 8);
    String after = "Newword" + UUID.randomUUID().toString().substring(0, 8);
    Reply created =
        attorney.post(
            "cases",
            newCaseJson("Robin", "X Y").replace("Images shared by former partner", before));
    assertEquals(201, created.status(), created.body());
    String path = "cases/" + created.json().getJsonNumber("id");
    // Part of a word, then two words of which one is a single character, then a word of the title
    // and a word of the pseudonym together (checked against the full text after the index).
    assertEquals(List.of(before), titles(attorney.get("cases?q=" + before.substring(3)).json()));
    assertEquals(
        List.of(),
        titles(attorney.get("cases?q=" + before.substring(3) + "+robin").json()),
        "the whole text is searched for, not each word anywhere");
    Reply renamed =
        attorney.put(
            path,
            changesJson(after, created.json().getJsonNumber("version").longValue(), "ACTIVE"));
    assertEquals(200, renamed.status(), renamed.body());

    assertEquals(List.of(), titles(attorney.get("cases?q=" + before).json()));
    assertEquals(List.of(after), titles(attorney.get("cases?q=" + after.toUpperCase()).json()));
    assertEquals(
        List.of(after), titles(attorney.get("cases?q=" + after.substring(0, 9) + "+").json()));
  }

  private static List<String> titles(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getString("title"))
        .toList();
  }

  @Test
  void conflictCheckFindsAnAccentedNameWithATypoAndNamesTheCaseToTheTeam() {
    ApiClient attorney = ApiClient.as("attorney");
    String family =
        "Quillfeather" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "q");
    Reply created = attorney.post("cases", newCaseJson("Zoë client", "Zoë " + family));
    String number = created.json().getString("number");

    Reply posted =
        attorney.post(
            "conflicts", "{\"queries\": [\"Zoe " + family.replace("feather", "fether") + "\"]}");
    Reply byGet = attorney.get("conflicts?q=zoe%20" + family);

    assertEquals(200, posted.status(), posted.body());
    assertTrue(posted.body().contains(number), posted.body());
    assertTrue(byGet.body().contains(number), byGet.body());
    JsonObject outsider =
        ApiClient.as("attorney2")
            .post("conflicts", "{\"queries\": [\"Zoe " + family + "\"]}")
            .json();
    assertTrue(outsider.getBoolean("otherPossibleConflicts"));
    assertFalse(outsider.toString().contains(number), "another team learns no case number");
    assertEquals(400, attorney.get("conflicts?q=").status());
  }

  @Test
  void theConflictIndexFollowsPeopleAddedAndRemovedAndHoldsOnlyHashes() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    String unique = UUID.randomUUID().toString().replaceAll("[0-9-]", "").substring(0, 6);
    String handle = "@larkspur_" + unique;
    String client = "Marisol Q" + unique;
    Reply opened = attorney.post("cases", newCaseJson("Client " + unique, client));
    assertEquals(201, opened.status(), opened.body());
    JsonObject created = opened.json();
    long caseId = created.getJsonNumber("id").longValue();
    String number = created.getString("number");
    String path = "cases/" + caseId;
    String query = "{\"queries\": [\"" + handle + "\"]}";
    assertFalse(attorney.post("conflicts", query).body().contains(number));

    Reply added =
        attorney.post(
            path + "/people", "{\"kind\": \"RESPONDENT\", \"handles\": [\"" + handle + "\"]}");
    assertEquals(201, added.status(), added.body());
    long personId = added.json().getJsonNumber("id").longValue();
    String mistyped = handle.substring(0, handle.length() - 1);
    assertTrue(
        attorney.post("conflicts", "{\"queries\": [\"" + mistyped + "\"]}").body().contains(number),
        "a handle one letter short is found through the index");
    try (Connection db = TestEnvironment.database();
        PreparedStatement keys =
            db.prepareStatement(
                "SELECT COUNT(*), COUNT(DISTINCT party_kind) FROM conflict_key WHERE case_id = ?")) {
      keys.setLong(1, caseId);
      try (ResultSet row = keys.executeQuery()) {
        row.next();
        assertTrue(row.getLong(1) > 10, "the victim and the person have keys");
        assertEquals(2, row.getLong(2));
      }
    }

    assertEquals(204, attorney.delete(path + "/people/" + personId).status());
    assertFalse(attorney.post("conflicts", query).body().contains(number));

    try (Connection db = TestEnvironment.database();
        PreparedStatement forget =
            db.prepareStatement("DELETE FROM conflict_key WHERE case_id = ?")) {
      forget.setLong(1, caseId);
      forget.executeUpdate();
    }
    String byName = "{\"queries\": [\"" + client + "\"]}";
    boolean found = true;
    for (int attempt = 0; attempt < 20 && found; attempt++) {
      if (attempt > 0) {
        Thread.sleep(500); // the index may still be completing its start-up sweep
      }
      found = attorney.post("conflicts", byName).body().contains(number);
    }
    assertFalse(found, "the check decrypts only the parties its index finds");
    Reply added2 =
        attorney.post(
            path + "/people",
            "{\"kind\": \"WITNESS\", \"handles\": [\"@unrelated_" + unique + "\"]}");
    assertEquals(201, added2.status(), added2.body());
    assertTrue(
        attorney.post("conflicts", byName).body().contains(number),
        "a change to the case's people rewrites the keys of all its parties, the victim's too");
  }

  @Test
  void teamMemberIsRemovedByQueryParameterToo() {
    ApiClient attorney = ApiClient.as("attorney");
    String path = "cases/" + openCase(attorney).getJsonNumber("id");
    attorney.post(path + "/team", "{\"username\": \"advocate\", \"caseRole\": \"ADVOCATE\"}");

    Reply removed = attorney.delete(path + "/team?username=advocate");

    assertEquals(200, removed.status(), removed.body());
    assertFalse(removed.body().contains("\"advocate\""));
    assertEquals(404, ApiClient.as("advocate").get(path).status());
  }

  @Test
  void adminSeesTheCaseButNotTheVictimsIdentity() {
    JsonObject created = openCase(ApiClient.as("attorney"));

    JsonObject seenByAdmin =
        ApiClient.as("admin").get("cases/" + created.getJsonNumber("id")).json();

    assertEquals(created.getString("number"), seenByAdmin.getString("number"));
    JsonObject victim = seenByAdmin.getJsonObject("victim");
    assertFalse(victim.containsKey("legalName") && victim.get("legalName") != JsonValue.NULL);
    assertFalse(seenByAdmin.toString().contains("Synthia"));
  }
}
