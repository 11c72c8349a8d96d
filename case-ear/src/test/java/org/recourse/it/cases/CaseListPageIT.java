package org.recourse.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/**
 * The case list has one filter bar, every field of it labelled where a person sees it, and it
 * filters; the columns sort but carry no filters of their own. Case numbers sort as numbers, on the
 * page and in the API.
 */
@ExtendWith(ArquillianExtension.class)
class CaseListPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static JsonObject newCase(String title) {
    return ApiClient.as("attorney")
        .post(
            "cases",
            """
            {"title": "%s", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": {"pseudonym": "List client"}, "jurisdictions": ["US-NY"]}
            """
                .formatted(title))
        .json();
  }

  private static void filterByText(Browser browser, String text) {
    browser.type("cases:text", text);
    browser.click(By.id("cases:filter"));
  }

  private static List<String> numbersShown(Browser browser) {
    return browser.driver().findElements(By.cssSelector("#cases\\:table .rc-case-link")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void theStatusFilterLeavesOnlyCasesOfThatStatusAndEveryFilterHasAVisibleLabel() {
    String marker = "Filtered " + UUID.randomUUID().toString().substring(0, 8);
    JsonObject intake = newCase(marker + " intake");
    JsonObject active = newCase(marker + " active");
    ApiClient attorney = ApiClient.as("attorney");
    String path = "cases/" + active.getJsonNumber("id");
    long version = attorney.get(path).json().getJsonNumber("version").longValue();
    assertEquals(
        200,
        attorney
            .put(
                path,
                """
                {"title": "%s active", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "priority": "NORMAL", "victim": {"pseudonym": "List client"},
                 "jurisdictions": ["US-NY"], "status": "ACTIVE", "version": %d}
                """
                    .formatted(marker, version))
            .status());

    try (Browser browser = Browser.open()) {
      browser.openAs("cases/list.xhtml", "attorney");
      browser.waitUntil(d -> !d.findElements(By.id("cases:filter")).isEmpty());
      for (String label :
          List.of(
              "Number, client or title",
              "Status",
              "Harm",
              "Jurisdiction",
              "Team member (user name)")) {
        WebElement shown =
            browser
                .driver()
                .findElement(
                    By.xpath(
                        "//div[contains(@class, 'rc-filters')]//label[normalize-space(.)='"
                            + label
                            + "']"));
        assertTrue(shown.isDisplayed(), label + " is shown");
        assertTrue(shown.getSize().getWidth() > 10, label + " is not hidden off screen");
      }
      assertTrue(
          browser
              .driver()
              .findElements(By.cssSelector("#cases\\:table .ui-column-filter"))
              .isEmpty(),
          "no column filter competes with the bar");

      filterByText(browser, marker);
      browser.waitUntil(d -> numbersShown(browser).size() == 2);

      browser.selectOne("cases:status", "ACTIVE");
      browser.waitUntil(d -> numbersShown(browser).size() == 1);
      assertEquals(List.of(active.getString("number")), numbersShown(browser));
      String table = browser.text(By.id("cases:table"));
      assertTrue(table.contains("Active"), table);
      assertFalse(table.contains(intake.getString("number")), table);
      assertTrue(table.contains("New York (US-NY)"), "jurisdictions by name: " + table);
      assertFalse(table.contains("NON_CONSENSUAL_SHARING"), "harm in words: " + table);
    }
  }

  /**
   * A filter matching more cases than the list counts (three on the test server, past the page's
   * twenty) says "at least"; paging on to where the count ended says the exact number, and so does
   * a filter matching few.
   */
  @Test
  void theListSaysHowManyCasesMatchAndAtLeastWhereItStoppedCounting() {
    String marker = "Counted" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 22; i++) {
      newCase(marker + " " + (char) ('a' + i));
    }

    try (Browser browser = Browser.open()) {
      browser.openAs("cases/list.xhtml", "attorney");
      filterByText(browser, marker);
      browser.waitUntil(d -> numbersShown(browser).size() == 20);
      By report = By.cssSelector("#cases\\:table .ui-paginator-current");
      browser.waitUntil(d -> browser.text(report).contains("at least"));
      assertEquals("1–20 of at least 21", browser.text(report));

      browser.click(By.cssSelector("#cases\\:table .ui-paginator-next"));
      browser.waitUntil(d -> numbersShown(browser).size() == 2);
      browser.waitUntil(d -> "21–22 of 22".equals(browser.text(report)));

      filterByText(browser, marker + " b");
      browser.waitUntil(d -> numbersShown(browser).size() == 1);
      browser.waitUntil(d -> "1–1 of 1".equals(browser.text(report)));
    }
  }

  @Test
  void caseNumbersSortAsNumbersOnThePageAndInTheApi() throws Exception {
    String marker = "Sorted " + UUID.randomUUID().toString().substring(0, 8);
    JsonObject first = newCase(marker + " one");
    JsonObject second = newCase(marker + " two");
    String prefix =
        first.getString("number").substring(0, first.getString("number").lastIndexOf('-'));
    // Ten thousand intakes are too slow for a test: the two cases are given the numbers such
    // intakes would have handed out, and the order the server stores beside each number (year,
    // then sequence, as one number).
    String lower = prefix + "-99998";
    String higher = prefix + "-100065";
    long year = Long.parseLong(prefix.substring(2));
    try (Connection db = TestEnvironment.database();
        PreparedStatement renumber =
            db.prepareStatement(
                "UPDATE case_file SET case_number = ?, number_order = ? WHERE id = ?")) {
      renumber.setString(1, higher);
      renumber.setLong(2, year * 1_000_000_000L + 100_065);
      renumber.setLong(3, first.getJsonNumber("id").longValue());
      renumber.executeUpdate();
      renumber.setString(1, lower);
      renumber.setLong(2, year * 1_000_000_000L + 99_998);
      renumber.setLong(3, second.getJsonNumber("id").longValue());
      renumber.executeUpdate();
    }

    List<String> ascending =
        ApiClient.as("attorney")
            .get("cases?q=" + marker.replace(' ', '+') + "&sort=NUMBER&ascending=true")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(c -> c.getString("number"))
            .toList();
    assertEquals(List.of(lower, higher), ascending);

    try (Browser browser = Browser.open()) {
      browser.openAs("cases/list.xhtml", "attorney");
      filterByText(browser, marker);
      browser.waitUntil(d -> numbersShown(browser).size() == 2);
      By number = By.xpath("//th[.//span[text()='Number']]");
      browser.click(number);
      // The list's first order (last updated first) shows them ascending too: the second click
      // waits for the first sort's answer, which a click before it would only repeat.
      browser.waitUntil(d -> "ascending".equals(d.findElement(number).getAttribute("aria-sort")));
      browser.waitUntil(d -> numbersShown(browser).equals(List.of(lower, higher)));
      browser.click(number);
      browser.waitUntil(d -> "descending".equals(d.findElement(number).getAttribute("aria-sort")));
      browser.waitUntil(d -> numbersShown(browser).equals(List.of(higher, lower)));
    }
  }
}
