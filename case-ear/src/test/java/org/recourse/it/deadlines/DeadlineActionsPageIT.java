package org.recourse.it.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;

/**
 * Closing a deadline on the case page is confirmed first, in a dialog that names its due date (a
 * title is free text and stays out of the button's script) and that the keyboard can answer, and
 * undone from its row; waiving without a reason is said beside that row's reason field.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineActionsPageIT {

  private static final By DIALOG = By.cssSelector(".ui-confirm-dialog");
  private static final By YES = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes");
  private static final By NO = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  /** A case with no law attached and one deadline entered by hand; returns that deadline's id. */
  private static long caseWithOneDeadline(String title, long[] caseId) {
    ApiClient attorney = ApiClient.as("attorney");
    caseId[0] =
        attorney
            .post(
                "cases",
                """
                {"title": "Deadline actions", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Actions client"}}
                """)
            .json()
            .getJsonNumber("id")
            .longValue();
    return attorney
        .post(
            "cases/" + caseId[0] + "/deadlines",
            "{\"title\": \"" + title + "\", \"dueDate\": \"2029-06-30\"}")
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private static String status(long caseId, long deadlineId) {
    return ApiClient.as("attorney").get("cases/" + caseId + "/deadlines").jsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(d -> d.getJsonNumber("id").longValue() == deadlineId)
        .findFirst()
        .orElseThrow()
        .getString("status");
  }

  private static void openDeadlines(Browser browser, long caseId) {
    browser.openAs("case/" + caseId, "attorney");
    browser.click(By.xpath("//a[text()='Deadlines']"));
  }

  private static boolean dialogShown(Browser browser) {
    return browser.driver().findElements(DIALOG).stream().anyMatch(WebElement::isDisplayed);
  }

  @Test
  void doneAsksFirstNamingTheDeadlineAndCancellingLeavesItOpenThenUndoOpensItAgain() {
    long[] caseId = new long[1];
    long deadline = caseWithOneDeadline("Limitation period for the civil claim", caseId);
    try (Browser browser = Browser.open()) {
      openDeadlines(browser, caseId[0]);

      browser.click(By.id("case:tabs:deadlineTable:0:done"));
      browser.waitUntil(d -> dialogShown(browser));
      String question = browser.text(DIALOG);
      // named by its due date: a title is free text, never put into the button's script
      assertTrue(question.contains("due 2029-06-30"), question);
      browser.waitUntil(
          d ->
              (Boolean)
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "var a = document.activeElement;"
                              + " return !!(a && a.closest('.ui-confirm-dialog'));"));
      assertEquals(
          "Mark done",
          browser.driver().switchTo().activeElement().getText(),
          "the keyboard is taken to the dialog's answer, which says what it does");
      browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
      browser.waitUntil(d -> !dialogShown(browser));
      assertEquals("OPEN", status(caseId[0], deadline), "Escape closes nothing");

      browser.click(By.id("case:tabs:deadlineTable:0:done"));
      browser.waitUntil(d -> dialogShown(browser));
      browser.click(NO);
      browser.waitUntil(d -> !dialogShown(browser));
      assertEquals("OPEN", status(caseId[0], deadline), "No closes nothing");
      assertTrue(browser.driver().findElements(By.id("case:tabs:deadlineTable:0:undo")).isEmpty());

      browser.click(By.id("case:tabs:deadlineTable:0:done"));
      browser.waitUntil(d -> dialogShown(browser));
      browser.click(YES);
      browser.waitUntil(d -> !d.findElements(By.id("case:tabs:deadlineTable:0:undo")).isEmpty());
      assertEquals("DONE", status(caseId[0], deadline));
      assertTrue(browser.text(By.id("messages")).contains("marked done"));

      browser.click(By.id("case:tabs:deadlineTable:0:undo"));
      browser.waitUntil(d -> !d.findElements(By.id("case:tabs:deadlineTable:0:done")).isEmpty());
      assertEquals("OPEN", status(caseId[0], deadline), "Undo opens it again");
    }
  }

  @Test
  void waivingWithoutAReasonIsRefusedBesideThatRowsReasonFieldAndWithOneIsWaived() {
    long[] caseId = new long[1];
    long deadline = caseWithOneDeadline("Hearing on the injunction", caseId);
    try (Browser browser = Browser.open()) {
      openDeadlines(browser, caseId[0]);

      browser.click(By.id("case:tabs:deadlineTable:0:waive"));
      browser.waitUntil(d -> dialogShown(browser));
      assertTrue(browser.text(DIALOG).contains("due 2029-06-30"), browser.text(DIALOG));
      browser.click(YES);
      By beside = By.id("case:tabs:deadlineTable:0:waiveReasonMessage");
      browser.waitUntil(
          d -> !d.findElements(beside).isEmpty() && !d.findElement(beside).getText().isBlank());
      assertTrue(browser.text(beside).contains("reason"), browser.text(beside));
      assertEquals("OPEN", status(caseId[0], deadline));

      browser.type("case:tabs:deadlineTable:0:waiveReason", "Hearing vacated by the court");
      browser.click(By.id("case:tabs:deadlineTable:0:waive"));
      browser.waitUntil(d -> dialogShown(browser));
      browser.click(YES);
      browser.waitUntil(d -> !d.findElements(By.id("case:tabs:deadlineTable:0:undo")).isEmpty());
      assertEquals("WAIVED", status(caseId[0], deadline));
      assertTrue(
          browser.text(By.id("case:tabs:deadlineTable")).contains("Hearing vacated by the court"));
    }
  }
}
