package org.recourse.it.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;

/** The law of a case and jurisdictions compared, through the API, on the seeded library. */
@ExtendWith(ArquillianExtension.class)
class CaseLawIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static long createCase(ApiClient client, String jurisdiction) {
    String json =
        """
        {"title": "Law case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
         "victim": {"pseudonym": "Law client", "dateOfBirth": "1990-04-04"},
         "incidentDate": "2024-01-15", "disseminationDate": "2024-01-15",
         "discoveryDate": "2025-03-01", "jurisdictions": ["%s"]}
        """
            .formatted(jurisdiction);
    Reply created = client.post("cases", json);
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  private static List<String> citations(JsonArray statutes) {
    return statutes.getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("citation"))
        .toList();
  }

  private static JsonObject ruleDeadline(JsonObject caseLaw, String citation) {
    return caseLaw.getJsonArray("ruleDeadlines").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("citation", "").equals(citation))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no deadline of " + citation + " in " + caseLaw));
  }

  @Test
  void washingtonCaseShowsStateAndFederalLawWithTheFourYearDate() {
    ApiClient attorney = ApiClient.as("attorney");
    long id = createCase(attorney, "US-WA");

    JsonObject law = attorney.get("cases/" + id + "/law").json();
    JsonObject groups = law.getJsonObject("law");
    assertEquals(List.of("US-WA", "US"), strings(groups.getJsonArray("jurisdictions")));
    List<String> civil = citations(groups.getJsonArray("civilRemedies"));
    assertTrue(civil.contains("RCW ch. 7.110"), civil.toString());
    assertTrue(civil.contains("15 U.S.C. § 6851"), "federal law applies in the state");
    assertTrue(citations(groups.getJsonArray("criminalOffences")).contains("RCW 9A.86.010"));
    assertTrue(citations(groups.getJsonArray("deepfakes")).contains("RCW 9A.86.030"));
    assertTrue(citations(groups.getJsonArray("threats")).contains("RCW ch. 7.110"));
    assertTrue(citations(groups.getJsonArray("clocks")).contains("47 U.S.C. § 223a"));
    JsonObject washington =
        groups.getJsonArray("civilRemedies").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("citation").equals("RCW ch. 7.110"))
            .findFirst()
            .orElseThrow();
    assertEquals("PRIMARY", washington.getString("grade"));
    assertTrue(washington.getString("sourceUrl").startsWith("https://app.leg.wa.gov/"));

    JsonObject discovery =
        law.getJsonArray("ruleDeadlines").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("title").contains("4 years from discovery"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(law.toString()));
    assertEquals("2029-03-01", discovery.getString("dueDate"));
    assertEquals("MIRROR", discovery.getString("grade"));
    assertFalse(discovery.getBoolean("provisional"));

    assertEquals(404, ApiClient.as("attorney2").get("cases/" + id + "/law").status());
  }

  @Test
  void virginiaLimitationIsComputedButProvisionalWithItsSource() {
    ApiClient attorney = ApiClient.as("attorney");
    long id = createCase(attorney, "US-VA");

    JsonObject virginia =
        ruleDeadline(attorney.get("cases/" + id + "/law").json(), "Va. Code § 8.01-40.4");
    assertEquals("2027-03-01", virginia.getString("dueDate"), "2 years after discovery");
    assertEquals("SECONDARY", virginia.getString("grade"));
    assertTrue(virginia.getBoolean("provisional"));
    assertTrue(virginia.getString("source").startsWith("https://www.pendercoward.com/"));
    assertTrue(virginia.getString("explanation").contains("check before relying on it"));
  }

  @Test
  void jurisdictionsAreComparedSideBySideAndAsCsv() {
    ApiClient caseworker = ApiClient.as("caseworker");
    JsonArray rows =
        caseworker.get("law/compare?jurisdiction=US-WA&jurisdiction=AU-NSW").jsonArray();
    assertEquals(2, rows.size());
    JsonObject washington = rows.getJsonObject(0);
    JsonObject nsw = rows.getJsonObject(1);
    assertEquals("US-WA", washington.getString("code"));
    assertTrue(
        strings(washington.getJsonArray("civilActions")).contains("RCW ch. 7.110 (official text)"));
    assertTrue(
        strings(washington.getJsonArray("limitationPeriods")).stream()
            .anyMatch(
                p ->
                    p.contains("4 years after discovery")
                        && p.contains("(statute text on an unofficial site)")));
    assertFalse(rows.toString().contains("[PRIMARY]"), rows.toString());
    assertFalse(rows.toString().contains("[MIRROR]"), rows.toString());
    assertEquals(List.of("AU"), strings(nsw.getJsonArray("appliesWith")));
    assertTrue(
        strings(nsw.getJsonArray("criminalOffences")).stream()
            .anyMatch(c -> c.startsWith("Crimes Act 1900 (NSW)")));
    assertTrue(
        strings(nsw.getJsonArray("removalClocks")).stream().anyMatch(c -> c.contains("24 hours")),
        "the eSafety removal notice applies in every state");

    Reply unknown = caseworker.get("law/compare?jurisdiction=US-WA&jurisdiction=ZZ");
    assertEquals(400, unknown.status());
    assertEquals(
        "jurisdiction", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    BinaryReply csv =
        caseworker.getBytes("law/compare/csv?jurisdiction=US-UT&jurisdiction=GB-SCT", "text/csv");
    assertEquals(200, csv.status());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("jurisdiction,name,"), text);
    assertTrue(text.contains("Utah Code § 13-72b-302"), text);
    assertTrue(text.contains("from 2027-01-01"), text);
    assertEquals(3, text.split("\r\n").length, text);
  }

  @Test
  void intakeSuggestsWhereTheClientLivesAndThePlatformIsWithThePlacesAboveThem() {
    ApiClient caseworker = ApiClient.as("caseworker");

    List<JsonObject> suggested =
        caseworker
            .get("law/suggestions?livesIn=US-WA&platformIn=IE")
            .jsonArray()
            .getValuesAs(JsonObject.class);

    assertEquals(
        List.of("US-WA", "US", "IE", "EU"),
        suggested.stream().map(s -> s.getString("code")).toList());
    assertEquals(
        List.of("where the client lives"), strings(suggested.get(0).getJsonArray("reasons")));
    assertEquals(
        List.of("its law applies in IE (where the platform is based)"),
        strings(suggested.get(3).getJsonArray("reasons")));
    assertTrue(suggested.get(0).getInt("statutes") >= 3, suggested.get(0).toString());
    assertTrue(suggested.get(0).getInt("civilRemedies") >= 1, suggested.get(0).toString());
    assertTrue(suggested.get(1).getInt("platformClocks") >= 1, "TAKE IT DOWN is a US clock");

    Reply unknown = caseworker.get("law/suggestions?platformIn=ZZ");
    assertEquals(400, unknown.status(), unknown.body());
    assertEquals(
        "platformIn", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Reply none = caseworker.get("law/suggestions");
    assertEquals(400, none.status(), none.body());
  }

  @Test
  void sexualOffencesActSection66bIsTheLawOfEnglandAndWalesNotScotland() {
    ApiClient attorney = ApiClient.as("attorney");
    String scotland = attorney.get("cases/" + createCase(attorney, "GB-SCT") + "/law").body();
    assertFalse(scotland.contains("Sexual Offences Act 2003 s.66B"), scotland);
    String england = attorney.get("cases/" + createCase(attorney, "GB-EAW") + "/law").body();
    assertTrue(england.contains("Sexual Offences Act 2003 s.66B"), england);
  }

  @Test
  void lawTabAndComparePageShowTheLawInTheBrowser() {
    long id = createCase(ApiClient.as("attorney"), "US-WA");
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + id, "attorney");
      browser.click(By.linkText("Law"));
      browser.waitUntil(d -> browser.text(By.id("case:tabs:caseLaw")).contains("RCW ch. 7.110"));
      String panel = browser.text(By.id("case:tabs:caseLaw"));
      String washington = panel.substring(panel.indexOf("RCW ch. 7.110"));
      assertTrue(washington.contains("Official text"), "the statute's grade in words: " + panel);
      assertTrue(
          panel.contains("4 years after discovery")
              && panel.contains("(statute text on an unofficial site)"),
          "each rule's grade in words: " + panel);
      for (String code : List.of("PRIMARY", "MIRROR", "SECONDARY", "UNCONFIRMED")) {
        assertFalse(panel.contains(code), code + " on the law tab: " + panel);
      }
      assertTrue(panel.contains("2029-03-01"), "4 years after discovery: " + panel);
      assertTrue(panel.contains("Criminal offences"), panel);

      browser.openAs("law/compare.xhtml", "attorney");
      browser.waitUntil(d -> browser.text(By.id("compare:table")).contains("AU-NSW"));
      String table = browser.text(By.id("compare:table"));
      assertTrue(table.contains("US-WA"), table);
      assertTrue(table.contains("RCW ch. 7.110 (official text)"), table);
      for (String code : List.of("PRIMARY", "MIRROR", "SECONDARY", "UNCONFIRMED")) {
        assertFalse(table.contains(code), code + " on the compare page: " + table);
      }
      assertTrue(table.contains("Crimes Act 1900 (NSW)"), table);
      assertTrue(table.contains("with AU") && !table.contains("[AU]"), table);
    }
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
