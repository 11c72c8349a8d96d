package org.recourse.it.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;

/** Administrators correct the law library; bad rules are refused; every change has a history. */
@ExtendWith(ArquillianExtension.class)
class LawAdminIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static JsonObject canadianRule(ApiClient client) {
    return client
        .get("statutes?jurisdiction=CA")
        .jsonArray()
        .getJsonObject(0)
        .getJsonArray("rules")
        .getJsonObject(0);
  }

  private static String ruleJson(
      String label, int amount, String unit, Integer windowStart, Integer windowEnd, long version) {
    return """
        {"label": "%s", "severity": "HIGH", "trigger": "INCIDENT", "amount": %d, "unit": "%s",
         "windowStart": %s, "windowEnd": %s, "grade": "SECONDARY", "version": %d}
        """
        .formatted(label, amount, unit, windowStart, windowEnd, version);
  }

  @Test
  void sourcesLongerTogetherThanTheirColumnAreRefusedByHand() {
    ApiClient admin = ApiClient.as("admin");
    JsonObject rule = canadianRule(admin);
    StringBuilder sources = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      sources
          .append(i == 0 ? "" : ", ")
          .append("\"https://example.org/")
          .append(i)
          .append('/')
          .append("a".repeat(470))
          .append('"');
    }
    String body =
        ruleJson(
                rule.getString("label"),
                12,
                "MONTHS",
                null,
                null,
                rule.getJsonNumber("version").longValue())
            .replace("\"grade\"", "\"sources\": [" + sources + "], \"grade\"");

    Reply refused = admin.put("rules/" + rule.getJsonNumber("id"), body);

    assertEquals(400, refused.status(), refused.body());
    assertEquals(List.of("sources"), fields(refused));
  }

  @Test
  void impossibleRuleIsRefusedNamingTheField() {
    ApiClient admin = ApiClient.as("admin");
    JsonObject rule = canadianRule(admin);
    String path = "rules/" + rule.getJsonNumber("id");
    long version = rule.getJsonNumber("version").longValue();

    Reply negative = admin.put(path, ruleJson("x", -1, "MONTHS", null, null, version));
    Reply backwards = admin.put(path, ruleJson("x", 12, "BUSINESS_DAYS", 14, 10, version));

    assertEquals(400, negative.status(), negative.body());
    assertTrue(fields(negative).contains("amount"), negative.body());
    assertEquals(400, backwards.status(), backwards.body());
    assertTrue(fields(backwards).contains("windowEnd"), backwards.body());
    assertEquals(12, canadianRule(admin).getInt("amount"), "nothing was written");
  }

  @Test
  void correctedRuleRecomputesCasesAndIsKeptInTheHistory() {
    ApiClient attorney = ApiClient.as("attorney");
    JsonObject created =
        attorney
            .post(
                "cases",
                """
                {"title": "Canadian case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Maple client"}, "incidentDate": "2026-01-15",
                 "jurisdictions": ["CA"]}
                """)
            .json();
    String deadlines = "cases/" + created.getJsonNumber("id") + "/deadlines";
    assertEquals("2027-01-15", dueOf(attorney.get(deadlines).jsonArray()));

    ApiClient admin = ApiClient.as("admin");
    JsonObject rule = canadianRule(admin);
    String path = "rules/" + rule.getJsonNumber("id");
    long version = rule.getJsonNumber("version").longValue();
    String label = rule.getString("label");
    try {
      Reply changed = admin.put(path, ruleJson(label, 18, "MONTHS", null, null, version));
      assertEquals(200, changed.status(), changed.body());
      assertTrue(changed.json().getInt("recomputedCases") >= 1);
      assertEquals("2027-07-15", dueOf(attorney.get(deadlines).jsonArray()));

      JsonObject latest = admin.get(path + "/history").jsonArray().getJsonObject(0);
      assertEquals("admin", latest.getString("by"));
      assertTrue(
          latest.getJsonArray("changes").toString().contains("amount: 12 → 18"), latest.toString());
      assertEquals(
          403, attorney.put(path, ruleJson(label, 6, "MONTHS", null, null, version + 1)).status());
      assertEquals(
          409, admin.put(path, ruleJson(label, 6, "MONTHS", null, null, version)).status());
    } finally {
      long current = canadianRule(admin).getJsonNumber("version").longValue();
      admin.put(path, ruleJson(label, 12, "MONTHS", null, null, current));
    }
  }

  /** A code of its own for a synthetic place, e.g. QX-1Z8, that no seeded place has. */
  private static String throwawayCode(String prefix) {
    return prefix
        + "-"
        + Long.toString(ThreadLocalRandom.current().nextLong(46_656), 36).toUpperCase();
  }

  /**
   * A file adding the synthetic place {@code place} (so its statutes reach no other case) with one
   * synthetic statute holding one rule, and any further statutes.
   */
  private static String libraryFile(
      String place, String citation, int months, String... moreStatutes) {
    StringBuilder statutes =
        new StringBuilder(
            """
            {"jurisdiction": "%s", "citation": "%s", "shortTitle": "Synthetic statute for an import",
             "kind": "CIVIL_REMEDY", "grade": "SECONDARY", "sources": ["https://example.org/synthetic"],
             "lastReviewed": "2026-12-01", "flags": ["SEXUAL_DEEPFAKES"],
             "rules": [{"label": "Synthetic limitation", "severity": "HIGH", "trigger": "INCIDENT",
                        "amount": %d, "unit": "MONTHS", "grade": "SECONDARY"}]}
            """
                .formatted(place, citation, months));
    for (String more : moreStatutes) {
      statutes.append(',').append(more);
    }
    return """
        {"format": "recourse-law-library", "version": 1,
         "jurisdictions": [{"code": "%s", "name": "Synthetic import place",
                            "timeZone": "Europe/London"}],
         "statutes": [%s]}
        """
        .formatted(place, statutes);
  }

  /** The statute, or empty when there is none (or no such place yet). */
  private static java.util.Optional<JsonObject> statuteOf(
      ApiClient admin, String place, String citation) {
    Reply statutes = admin.get("statutes?jurisdiction=" + place);
    if (statutes.status() != 200) {
      return java.util.Optional.empty();
    }
    return statutes.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("citation").equals(citation))
        .findFirst();
  }

  @Test
  void anImportThatChangesARuleRecomputesTheCasesOfEveryPlaceBelow() {
    ApiClient admin = ApiClient.as("admin");
    String top = throwawayCode("QX");
    String middle = throwawayCode("QY");
    String bottom = throwawayCode("QZ");
    String citation = "Synthetic Recompute Act " + System.nanoTime();
    String below =
        """
        {"code": "%s", "name": "Synthetic middle", "parentCode": "%s", "timeZone": "Europe/London"},
        {"code": "%s", "name": "Synthetic bottom", "parentCode": "%s", "timeZone": "Europe/London"},
        """
            .formatted(middle, top, bottom, middle);
    Reply added =
        admin.post("law/library/import", withPlaces(libraryFile(top, citation, 6), below));
    assertEquals(200, added.status(), added.body());
    ApiClient attorney = ApiClient.as("attorney");
    JsonObject created =
        attorney
            .post(
                "cases",
                """
                {"title": "Case two places below the law", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Synthetic client"}, "incidentDate": "2026-01-15",
                 "jurisdictions": ["%s"]}
                """
                    .formatted(bottom))
            .json();
    String deadlines = "cases/" + created.getJsonNumber("id") + "/deadlines";
    assertEquals("2026-07-15", dueOf(attorney.get(deadlines).jsonArray(), citation));

    Reply changed =
        admin.post("law/library/import", withPlaces(libraryFile(top, citation, 9), below));

    assertEquals(200, changed.status(), changed.body());
    assertEquals(1, changed.json().getInt("changed"), changed.body());
    assertTrue(changed.json().getInt("casesRecomputed") >= 1, changed.body());
    assertEquals("2026-10-15", dueOf(attorney.get(deadlines).jsonArray(), citation));
  }

  @Test
  void anImportThatWouldMakeALoopOfParentsIsRefused() {
    ApiClient admin = ApiClient.as("admin");
    String file =
        """
        {"format": "recourse-law-library", "version": 1, "jurisdictions": [
          {"code": "US", "name": "United States", "parentCode": "US-WA",
           "timeZone": "America/New_York"},
          {"code": "QA", "name": "Synthetic A", "parentCode": "QB", "timeZone": "Europe/London"},
          {"code": "QB", "name": "Synthetic B", "parentCode": "QA", "timeZone": "Europe/London"},
          {"code": "QC", "name": "Synthetic C", "parentCode": "QD", "timeZone": "Europe/London"}],
         "statutes": []}
        """;

    Reply refused = admin.post("law/library/import", file);

    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("would make US its own ancestor"), refused.body());
    assertEquals(
        List.of(
            "jurisdictions[0].parentCode",
            "jurisdictions[1].parentCode",
            "jurisdictions[2].parentCode",
            "jurisdictions[3].parentCode"),
        fields(refused).stream().sorted().toList());
    Reply byHand =
        admin.put(
            "jurisdictions/US",
            """
            {"name": "United States", "parentCode": "US-WA", "timeZone": "America/New_York"}
            """);
    assertEquals(400, byHand.status(), byHand.body());
    assertEquals(List.of("parentCode"), fields(byHand));
  }

  /** The file with further jurisdictions before its own. */
  private static String withPlaces(String file, String places) {
    return file.replace("\"jurisdictions\": [", "\"jurisdictions\": [" + places);
  }

  @Test
  void theExportedLibraryImportsUnchangedWithEverySourceAndGrade() {
    ApiClient admin = ApiClient.as("admin");
    Reply export = admin.get("law/library");
    assertEquals(200, export.status(), export.body());
    JsonObject file = export.json();
    assertEquals("recourse-law-library", file.getString("format"));
    assertEquals(1, file.getInt("version"));
    assertTrue(file.getJsonArray("jurisdictions").size() >= 55);
    JsonArray statutes = file.getJsonArray("statutes");
    assertTrue(statutes.size() >= 90, "statutes: " + statutes.size());
    for (JsonObject statute : statutes.getValuesAs(JsonObject.class)) {
      assertTrue(statute.containsKey("grade") && !statute.getJsonArray("sources").isEmpty());
    }
    assertTrue(
        statutes.toString().contains("\"combinator\":\"LATER_OF\""), "Utah's later-of is exported");

    Reply dryRun = admin.post("law/library/dry-run", export.body());

    assertEquals(200, dryRun.status(), dryRun.body());
    JsonObject report = dryRun.json();
    assertEquals(0, report.getInt("added") + report.getInt("changed") + report.getInt("refused"));
    assertTrue(report.getInt("unchanged") >= statutes.size());
    assertEquals(403, ApiClient.as("attorney").get("law/library").status());
    assertEquals(403, ApiClient.as("attorney").post("law/library/import", export.body()).status());
  }

  @Test
  void anImportIsDryRunThenWrittenAllOrNothingAndKeptInTheHistory() {
    ApiClient admin = ApiClient.as("admin");
    String citation = "Synthetic Import Act " + System.nanoTime() + " s.1";
    String place = throwawayCode("QW");

    Reply dryRun = admin.post("law/library/dry-run", libraryFile(place, citation, 6));
    assertEquals(200, dryRun.status(), dryRun.body());
    assertEquals(3, dryRun.json().getInt("added"), dryRun.body());
    assertTrue(statuteOf(admin, place, citation).isEmpty(), "a dry run writes nothing");

    Reply imported = admin.post("law/library/import", libraryFile(place, citation, 6));
    assertEquals(200, imported.status(), imported.body());
    assertEquals(3, imported.json().getInt("added"));
    JsonObject statute = statuteOf(admin, place, citation).orElseThrow();
    assertEquals("SECONDARY", statute.getString("grade"));
    JsonObject rule = statute.getJsonArray("rules").getJsonObject(0);
    assertEquals(6, rule.getInt("amount"));
    assertEquals(
        "admin",
        admin
            .get("statutes/" + statute.getJsonNumber("id") + "/history")
            .jsonArray()
            .getJsonObject(0)
            .getString("by"));

    String refusedStatute =
        """
        {"jurisdiction": "%s", "citation": "%s s.2", "shortTitle": "Refused", "kind": "CRIMINAL",
         "grade": "PRIMARY", "sources": ["https://example.org/synthetic"],
         "rules": [{"label": "No period found", "severity": "HIGH", "trigger": "INCIDENT",
                    "grade": "PRIMARY"}]}
        """
            .formatted(place, citation);
    Reply refused =
        admin.post("law/library/import", libraryFile(place, citation, 9, refusedStatute));
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    assertTrue(fields(refused).contains("statutes[1].rules[0].amount"), refused.body());
    assertEquals(
        6,
        statuteOf(admin, place, citation)
            .orElseThrow()
            .getJsonArray("rules")
            .getJsonObject(0)
            .getInt("amount"),
        "nothing of a refused file is written");

    Reply changedDryRun =
        admin.post("law/library/dry-run", libraryFile(place, citation, 9, refusedStatute));
    assertEquals(200, changedDryRun.status(), changedDryRun.body());
    assertEquals(1, changedDryRun.json().getInt("changed"));
    assertEquals(1, changedDryRun.json().getInt("refused"));

    Reply changed = admin.post("law/library/import", libraryFile(place, citation, 9));
    assertEquals(200, changed.status(), changed.body());
    assertEquals(1, changed.json().getInt("changed"));
    JsonObject latest =
        admin.get("rules/" + rule.getJsonNumber("id") + "/history").jsonArray().getJsonObject(0);
    assertEquals("admin", latest.getString("by"));
    assertTrue(
        latest.getJsonArray("changes").toString().contains("amount: 6 → 9"), latest.toString());
  }

  @Test
  void aMalformedLibraryFileIsRefusedNamingTheField() {
    ApiClient admin = ApiClient.as("admin");

    Reply wrongType =
        admin.post(
            "law/library/dry-run",
            """
            {"format": "recourse-law-library", "version": 1, "jurisdictions": [],
             "statutes": [{"citation": 5}]}
            """);
    Reply otherFormat =
        admin.post(
            "law/library/import",
            "{\"format\": \"csv\", \"version\": 1, \"jurisdictions\": [], \"statutes\": []}");

    assertEquals(400, wrongType.status(), wrongType.body());
    assertTrue(fields(wrongType).contains("statutes[0].citation"), wrongType.body());
    assertEquals(400, otherFormat.status(), otherFormat.body());
    assertEquals(List.of("format"), fields(otherFormat));
  }

  private static String dueOf(JsonArray deadlines) {
    return dueOf(deadlines, "Criminal Code s.162.1");
  }

  private static String dueOf(JsonArray deadlines, String citation) {
    return deadlines.getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("citation", "").equals(citation))
        .findFirst()
        .orElseThrow()
        .getString("dueDate");
  }

  private static List<String> fields(Reply reply) {
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }
}
