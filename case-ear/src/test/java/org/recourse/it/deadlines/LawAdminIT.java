package org.recourse.it.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
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

  private static String dueOf(JsonArray deadlines) {
    return deadlines.getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("citation", "").equals("Criminal Code s.162.1"))
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
