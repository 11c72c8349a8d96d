package org.recourse.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * Every staff page, each tab of the case page and each step of the intake wizard, checked with
 * axe-core against WCAG 2.1 A and AA as the role that uses it: none may have a serious or critical
 * violation.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

  private static final Dimension PHONE = new Dimension(390, 844);

  private static final Dimension DESKTOP = new Dimension(1280, 900);

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
    long caseId = caseWithSomethingOnEveryTab(attorney, "Accessible", marker);

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
        if (page[0].equals("dashboard")) {
          screenshotForTheNote(browser, "dashboard");
        }
      }
      // The calendar's deadline dialog, opened from today's event.
      browser.openAs("deadlines/calendar.xhtml", "attorney");
      checkDialog(
          browser,
          found,
          "calendar: deadline",
          By.cssSelector(".fc-event"),
          "calendar:deadlineDialog");
      // The layout's own dialogs, as an expired page, a failed action and the idle warning show
      // them.
      for (String dialog : List.of("expiredDialog", "errorDialog", "idleWarning")) {
        checkShownDialog(browser, found, dialog);
      }

      browser.openAs("case/" + caseId, "attorney");
      waitForTitle(browser);
      screenshotForTheNote(browser, "case-header");
      for (String tab : CASE_TABS) {
        openTab(browser, tab);
        found.put("case tab " + tab, browser.seriousAccessibilityViolations());
      }

      // Every confirmation and dialog of the case page, open.
      openTab(browser, "Overview");
      browser.click(By.id("victimExportOpen"));
      browser.waitUntil(d -> d.findElement(By.id("victimExportButton")).isDisplayed());
      found.put("case: client data export confirmation", browser.seriousAccessibilityViolations());
      openTab(browser, "Deadlines");
      checkConfirmation(
          browser, found, "mark a deadline done", By.cssSelector("button[id$=':done']"));
      checkConfirmation(browser, found, "waive a deadline", By.cssSelector("button[id$=':waive']"));
      openTab(browser, "People");
      checkConfirmation(
          browser,
          found,
          "remove a person",
          By.xpath("//*[@id='case:tabs:peopleTable']//a[normalize-space(.)='Remove']"));
      openTab(browser, "Removals");
      browser.click(By.cssSelector(".rc-open-removal"));
      checkConfirmation(browser, found, "record a notice as sent", By.id("case:tabs:sendNotice"));
      openTab(browser, "Evidence");
      checkConfirmation(
          browser, found, "reveal an image", By.id("case:tabs:evidenceTable:0:reveal"));
      checkDialog(
          browser,
          found,
          "evidence: chain of custody",
          By.id("case:tabs:evidenceTable:0:custody"),
          "case:tabs:custodyDialog");
      checkDialog(
          browser,
          found,
          "evidence: look-alikes",
          By.id("case:tabs:evidenceTable:0:matches"),
          "case:tabs:matchesDialog");
      openTab(browser, "Portal");
      assertEquals(
          200,
          ApiClient.as("admin")
              .put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}")
              .status());
      browser.driver().navigate().refresh();
      waitForTitle(browser);
      openTab(browser, "Portal");
      checkConfirmation(
          browser, found, "disable portal access", By.cssSelector("button[id$=':portalDisable']"));

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
      // The purge dialog, as "Purge…" on a case due for purging opens it (for no case here).
      browser.openAs("admin/retention.xhtml", "admin");
      waitForTitle(browser);
      checkShownDialog(browser, found, "purgeDialog");
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
  void everyPageAndTabFitsAPhoneWithoutSidewaysScrolling() {
    ApiClient attorney = ApiClient.as("attorney");
    String marker = UUID.randomUUID().toString().substring(0, 8);
    long caseId = caseWithSomethingOnEveryTab(attorney, "Phone-sized", marker);
    assertEquals(
        200,
        ApiClient.as("admin")
            .put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}")
            .status());
    List<String> tooWide = new ArrayList<>();
    // axe again at the phone's width, where reflowed tables and wrapped menus are other markup.
    Map<String, List<AxeViolation>> axeOnThePhone = new LinkedHashMap<>();
    try (Browser browser = Browser.open()) {
      browser.driver().manage().window().setSize(PHONE);
      for (String path :
          List.of(
              "index.xhtml",
              "cases/list.xhtml",
              "deadlines/calendar.xhtml",
              "law/compare.xhtml",
              "removals/statistics.xhtml",
              "profile.xhtml",
              "cases/intake.xhtml")) {
        browser.openAs(path, "attorney");
        waitForTitle(browser);
        long innerWidth =
            ((Number)
                    ((JavascriptExecutor) browser.driver())
                        .executeScript("return window.innerWidth;"))
                .longValue();
        assertTrue(innerWidth <= 400, "the window is phone-sized: " + innerWidth);
        measure(browser, path, tooWide);
        axeOnThePhone.put(path + " at 390 px", browser.seriousAccessibilityViolations());
        screenshotForTheNote(browser, "phone-" + path.replace('/', '-').replace(".xhtml", ""));
      }
      // The wizard's later steps, on from its first.
      browser.type("intake:pseudonym", "Phone intake " + marker);
      next(browser, "intake:safeTimes");
      measure(browser, "intake: safe contact", tooWide);
      next(browser, "intake:title");
      measure(browser, "intake: incident", tooWide);
      browser.type("intake:title", "Phone intake " + marker);
      browser.click(By.cssSelector("label[for='intake:harmTypes:0']"));
      next(browser, "intake:conflictPanel");
      measure(browser, "intake: conflict check", tooWide);
      next(browser, "intake:memberUsername");
      measure(browser, "intake: team", tooWide);
      next(browser, "intake:create");
      measure(browser, "intake: create", tooWide);
      browser.openAs("case/" + caseId, "attorney");
      waitForTitle(browser);
      screenshotForTheNote(browser, "phone-case-overview");
      for (String tab : CASE_TABS) {
        openTab(browser, tab);
        measure(browser, "case tab " + tab, tooWide);
        axeOnThePhone.put(
            "case tab " + tab + " at 390 px", browser.seriousAccessibilityViolations());
      }
      // A dialog drawn 900 px wide (the chain of custody) fits the phone's screen.
      openTab(browser, "Evidence");
      browser.click(By.id("case:tabs:evidenceTable:0:custody"));
      browser.waitUntil(d -> d.findElement(By.id("case:tabs:custodyDialog")).isDisplayed());
      screenshotForTheNote(browser, "phone-custody-dialog");
      @SuppressWarnings("unchecked")
      List<Number> sides =
          (List<Number>)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "var r = document.getElementById('case:tabs:custodyDialog')"
                          + ".getBoundingClientRect(); return [r.left, r.right, window.innerWidth];");
      assertTrue(
          sides.get(0).doubleValue() >= 0
              && sides.get(1).doubleValue() <= sides.get(2).doubleValue(),
          "the custody dialog lies within the phone's screen: " + sides);
      browser.click(By.cssSelector("[id='case:tabs:custodyDialog'] .ui-dialog-titlebar-close"));
      browser.waitUntil(d -> !d.findElement(By.id("case:tabs:custodyDialog")).isDisplayed());
      // And at a desktop's width, where a long choice in a menu once outgrew the page too.
      browser.driver().manage().window().setSize(DESKTOP);
      browser.driver().navigate().refresh();
      waitForTitle(browser);
      for (String tab : CASE_TABS) {
        openTab(browser, tab);
        measure(browser, "case tab " + tab + " at 1280 px", tooWide);
      }
    }
    try (Browser browser = Browser.open()) {
      browser.driver().manage().window().setSize(PHONE);
      for (String path :
          List.of(
              "admin/index.xhtml",
              "admin/law.xhtml",
              "admin/removals.xhtml",
              "admin/retention.xhtml",
              "admin/access-log.xhtml")) {
        browser.openAs(path, "admin");
        waitForTitle(browser);
        measure(browser, path, tooWide);
        axeOnThePhone.put(path + " at 390 px", browser.seriousAccessibilityViolations());
      }
      // The platforms table overflowed even a desktop window.
      browser.driver().manage().window().setSize(DESKTOP);
      browser.openAs("admin/removals.xhtml", "admin");
      waitForTitle(browser);
      measure(browser, "admin/removals.xhtml at 1280 px", tooWide);
    }
    try (Browser client = Browser.open()) {
      client.driver().manage().window().setSize(PHONE);
      client.openAs("portal/index.xhtml", "client");
      client.waitUntil(d -> !d.findElements(By.id("case-status")).isEmpty());
      measure(client, "portal/index.xhtml", tooWide);
      axeOnThePhone.put("portal at 390 px", client.seriousAccessibilityViolations());
    }
    assertTrue(
        tooWide.isEmpty(),
        "Pages wider than their window, or hints cut off:\n" + String.join("\n", tooWide));
    assertNoneFound(axeOnThePhone);
  }

  /**
   * Records a page that scrolls sideways (the document wider than the window), naming the outermost
   * elements that stick out past the window's right edge outside any scrolling box.
   */
  private static void measure(Browser browser, String name, List<String> tooWide) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
    long scrollWidth =
        ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
    if (scrollWidth > innerWidth) {
      Object culprits =
          js.executeScript(
              "var w = window.innerWidth, out = [];"
                  + "function clipped(e) { for (var p = e.parentElement; p && p !== document.body;"
                  + "  p = p.parentElement) { var o = getComputedStyle(p).overflowX;"
                  + "  if (o !== 'visible') { return true; } } return false; }"
                  + "document.querySelectorAll('body *').forEach(function (e) {"
                  + "  var r = e.getBoundingClientRect();"
                  + "  if (r.width > 0 && r.right > w + 1 && !clipped(e)) {"
                  + "    var p = e.parentElement.getBoundingClientRect();"
                  + "    if (p.right <= w + 1 || e.parentElement === document.body) {"
                  + "      out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                  + "        + (e.className && e.className.baseVal === undefined"
                  + "          ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')"
                  + "        + ' (' + Math.round(r.left) + '-' + Math.round(r.right) + ')'); } } });"
                  + "return out.slice(0, 6).join(', ');");
      tooWide.add(name + ": " + scrollWidth + " px in a " + innerWidth + " px window; " + culprits);
    }
    // A hint cut off by its field's edge is no hint: each shown placeholder fits its field.
    Object cut =
        js.executeScript(
            "var g = document.createElement('canvas').getContext('2d'), out = [];"
                + "document.querySelectorAll('input[placeholder], textarea[placeholder]')"
                + ".forEach(function (e) {"
                + "  if (!e.placeholder || e.value || e.offsetParent === null) { return; }"
                + "  var s = getComputedStyle(e); g.font = s.font;"
                + "  var room = e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);"
                + "  var need = g.measureText(e.placeholder).width;"
                + "  if (e.tagName === 'INPUT' && need > room + 1) {"
                + "    out.push((e.id || e.name) + ' (' + Math.round(need) + ' px of hint in '"
                + "      + Math.round(room) + ' px)'); } });"
                + "return out.join(', ');");
    if (!String.valueOf(cut).isEmpty()) {
      tooWide.add(name + ": placeholder cut off: " + cut);
    }
  }

  /** Saves a picture of the page for the note, when a folder for them is given. */
  private static void screenshotForTheNote(Browser browser, String name) {
    String folder = System.getProperty("recourse.it.note-screens");
    if (folder == null || folder.isBlank()) {
      return;
    }
    try {
      java.nio.file.Path dir = java.nio.file.Path.of(folder);
      java.nio.file.Files.createDirectories(dir);
      java.nio.file.Files.write(
          dir.resolve(name + ".png"),
          ((org.openqa.selenium.TakesScreenshot) browser.driver())
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void openTab(Browser browser, String tab) {
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
  }

  /**
   * A case with a row on each tab that lists things: a note, a removal request with a long address,
   * a team member, a person with a long handle, an image, and two timed deadlines of today (one
   * ahead, one just past), as the calendar and the dashboard show them.
   */
  private static long caseWithSomethingOnEveryTab(ApiClient attorney, String kind, String marker) {
    long caseId = attorney.newCase(kind + " case " + marker, kind + " client " + marker);
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
                    + "LongPathWithoutAnyBreakToWrapAtOnAPhoneScreenAtAll0123456789\","
                    + " \"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}")
            .status());
    attorney.post(
        "cases/" + caseId + "/team", "{\"username\":\"caseworker\",\"caseRole\":\"CASEWORKER\"}");
    attorney.post(
        "cases/" + caseId + "/people",
        "{\"kind\": \"RESPONDENT\", \"name\": \"Synthetic Person\","
            + " \"handles\": [\"@a_very_long_handle_without_breaks_"
            + marker
            + "_0123456789\"]}");
    assertEquals(
        201,
        attorney
            .multipart(
                "cases/" + caseId + "/evidence",
                Map.of("method", "RECEIVED_FROM_VICTIM", "capturedBy", "Synthetic Client"),
                "photo-with-a-rather-long-file-name-" + marker + ".jpg",
                TestMedia.bytes(Fixture.PHOTO_JPEG))
            .status());
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
    return caseId;
  }

  /** Opens a confirmation from the control that asks for it, checks it, and answers no. */
  private static void checkConfirmation(
      Browser browser, Map<String, List<AxeViolation>> found, String name, By opener) {
    By confirmation = By.cssSelector(".ui-confirm-dialog");
    browser.click(opener);
    browser.waitUntil(d -> d.findElement(confirmation).isDisplayed());
    found.put("confirmation: " + name, browser.seriousAccessibilityViolations());
    browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
    browser.waitUntil(d -> !d.findElement(confirmation).isDisplayed());
  }

  /** Opens a dialog from the control that opens it, checks it, and closes it. */
  private static void checkDialog(
      Browser browser,
      Map<String, List<AxeViolation>> found,
      String name,
      By opener,
      String dialogId) {
    browser.click(opener);
    browser.waitUntil(d -> d.findElement(By.id(dialogId)).isDisplayed());
    found.put("dialog: " + name, browser.seriousAccessibilityViolations());
    browser.click(By.cssSelector("[id='" + dialogId + "'] .ui-dialog-titlebar-close"));
    browser.waitUntil(d -> !d.findElement(By.id(dialogId)).isDisplayed());
  }

  /**
   * Shows a dialog that the page opens from its own scripts (after an ajax failure, an idle
   * timeout, a purge's selection) through its widget, checks it, and hides it again.
   */
  private static void checkShownDialog(
      Browser browser, Map<String, List<AxeViolation>> found, String widget) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript("PF(arguments[0]).show();", widget);
    browser.waitUntil(
        d -> Boolean.TRUE.equals(js.executeScript("return PF(arguments[0]).isVisible();", widget)));
    found.put("dialog: " + widget, browser.seriousAccessibilityViolations());
    js.executeScript("PF(arguments[0]).hide();", widget);
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
