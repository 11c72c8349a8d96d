package org.recourse.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Browser.AxeViolation;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/**
 * Every staff page, each tab of the case page and each step of the intake wizard, checked with
 * axe-core against WCAG 2.1 A and AA as the role that uses it: none may have a serious or critical
 * violation.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

  private static final List<String> CASE_TABS =
      List.of(
          "Overview",
          "Deadlines",
          "People",
          "Notes",
          "Team",
          "Removals",
          "Evidence",
          "Jurisdictions",
          "Law",
          "Portal",
          "History");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void attorneysPagesHaveNoSeriousOrCriticalViolations() {
    ApiClient attorney = ApiClient.as("attorney");
    String marker = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("Accessible case " + marker, "Axe client " + marker);
    assertEquals(
        201,
        attorney
            .post("cases/" + caseId + "/notes", "{\"body\": \"Called the client back\"}")
            .status());
    assertEquals(
        201,
        attorney
            .post(
                "cases/" + caseId + "/removals",
                "{\"url\": \"https://www.instagram.com/p/Axe"
                    + marker
                    + "\", \"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}")
            .status());
    attorney.post(
        "cases/" + caseId + "/team", "{\"username\":\"caseworker\",\"caseRole\":\"CASEWORKER\"}");
    // Timed deadlines of today, one still ahead and one already past, as the calendar shows them
    // (drawn as "dot" events on today's highlighted day).
    java.time.Instant now = java.time.Instant.now();
    java.time.Instant startOfToday = now.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
    java.time.Instant aMinuteAgo = now.minusSeconds(60);
    for (java.time.Instant due :
        List.of(
            startOfToday.plusSeconds(86_340),
            aMinuteAgo.isBefore(startOfToday) ? startOfToday.plusSeconds(86_280) : aMinuteAgo)) {
      assertEquals(
          201,
          attorney
              .post(
                  "cases/" + caseId + "/deadlines",
                  "{\"title\": \"Call the platform\", \"dueAt\": \"" + due + "\"}")
              .status());
    }

    Map<String, List<AxeViolation>> found = new LinkedHashMap<>();
    try (Browser browser = Browser.open()) {
      for (String[] page :
          new String[][] {
            {"dashboard", "index.xhtml"},
            {"cases list", "cases/list.xhtml"},
            {"calendar", "deadlines/calendar.xhtml"},
            {"compare law", "law/compare.xhtml"},
            {"removal numbers", "removals/statistics.xhtml"}
          }) {
        check(browser, found, page[0], page[1], "attorney");
      }

      browser.openAs("case/" + caseId, "attorney");
      waitForTitle(browser);
      for (String tab : CASE_TABS) {
        browser.click(
            By.xpath(
                "//li[contains(@class, 'ui-tabs-header')]/a[starts-with(normalize-space(.), '"
                    + tab
                    + "')]"));
        browser.waitUntil(
            d ->
                d.findElement(By.cssSelector("li.ui-tabs-header.ui-state-active"))
                    .getText()
                    .startsWith(tab));
        found.put("case tab " + tab, browser.seriousAccessibilityViolations());
      }

      browser.openAs("cases/intake.xhtml", "attorney");
      waitForTitle(browser);
      found.put("intake: victim", browser.seriousAccessibilityViolations());
      browser.type("intake:pseudonym", "Axe intake " + marker);
      next(browser, "intake:safeTimes");
      found.put("intake: safe contact", browser.seriousAccessibilityViolations());
      next(browser, "intake:title");
      found.put("intake: incident", browser.seriousAccessibilityViolations());
      browser.type("intake:title", "Accessible intake " + marker);
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitUntil(
          d ->
              d.findElements(By.cssSelector(".ui-message-error")).stream()
                  .anyMatch(e -> e.getText().contains("choose at least one kind of harm")));
      found.put("intake: incident, harm missing", browser.seriousAccessibilityViolations());
      browser.click(By.cssSelector("label[for='intake:harmTypes:0']"));
      next(browser, "intake:conflictPanel");
      found.put("intake: conflict check", browser.seriousAccessibilityViolations());
      next(browser, "intake:memberUsername");
      found.put("intake: team", browser.seriousAccessibilityViolations());
      next(browser, "intake:create");
      found.put("intake: create", browser.seriousAccessibilityViolations());
    }
    assertNoneFound(found);
  }

  @Test
  void administratorsPagesHaveNoSeriousOrCriticalViolations() {
    Map<String, List<AxeViolation>> found = new LinkedHashMap<>();
    try (Browser browser = Browser.open()) {
      for (String[] page :
          new String[][] {
            {"admin index", "admin/index.xhtml"},
            {"law library", "admin/law.xhtml"},
            {"platforms", "admin/removals.xhtml"},
            {"retention", "admin/retention.xhtml"},
            {"access log", "admin/access-log.xhtml"}
          }) {
        check(browser, found, page[0], page[1], "admin");
      }
    }
    assertNoneFound(found);
  }

  @Test
  void skipLinkLeadsToTheContentAndFocusIsVisible() {
    try (Browser browser = Browser.open()) {
      browser.openAs("cases/list.xhtml", "attorney");
      waitForTitle(browser);
      WebDriver driver = browser.driver();
      driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
      WebElement skip = driver.switchTo().activeElement();
      assertEquals(
          "skip-to-content", skip.getAttribute("id"), "the first Tab reaches the skip link");
      assertTrue(skip.isDisplayed());
      assertTrue(skip.getRect().getY() >= 0, "the focused skip link is on screen");
      skip.sendKeys(Keys.ENTER);
      browser.waitUntil(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));

      // The next Tab stops go into the page's own controls, each with the dark focus ring.
      WebElement filter = driver.findElement(By.id("cases:filter"));
      ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", filter);
      browser.waitUntil(
          d -> {
            String ring = filter.getCssValue("box-shadow");
            return ring.contains("rgb(11, 61, 145)") && ring.contains("rgb(255, 255, 255)");
          });

      // A secondary (grey) button and a date field's calendar button show the same ring, not the
      // theme's pale one.
      browser.open(TestEnvironment.appUrl() + "removals/statistics.xhtml");
      for (By control :
          new By[] {
            By.id("stats:statsCsv"), By.cssSelector("[id='stats:statsFrom'] .ui-datepicker-trigger")
          }) {
        browser.waitUntil(d -> !d.findElements(control).isEmpty());
        WebElement button = driver.findElement(control);
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", button);
        browser.waitUntil(
            d -> {
              String ring = button.getCssValue("box-shadow") + " " + button.getCssValue("outline");
              return ring.contains("rgb(11, 61, 145)") && !ring.contains("166");
            });
      }
    }
  }

  @Test
  void dashboardIntakeAndCasePageFitAPhoneWithoutSidewaysScrolling() {
    ApiClient attorney = ApiClient.as("attorney");
    String marker = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("Phone-sized case " + marker, "Phone client " + marker);
    try (Browser browser = Browser.open()) {
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      for (String path : List.of("index.xhtml", "cases/intake.xhtml", "case/" + caseId)) {
        browser.openAs(path, "attorney");
        waitForTitle(browser);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long innerWidth = (Long) js.executeScript("return window.innerWidth;");
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(innerWidth <= 400, "the window is phone-sized: " + innerWidth);
        assertTrue(
            scrollWidth <= innerWidth,
            path + " is " + scrollWidth + " px wide in a " + innerWidth + " px window");
      }
    }
  }

  private static void check(
      Browser browser,
      Map<String, List<AxeViolation>> found,
      String name,
      String path,
      String user) {
    browser.openAs(path, user);
    waitForTitle(browser);
    found.put(name, browser.seriousAccessibilityViolations());
  }

  private static void waitForTitle(Browser browser) {
    browser.waitUntil(d -> !d.findElements(By.id("page-title")).isEmpty());
  }

  private static void next(Browser browser, String idOnNextStep) {
    browser.click(By.cssSelector(".ui-wizard-nav-next"));
    browser.waitUntil(
        d ->
            !d.findElements(By.id(idOnNextStep)).isEmpty()
                && d.findElement(By.id(idOnNextStep)).isDisplayed());
  }

  private static void assertNoneFound(Map<String, List<AxeViolation>> found) {
    found.forEach(
        (page, violations) ->
            System.out.println(
                "[axe] " + page + ": " + violations.size() + " serious or critical violation(s)"));
    String report =
        found.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(
                e ->
                    e.getKey()
                        + ":\n  "
                        + e.getValue().stream()
                            .map(AxeViolation::toString)
                            .collect(Collectors.joining("\n  ")))
            .collect(Collectors.joining("\n"));
    assertTrue(report.isEmpty(), "axe-core (WCAG 2.1 A/AA) found:\n" + report);
  }
}
