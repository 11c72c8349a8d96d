package org.recourse.it.removals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;

/**
 * A removal request's clock taken from a statute of the law library (Italy's Garante, 48 hours;
 * India's 2026 rules, 2 hours per a summary: provisional), and the start date of a rule counting
 * from a chosen date (Italy's six-month querela), through the API and the case page.
 */
@ExtendWith(ArquillianExtension.class)
class RemovalClockIT {

  private static final String GARANTE = "Codice privacy (d.lgs. 196/2003) art. 144-bis";
  private static final String INDIA_2026 = "IT (Intermediary Guidelines) Amendment Rules 2026";
  private static final String QUERELA = "Querela (complaint) within six months";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  /** A TAKE IT DOWN request for a new Instagram post of the case, as the API answers it. */
  private static JsonObject takeItDownRequest(ApiClient attorney, long caseId, String post) {
    return attorney
        .post(
            "cases/" + caseId + "/removals",
            "{\"url\": \"https://www.instagram.com/p/"
                + post
                + UUID.randomUUID().toString().substring(0, 8)
                + "\", \"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}")
        .json();
  }

  private static long italianCase(ApiClient attorney) {
    return attorney
        .post(
            "cases",
            """
            {"title": "Clock case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": {"pseudonym": "Clock client"}, "jurisdictions": ["IT"]}
            """)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject statute(JsonArray statutes, String citation) {
    return statutes.getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("citation").equals(citation))
        .findFirst()
        .orElseThrow(() -> new AssertionError(citation + " not in " + statutes));
  }

  private static JsonObject deadline(ApiClient attorney, long caseId, String titleStart) {
    return attorney
        .get("cases/" + caseId + "/deadlines")
        .jsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(d -> d.getString("title").startsWith(titleStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no deadline " + titleStart));
  }

  private static void refusedNaming(Reply reply, String field) {
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertTrue(reply.body().contains("\"field\":\"" + field + "\""), reply.body());
  }

  @Test
  void aStatuteOfTheLibrarySetsTheRequestsClockAndAChosenDateStartsAManualRule() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = italianCase(attorney);
    JsonArray statutes = attorney.get("cases/" + caseId + "/removals/clock-statutes").jsonArray();
    JsonObject garante = statute(statutes, GARANTE);
    JsonObject india = statute(statutes, INDIA_2026);
    assertTrue(garante.getBoolean("ofCase"), garante.toString());
    assertEquals("MIRROR", garante.getString("grade"));
    assertFalse(india.getBoolean("ofCase"), india.toString());
    assertTrue(
        statutes.getValuesAs(JsonObject.class).stream()
            .noneMatch(s -> s.getString("citation").equals("Codice penale art. 612-ter")),
        "a statute whose rules count from a chosen date sets no request's clock");

    String url = "https://www.instagram.com/p/Clock" + UUID.randomUUID().toString().substring(0, 8);
    refusedNaming(
        attorney.post(
            "cases/" + caseId + "/removals",
            "{\"url\": \""
                + url
                + "\", \"contentKind\": \"IMAGE\","
                + " \"legalBasis\": \"TAKE_IT_DOWN\", \"statuteId\": 987654321}"),
        "statuteId");
    JsonObject created =
        attorney
            .post(
                "cases/" + caseId + "/removals",
                "{\"url\": \""
                    + url
                    + "\", \"contentKind\": \"IMAGE\","
                    + " \"legalBasis\": \"TAKE_IT_DOWN\", \"statuteId\": "
                    + garante.getJsonNumber("id")
                    + "}")
            .json();
    long id = created.getJsonNumber("id").longValue();
    assertEquals(GARANTE, created.getString("statuteCitation"));
    assertEquals("MIRROR", created.getString("statuteGrade"));

    Instant sent = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    JsonObject submitted =
        attorney
            .post(
                "removals/" + id + "/status",
                "{\"status\": \"SUBMITTED\", \"at\": \"" + sent + "\"}")
            .json();
    assertEquals(sent.plus(48, ChronoUnit.HOURS), Instant.parse(submitted.getString("slaDueAt")));
    assertEquals("MIRROR", submitted.getString("clockGrade"));
    assertFalse(submitted.getBoolean("clockProvisional"));
    assertEquals(
        id,
        deadline(attorney, caseId, "Garante decides within 48 hours")
            .getJsonNumber("removalRequestId")
            .longValue());

    JsonObject provisional =
        attorney
            .put("removals/" + id + "/clock", "{\"statuteId\": " + india.getJsonNumber("id") + "}")
            .json();
    assertEquals(sent.plus(2, ChronoUnit.HOURS), Instant.parse(provisional.getString("slaDueAt")));
    assertTrue(provisional.getBoolean("clockProvisional"), provisional.toString());
    assertEquals(INDIA_2026, provisional.getString("statuteCitation"));
    assertTrue(
        deadline(attorney, caseId, "Non-consensual nudity and deepfakes taken down")
            .getBoolean("provisional"));
    assertTrue(
        attorney
            .get("cases/" + caseId + "/deadlines")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(d -> d.getString("title").startsWith("Garante decides")),
        "the deadline of the statute no longer chosen is gone");
    refusedNaming(
        attorney.put("removals/" + id + "/clock", "{\"statuteId\": 987654321}"), "statuteId");

    JsonObject querela = deadline(attorney, caseId, QUERELA);
    assertTrue(querela.getBoolean("startChosen"));
    assertEquals("MISSING_FACT", querela.getString("computation"));
    long querelaId = querela.getJsonNumber("id").longValue();
    refusedNaming(attorney.put("deadlines/" + querelaId + "/start-date", "{}"), "startDate");
    JsonObject started =
        attorney
            .put("deadlines/" + querelaId + "/start-date", "{\"startDate\": \"2026-11-01\"}")
            .json();
    assertEquals("COMPUTED", started.getString("computation"));
    assertEquals("2027-05-01", started.getString("dueDate"));
    assertEquals("2026-11-01", started.getString("startDate"));
    long garanteFree =
        deadline(attorney, caseId, "Non-consensual nudity").getJsonNumber("id").longValue();
    refusedNaming(
        attorney.put("deadlines/" + garanteFree + "/start-date", "{\"startDate\": \"2026-11-01\"}"),
        "startDate");
    assertEquals(
        404,
        ApiClient.as("attorney2")
            .put("deadlines/" + querelaId + "/start-date", "{\"startDate\": \"2026-11-01\"}")
            .status());

    String history = attorney.get("cases/" + caseId + "/history").body();
    assertTrue(history.contains("startDate") && history.contains("2026-11-01"), history);
    String mine = attorney.get("deadlines?from=2027-04-30&to=2027-05-02").body();
    assertTrue(mine.contains(QUERELA), mine);
  }

  @Test
  void aNoticeRecordedAsSentEarlierStartsTheClockWhenItWasSentAndSaysHow()
      throws InterruptedException {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = italianCase(attorney);
    JsonObject created = takeItDownRequest(attorney, caseId, "Sent");
    assertEquals("https://help.instagram.com/", created.getString("platformFormUrl"));
    long id = created.getJsonNumber("id").longValue();
    String values =
        "\"values\": {\"signature\": \"/s/ Synthetic Attorney\","
            + " \"contactDetails\": \"attorney@firm.example\"}, \"includeLegalName\": false";
    refusedNaming(
        attorney.post(
            "removals/" + id + "/notices",
            "{" + values + ", \"sentAt\": \"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}"),
        "sentAt");

    refusedNaming(
        attorney.post(
            "removals/" + id + "/notices",
            "{" + values + ", \"sentAt\": \"0001-01-01T00:00:00Z\"}"),
        "sentAt");

    // Sent after the request was created, recorded a few seconds later.
    Instant sentAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    Thread.sleep(3000);
    Reply sent =
        attorney.post(
            "removals/" + id + "/notices",
            "{" + values + ", \"sentAt\": \"" + sentAt + "\", \"channel\": \"EMAIL\"}");
    assertEquals(201, sent.status(), sent.body());
    assertEquals("EMAIL", sent.json().getString("channel"));
    assertEquals(sentAt, Instant.parse(sent.json().getString("sentAt")));
    JsonObject request = attorney.get("removals/" + id).json().getJsonObject("request");
    assertEquals(sentAt, Instant.parse(request.getString("submittedAt")));
    assertEquals(sentAt.plus(48, ChronoUnit.HOURS), Instant.parse(request.getString("slaDueAt")));
  }

  @Test
  void aNoticeSentEarlierIsTypedOnThePageInThePersonsOwnTimeZone() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = italianCase(attorney);
    long id = takeItDownRequest(attorney, caseId, "Zoned").getJsonNumber("id").longValue();
    // Tokyo keeps no summer time. Two hours ago there, typed as it reads on a Tokyo clock: read as
    // UTC it would be seven hours ahead, in the future, and refused.
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    Instant sentAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    String typed = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(sentAt.atZone(tokyo));
    assertEquals(200, attorney.put("me/time-zone", "{\"timeZone\": \"Asia/Tokyo\"}").status());
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Removals"));
      browser.click(By.cssSelector(".rc-open-removal"));
      browser.waitUntil(d -> !d.findElements(By.id("case:tabs:noticeSentAt_input")).isEmpty());
      assertEquals("Asia/Tokyo", browser.text(By.id("noticeSentAtZone")), "the zone beside it");
      browser.type("case:tabs:noticeSignature", "/s/ Synthetic Attorney");
      browser.type("case:tabs:noticeContact", "attorney@firm.example");
      // typed again until the date picker keeps it (as the other date fields' tests do)
      browser.waitUntil(
          d -> {
            WebElement field = d.findElement(By.id("case:tabs:noticeSentAt_input"));
            if (!typed.equals(field.getDomProperty("value"))) {
              browser.retype("case:tabs:noticeSentAt_input", typed);
              field.sendKeys(Keys.ESCAPE);
            }
            return typed.equals(field.getDomProperty("value"));
          });
      browser.selectOne("case:tabs:noticeChannel", "PLATFORM_FORM");
      browser.click(By.id("case:tabs:sendNotice"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitUntil(
          d ->
              browser
                  .text(By.id("case:tabs:noticeTable"))
                  .contains("via the platform's reporting form"));
    } finally {
      assertEquals(200, attorney.put("me/time-zone", "{\"timeZone\": \"UTC\"}").status());
    }
    JsonObject request = attorney.get("removals/" + id).json().getJsonObject("request");
    assertEquals(sentAt, Instant.parse(request.getString("submittedAt")));
    assertEquals(sentAt.plus(48, ChronoUnit.HOURS), Instant.parse(request.getString("slaDueAt")));
  }

  @Test
  void theCasePageChoosesAClockFromTheLibraryAndSetsAStartDateBesideTheDeadline() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = italianCase(attorney);
    long garanteId =
        statute(attorney.get("cases/" + caseId + "/removals/clock-statutes").jsonArray(), GARANTE)
            .getJsonNumber("id")
            .longValue();
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Removals"));
      String clockMenu = browser.text(By.id("case:tabs:removalClock"));
      assertTrue(clockMenu.contains("From the legal basis"), clockMenu);
      String choices =
          browser
              .driver()
              .findElement(By.id("case:tabs:removalClock_input"))
              .getAttribute("textContent");
      assertTrue(choices.contains(GARANTE + " (statute text on an unofficial site)"), choices);
      assertFalse(choices.contains("MIRROR"), "the grade in words: " + choices);
      browser.type("case:tabs:removalUrls", "https://www.instagram.com/p/ClockPage" + caseId);
      browser.selectOne("case:tabs:removalClock", String.valueOf(garanteId));
      browser.click(By.id("case:tabs:addRemovals"));
      browser.waitUntil(
          d -> browser.text(By.id("case:tabs:removalTable")).contains("ClockPage" + caseId));
      assertTrue(browser.text(By.id("case:tabs:removalTable")).contains(GARANTE));

      browser.click(By.cssSelector(".rc-open-removal"));
      browser.waitUntil(d -> !d.findElements(By.id("removalClockText")).isEmpty());
      String clock = browser.text(By.id("removalClockText"));
      assertTrue(
          clock.contains(
              "from the law library: " + GARANTE + " (statute text on an unofficial site)"),
          clock);
      assertEquals(
          "https://help.instagram.com/",
          browser.driver().findElement(By.id("case:tabs:platformForm")).getAttribute("href"));
      browser.type("case:tabs:noticeSignature", "/s/ Synthetic Attorney");
      browser.type("case:tabs:noticeContact", "attorney@firm.example");
      browser.selectOne("case:tabs:noticeChannel", "EMAIL");
      browser.click(By.id("case:tabs:sendNotice"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitUntil(d -> browser.text(By.id("case:tabs:noticeTable")).contains("via e-mail"));

      browser.click(By.linkText("Deadlines"));
      browser.waitUntil(d -> browser.text(By.id("case:tabs:deadlineTable")).contains(QUERELA));
      By setStart = By.xpath("//button[.//span[text()='Set start date']]");
      browser.click(setStart);
      browser.waitUntil(
          d ->
              d
                  .findElements(By.cssSelector("[id='case:tabs:deadlineTable'] .ui-message-error"))
                  .stream()
                  .anyMatch(m -> m.getText().contains("choose the date the deadline counts from")));
      String dateField =
          browser
              .driver()
              .findElement(
                  By.cssSelector("[id^='case:tabs:deadlineTable:'][id$=':startDate_input']"))
              .getAttribute("id");
      // typed again until the date picker, whose panel opens on focus, keeps it
      browser.waitUntil(
          d -> {
            WebElement date = d.findElement(By.id(dateField));
            if (!"2026-11-01".equals(date.getDomProperty("value"))) {
              browser.retype(dateField, "2026-11-01");
              date.sendKeys(Keys.ESCAPE);
            }
            return "2026-11-01".equals(date.getDomProperty("value"));
          });
      browser.click(setStart);
      browser.waitUntil(
          d -> browser.text(By.id("case:tabs:deadlineTable")).contains("counts from 2026-11-01"));
      assertTrue(browser.text(By.id("case:tabs:deadlineTable")).contains("2027-05-01"));
    }
    assertEquals("2027-05-01", deadline(attorney, caseId, QUERELA).getString("dueDate"));
  }
}
