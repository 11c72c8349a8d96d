package org.recourse.it.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;

/**
 * The case page speaks in words: a harm, a status, a role, a jurisdiction by its name, an empty
 * list as "none", a moment as a date and time with its zone; never the codes the API uses.
 */
@ExtendWith(ArquillianExtension.class)
class CaseWordsPageIT {

  private static final List<String> CODES =
      List.of(
          "NON_CONSENSUAL_SHARING",
          "LEAD_ATTORNEY",
          "CASEWORKER",
          "RESPONDENT",
          "INTAKE",
          "NORMAL",
          "[US",
          "[]",
          // the law's grades, on the law tab and in each rule's explanation
          "PRIMARY",
          "MIRROR",
          "SECONDARY",
          "UNCONFIRMED",
          // a removal request's status and content, a capture method
          "DRAFT",
          "SUBMITTED",
          "SEARCH_RESULT",
          "RECEIVED_FROM_VICTIM",
          "SCREEN_RECORDING");

  /** An ISO-8601 instant as the API writes it (2026-12-01T19:00:54.490981551Z). */
  private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void everyTabOfTheCasePageShowsWordsNotCodes() {
    ApiClient attorney = ApiClient.as("attorney");
    long id =
        attorney
            .post(
                "cases",
                """
                {"title": "Words not codes", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Worded client"}, "jurisdictions": ["US", "US-NY"]}
                """)
            .json()
            .getJsonNumber("id")
            .longValue();
    String path = "cases/" + id;
    attorney.post(path + "/team", "{\"username\": \"caseworker\", \"caseRole\": \"CASEWORKER\"}");
    attorney.post(path + "/people", "{\"kind\": \"RESPONDENT\", \"name\": \"Rex Respondent\"}");
    long sent =
        attorney
            .post(
                path + "/removals",
                "{\"url\": \"https://www.instagram.com/p/WordsNotCodes"
                    + id
                    + "\","
                    + " \"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    attorney.post("removals/" + sent + "/status", "{\"status\": \"SUBMITTED\"}");
    attorney.post(
        path + "/removals",
        "{\"url\": \"https://www.instagram.com/p/WordsDraft"
            + id
            + "\","
            + " \"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}");

    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + id, "attorney");
      StringBuilder seen = new StringBuilder(browser.text(By.id("page-title")));
      for (String tab :
          List.of(
              "Overview",
              "Deadlines",
              "People",
              "Team",
              "Evidence",
              "Jurisdictions",
              "Law",
              "Portal")) {
        open(browser, tab);
        seen.append('\n').append(tabText(browser));
      }
      open(browser, "Removals");
      browser.waitUntil(d -> tabText(browser).contains("WordsDraft"));
      seen.append('\n').append(tabText(browser));
      // the sent request opened: its status, its moves and its history
      browser.click(By.cssSelector(".rc-open-removal"));
      browser.waitUntil(d -> !d.findElements(By.id("case:tabs:removalPanel")).isEmpty());
      seen.append('\n').append(tabText(browser));
      // the choices of the menus, hidden until opened
      for (String menu :
          List.of("case:tabs:removalNextStatus_input", "case:tabs:removalKind_input", "evMethod")) {
        seen.append('\n')
            .append(browser.driver().findElement(By.id(menu)).getAttribute("textContent"));
      }
      open(browser, "History");
      // every action's field changes, opened as a person would open each toggle
      browser.waitUntil(
          d -> !d.findElements(By.cssSelector("[id='case:tabs:historyTable'] summary")).isEmpty());
      for (org.openqa.selenium.WebElement toggle :
          browser.driver().findElements(By.cssSelector("[id='case:tabs:historyTable'] summary"))) {
        toggle.click();
      }
      browser.waitUntil(d -> tabText(browser).contains("Words not codes"));
      seen.append('\n').append(tabText(browser));

      String text = seen.toString();
      for (String code : CODES) {
        assertFalse(text.contains(code), code + " shown on the case page:\n" + text);
      }
      assertFalse(ISO_INSTANT.matcher(text).find(), "a raw ISO instant on the case page:\n" + text);
      for (String words :
          List.of(
              "Intimate images shared without consent",
              "Intake",
              "Lead attorney",
              "Caseworker",
              "Respondent",
              "(US)",
              "New York (US-NY)",
              "Sent",
              "Draft",
              "Screenshot",
              "none",
              "not recorded",
              " UTC")) {
        assertTrue(text.contains(words), words + " missing from the case page:\n" + text);
      }
    }
  }

  private static void open(Browser browser, String tab) {
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

  /** The text of the case's open tab as a person sees it (hidden tabs have none). */
  private static String tabText(Browser browser) {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.getElementById('case:tabs').innerText;");
  }
}
