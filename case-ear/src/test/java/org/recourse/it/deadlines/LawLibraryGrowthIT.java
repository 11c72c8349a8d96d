package org.recourse.it.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Administrators add jurisdictions, statutes and rules; cases there get their deadlines. */
@ExtendWith(ArquillianExtension.class)
class LawLibraryGrowthIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void newJurisdictionStatuteAndRuleGiveCasesThereADeadline() {
    ApiClient admin = ApiClient.as("admin");
    String code =
        "US-Q"
            + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
            + (char) ('A' + ThreadLocalRandom.current().nextInt(26));

    Reply badZone =
        admin.post(
            "jurisdictions",
            "{\"code\": \""
                + code
                + "\", \"details\": {\"name\": \"Test state\", \"parentCode\": \"US\", \"timeZone\": \"Mars/Olympus\"}}");
    assertEquals(400, badZone.status(), badZone.body());
    assertTrue(fields(badZone).contains("timeZone"));

    Reply created =
        admin.post(
            "jurisdictions",
            "{\"code\": \""
                + code
                + "\", \"details\": {\"name\": \"Test state\", \"parentCode\": \"US\","
                + " \"timeZone\": \"America/Denver\", \"holidayCalendar\": \"US\"}}");
    assertEquals(201, created.status(), created.body());

    Reply statute =
        admin.post(
            "statutes?jurisdiction=" + code,
            """
            {"citation": "Test Code § 1", "shortTitle": "Synthetic test statute", "kind": "CIVIL_REMEDY",
             "sourceUrl": "https://example.org/test-code-1", "verified": false}
            """);
    assertEquals(201, statute.status(), statute.body());
    long statuteId = statute.json().getJsonNumber("id").longValue();
    Reply badRule =
        admin.post(
            "statutes/" + statuteId + "/rules",
            "{\"label\": \"Test limit\", \"severity\": \"HIGH\", \"trigger\": \"DISCOVERY\", \"amount\": 2, \"unit\": \"YEARS\", \"verified\": true, \"windowStart\": 5, \"windowEnd\": 1}");
    assertEquals(400, badRule.status(), badRule.body());
    Reply rule =
        admin.post(
            "statutes/" + statuteId + "/rules",
            "{\"label\": \"Test limit\", \"severity\": \"HIGH\", \"trigger\": \"DISCOVERY\", \"amount\": 2, \"unit\": \"YEARS\", \"verified\": true}");
    assertEquals(201, rule.status(), rule.body());

    ApiClient attorney = ApiClient.as("attorney");
    JsonObject caseThere =
        attorney
            .post(
                "cases",
                """
                {"title": "Case in the new state", "harmTypes": ["DOXXING"],
                 "victim": {"pseudonym": "New state client"}, "discoveryDate": "2026-02-01",
                 "jurisdictions": ["%s"]}
                """
                    .formatted(code))
            .json();
    List<JsonObject> deadlines =
        attorney
            .get("cases/" + caseThere.getJsonNumber("id") + "/deadlines")
            .jsonArray()
            .getValuesAs(JsonObject.class);
    JsonObject own =
        deadlines.stream()
            .filter(d -> d.getString("citation", "").equals("Test Code § 1"))
            .findFirst()
            .orElseThrow();
    assertEquals("2028-02-01", own.getString("dueDate"));
    assertTrue(
        deadlines.stream().anyMatch(d -> d.getString("citation", "").equals("15 U.S.C. § 6851")),
        "federal rules apply in the new state too");

    Reply renamed =
        admin.put(
            "jurisdictions/" + code,
            "{\"name\": \"Test state (renamed)\", \"parentCode\": \"US\", \"timeZone\": \"America/Denver\", \"holidayCalendar\": \"US\"}");
    assertEquals(200, renamed.status(), renamed.body());
    assertTrue(
        admin
            .get("jurisdictions/" + code + "/history")
            .jsonArray()
            .getJsonObject(0)
            .toString()
            .contains("renamed"));
    assertEquals(403, attorney.post("statutes?jurisdiction=" + code, "{}").status());
  }

  private static List<String> fields(Reply reply) {
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }
}
