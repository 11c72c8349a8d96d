package org.recourse.it.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.law.SourceGrade;

/**
 * A deadline computed from the law shows on the case page, the dashboard and the calendar, each
 * time with the explanation a person can check.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlinePagesIT {

  private static final String TITLE = "Prosecution must start (summary offence, s.66B)";

  private static long caseId;
  private static String caseNumber;
  private static LocalDate due;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  /** A UK case whose six-month prosecution limit ends two days from now. */
  @BeforeAll
  static void caseWithADeadlineInTwoDays() {
    JsonObject created = ukCaseWithADeadlineInTwoDays();
    caseId = created.getJsonNumber("id").longValue();
    caseNumber = created.getString("number");
  }

  private static JsonObject ukCaseWithADeadlineInTwoDays() {
    LocalDate incident = LocalDate.now(ZoneOffset.UTC).plusDays(2).minusMonths(6);
    due = incident.plusMonths(6);
    return ApiClient.as("attorney")
        .post(
            "cases",
            """
                {"title": "UK offence", "harmTypes": ["THREAT_TO_SHARE"],
                 "victim": {"pseudonym": "Calendar client"}, "incidentDate": "%s",
                 "jurisdictions": ["GB-EAW"]}
                """
                .formatted(incident))
        .json();
  }

  @Test
  void casePageShowsTheComputedDeadlineWithItsExplanation() {
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.xpath("//a[text()='Deadlines']"));

      String table = browser.text(By.id("case:tabs:deadlineTable"));
      assertTrue(table.contains(TITLE), table);
      assertTrue(table.contains(due.toString()), table);
      assertTrue(table.contains("6 months"), "the explanation is shown: " + table);
      assertTrue(table.contains("Sexual Offences Act 2003 s.66B"), table);

      // The row names its source grade; the grade's meaning, in the legend under the table, is
      // what a screen reader reads with the name (aria-describedby), and what everyone sees.
      WebElement named =
          browser
              .driver()
              .findElement(By.id("case:tabs:deadlineTable"))
              .findElement(By.cssSelector("[aria-describedby]"));
      SourceGrade grade =
          Arrays.stream(SourceGrade.values())
              .filter(g -> named.getText().trim().equals(g.label()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no grade's name on the row: " + table));
      WebElement meaning =
          browser.driver().findElement(By.id(named.getDomAttribute("aria-describedby")));
      assertEquals(grade.meaning(), meaning.getText().trim());
      assertTrue(meaning.isDisplayed(), "the meaning is text on the page");
    }
  }

  @Test
  void anAdminOffTheTeamReadsMinorityTollingOnTheCasePageButNeverTheBirthday() {
    long minorsCase =
        ApiClient.as("attorney")
            .post(
                "cases",
                """
                {"title": "Minor's deadlines", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Page minor", "dateOfBirth": "2010-05-15"},
                 "discoveryDate": "2024-02-10", "jurisdictions": ["US-IL"]}
                """)
            .json()
            .getJsonNumber("id")
            .longValue();
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + minorsCase, "attorney");
      browser.click(By.xpath("//a[text()='Deadlines']"));
      assertFalse(
          browser.driver().getPageSource().contains("2028-05-15"),
          "the birthday waits, like the rest of the identity, until asked for");
      browser.click(By.xpath("//a[text()='Overview']"));
      browser.click(By.id("case:tabs:showIdentity"));
      browser.waitUntil(d -> !d.findElements(By.id("victim-legal-name")).isEmpty());
      browser.click(By.xpath("//a[text()='Deadlines']"));
      String team = browser.text(By.id("case:tabs:deadlineTable"));
      assertTrue(team.contains("the client turns 18 on 2028-05-15"), team);
    }
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + minorsCase, "admin");
      browser.click(By.xpath("//a[text()='Deadlines']"));

      String table = browser.text(By.id("case:tabs:deadlineTable"));
      assertTrue(table.contains("minority tolling applies"), table);
      assertTrue(table.contains("2030-05-15"), "the deadline itself is shown: " + table);
      String page = browser.driver().getPageSource();
      for (String secret : new String[] {"2010-05-15", "2028-05-15", "turns 18", "born"}) {
        assertFalse(page.contains(secret), secret + " on the admin's case page");
      }
    }
  }

  @Test
  void dashboardListsItAsALegalClockWithTheTimeLeftInAmber() {
    // On a case of its own: the calendar's test filters this class's case to hand-entered ones.
    JsonObject other =
        ApiClient.as("attorney")
            .post(
                "cases",
                """
                {"title": "Follow-up only", "harmTypes": ["THREAT_TO_SHARE"],
                 "victim": {"pseudonym": "Dashboard client"}}
                """)
            .json();
    String followUp =
        "Chase the platform " + java.util.UUID.randomUUID().toString().substring(0, 8);
    ApiClient.as("attorney")
        .post(
            "cases/" + other.getJsonNumber("id").longValue() + "/deadlines",
            "{\"title\": \"%s\", \"dueDate\": \"%s\"}"
                .formatted(followUp, LocalDate.now(ZoneOffset.UTC).plusDays(1)));
    try (Browser browser = Browser.open()) {
      browser.openAs("", "attorney");

      // Follow-ups have the page's whole width too, each with its time left, apart from the law's.
      By followUpRow = By.xpath("//*[@id='followUpsTable']//tr[contains(., '" + followUp + "')]");
      String row = browser.text(followUpRow);
      assertTrue(
          row.contains(other.getString("number"))
              && row.matches("(?s).*\\d+ (h|hours?|days?) left.*"),
          row);
      assertEquals(
          browser.driver().findElement(By.id("clocks-panel")).getRect().getWidth(),
          browser.driver().findElement(By.id("follow-ups-panel")).getRect().getWidth(),
          "follow-ups are as wide as the legal clocks");
      assertEquals(
          browser.driver().findElement(By.id("clocks-panel")).getRect().getWidth(),
          browser.driver().findElement(By.id("my-cases")).getRect().getWidth(),
          "the own cases' four columns have the whole width (their headings were cut in a third)");

      String clocks = browser.text(By.id("clocksTable"));
      assertTrue(clocks.contains(caseNumber) && clocks.contains(TITLE), clocks);
      assertTrue(clocks.contains("2 days left"), clocks);
      assertFalse(
          browser.text(By.id("followUpsTable")).contains(TITLE),
          "a clock from the law is not a follow-up");
      By badge =
          By.xpath(
              "//*[@id='clocksTable']//tr[contains(., '"
                  + caseNumber
                  + "')]//*[contains(@class,'rc-clock-soon')]");
      assertEquals("2 days left", browser.text(badge));
    }
  }

  @Test
  void caseHeaderShowsTheNextLegalClockFirstAndAHandEnteredOneIsNotIt() {
    long ownCase = ukCaseWithADeadlineInTwoDays().getJsonNumber("id").longValue();
    ApiClient.as("attorney")
        .post(
            "cases/" + ownCase + "/deadlines",
            "{\"title\": \"Call the client back\", \"dueDate\": \"%s\"}"
                .formatted(LocalDate.now(ZoneOffset.UTC).plusDays(1)));
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + ownCase, "attorney");

      assertEquals(TITLE, browser.text(By.id("clock-title")));
      assertEquals("2 days left", browser.text(By.id("case:clock-left")));
      assertTrue(
          browser.text(By.id("case:clock-due")).endsWith(String.valueOf(due.getYear())),
          browser.text(By.id("case:clock-due")));
      assertTrue(
          browser
              .driver()
              .findElement(By.id("clock-banner"))
              .getAttribute("class")
              .contains("rc-clock-banner-soon"));
    }
  }

  @Test
  void aPersonChoosesTheirTimeZoneAndPagesShowTimesInItWithUtcOnHover() {
    ApiClient attorney2 = ApiClient.as("attorney2");
    assertEquals(400, attorney2.put("me/time-zone", "{\"timeZone\": \"Mars/Olympus\"}").status());
    long own = attorney2.newCase("Zoned times", "Zone client");
    try (Browser browser = Browser.open()) {
      browser.openAs("profile.xhtml", "attorney2");
      browser.selectOne("profile:timeZone", "Europe/London");
      browser.click(By.id("profile:saveProfile"));
      browser.waitUntil(d -> d.getPageSource().contains("times are shown in Europe/London"));
      assertEquals("Europe/London", attorney2.get("me/time-zone").json().getString("timeZone"));

      browser.openAs("case/" + own, "attorney2");
      String overview = browser.text(By.id("case:tabs:overview"));
      assertTrue(
          overview.matches("(?s).*Opened\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} (GMT|BST) by.*"),
          overview);
      browser.openAs("", "attorney2");
      assertEquals("Europe/London", browser.text(By.id("dashboard-zone")));
    } finally {
      assertEquals(
          "UTC",
          attorney2.put("me/time-zone", "{\"timeZone\": \"\"}").json().getString("timeZone"));
    }
  }

  @Test
  void calendarShowsTheDeadlineAndItsExplanation() {
    try (Browser browser = Browser.open()) {
      browser.openAs("deadlines/calendar.xhtml", "attorney");
      By event = By.xpath("//*[contains(@class,'fc-event')][contains(., '" + caseNumber + "')]");
      browser.waitUntil(d -> !d.findElements(event).isEmpty());
      browser.screenshot("calendar");

      browser.click(event);
      browser.waitUntil(d -> d.findElement(By.id("detail-explanation")).isDisplayed());
      assertEquals(TITLE, browser.text(By.id("detail-title")));
      assertTrue(browser.text(By.id("detail-explanation")).contains("6 months"));
      // The law's grade in words, never its code, and what it means as text on the page (not only
      // a hover title), worded as the grade's name is.
      String detail = browser.text(By.id("calendar:deadlineDetail"));
      String source = browser.text(By.id("calendar:detail-grade"));
      SourceGrade grade =
          Arrays.stream(SourceGrade.values())
              .filter(g -> source.equals("Source: " + g.label()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no grade's name in " + source));
      assertEquals(grade.meaning(), browser.text(By.id("calendar:detail-grade-meaning")), detail);
      assertTrue(
          browser.driver().findElement(By.id("calendar:detail-grade-meaning")).isDisplayed());
      assertNull(
          browser.driver().findElement(By.id("calendar:detail-grade")).getDomAttribute("title"),
          "the meaning is on the page, not in a hover title");
      for (String code : List.of("PRIMARY", "MIRROR", "SECONDARY", "UNCONFIRMED")) {
        assertFalse(detail.contains(code), code + " in the calendar's deadline: " + detail);
      }
    }
  }

  @Test
  void calendarFilterForHandEnteredDeadlinesHidesTheComputedOne() {
    try (Browser browser = Browser.open()) {
      browser.openAs("deadlines/calendar.xhtml", "attorney");
      By event = By.xpath("//*[contains(@class,'fc-event')][contains(., '" + caseNumber + "')]");
      browser.waitUntil(d -> !d.findElements(event).isEmpty());

      browser.driver().findElement(By.id("calendar:caseNumber")).sendKeys(caseNumber);
      browser.selectOne("calendar:kind", "MANUAL");
      browser.click(By.id("calendar:filter"));

      browser.waitUntil(d -> d.findElements(event).isEmpty());
    }
  }
}
