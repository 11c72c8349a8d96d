package org.recourse.it.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
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
import org.recourse.law.SourceGrade;

/**
 * The administrator corrects a rule on the law library page and sees the change in its history;
 * exports the library and imports a file after its dry run.
 */
@ExtendWith(ArquillianExtension.class)
class LawAdminPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  /** The rule of Sexual Offences Act 2003 s.66B, among England and Wales's statutes. */
  private static JsonObject sexualOffencesRule(ApiClient admin) {
    return admin
        .get("statutes?jurisdiction=GB-EAW")
        .jsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getString("citation").equals("Sexual Offences Act 2003 s.66B"))
        .findFirst()
        .orElseThrow()
        .getJsonArray("rules")
        .getJsonObject(0);
  }

  @Test
  void adminCorrectsAUkRuleRefusedWhenImpossibleAndSeesItsHistory() {
    ApiClient admin = ApiClient.as("admin");
    JsonObject rule = sexualOffencesRule(admin);
    try (Browser browser = Browser.open()) {
      browser.openAs("admin/law.xhtml", "admin");
      browser.click(By.linkText("Sexual Offences Act 2003 s.66B"));
      browser.click(By.linkText(rule.getString("label")));

      setAmount(browser, "-3");
      browser.click(By.id("law:saveRule"));
      browser.waitUntil(
          d -> !d.findElements(By.cssSelector("[id='law:ruleSet'] .ui-message-error")).isEmpty());
      assertTrue(
          browser
              .text(By.cssSelector("[id='law:ruleSet'] .ui-message-error"))
              .contains("must not be negative"));

      setAmount(browser, "7");
      browser.click(By.id("law:saveRule"));
      browser.waitUntil(
          d -> d.findElement(By.id("law:ruleHistory")).getText().contains("amount: 6 → 7"));
      assertTrue(browser.text(By.id("law:ruleHistory")).contains("admin"));
    } finally {
      JsonObject current = sexualOffencesRule(admin);
      admin.put(
          "rules/" + current.getJsonNumber("id"),
          """
          {"label": "%s", "severity": "HIGH", "trigger": "INCIDENT", "amount": 6, "unit": "MONTHS",
           "grade": "SECONDARY", "version": %d}
          """
              .formatted(current.getString("label"), current.getJsonNumber("version").longValue()));
    }
  }

  @Test
  void adminAddsAStatuteAndAnUnconfirmedRuleToAJurisdiction() {
    String citation = "Synthetic Act " + System.nanoTime() + ", s.1";
    try (Browser browser = Browser.open()) {
      browser.openAs("admin/law.xhtml", "admin");
      browser.click(By.linkText("EU"));
      browser.type("law:newCitation", citation);
      browser.type("law:newTitle", "Synthetic statute for a test");
      browser.type("law:newSourceUrl", "not a url");
      browser.click(By.id("law:addStatute"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("law:newStatuteSet"))
                  .getText()
                  .contains("must be an http(s) address"));

      browser.type("law:newSourceUrl", "https://example.org/synthetic-act");
      browser.click(By.id("law:addStatute"));
      browser.waitUntil(d -> d.findElement(By.id("law:statutes")).getText().contains(citation));

      browser.click(By.id("law:newRule"));
      browser.type("law:ruleLabel", "Limitation period (no source yet)");
      // Grades, kinds and periods in words; the menus' choices too.
      StringBuilder shown = new StringBuilder();
      for (String menu : List.of("law:kind_input", "law:ruleGrade_input", "law:ruleUnit_input")) {
        shown
            .append(browser.driver().findElement(By.id(menu)).getAttribute("textContent"))
            .append('\n');
      }
      browser.click(By.id("law:addRule"));
      browser.waitUntil(
          d -> d.findElement(By.id("law:rules")).getText().contains("period not confirmed"));
      shown
          .append(browser.text(By.id("law:statutes")))
          .append('\n')
          .append(browser.text(By.id("law:rules")));
      String text = shown.toString();
      // The grade's name in the menu and the table, and the same words after the rule's period.
      assertTrue(
          text.contains("No source states it") && text.contains("(no source states it)"), text);
      assertTrue(text.contains("Civil remedy") && text.contains("business days"), text);
      for (String code :
          List.of("UNCONFIRMED", "PRIMARY", "MIRROR", "CIVIL_REMEDY", "BUSINESS_DAYS", "HOURS")) {
        assertFalse(text.contains(code), code + " on the law library page: " + text);
      }
      // Each grade named in the tables is described by its meaning, the legend's text.
      List<WebElement> named =
          browser
              .driver()
              .findElements(
                  By.cssSelector(
                      "[id='law:statutes'] [aria-describedby], [id='law:rules'] [aria-describedby]"));
      assertFalse(named.isEmpty(), "no grade described on the law library page");
      for (WebElement name : named) {
        SourceGrade grade =
            Arrays.stream(SourceGrade.values())
                .filter(g -> g.label().equals(name.getText().trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not a grade's name: " + name.getText()));
        WebElement meaning =
            browser.driver().findElement(By.id(name.getDomAttribute("aria-describedby")));
        assertEquals(grade.meaning(), meaning.getText().trim());
        assertTrue(meaning.isDisplayed());
      }
    }
    assertTrue(
        ApiClient.as("caseworker").get("statutes?jurisdiction=EU").body().contains(citation),
        "the statute is in the library");
  }

  @Test
  void adminExportsTheLibraryAndImportsAFileAfterADryRun() throws IOException {
    String citation = "Synthetic Page Import Act " + System.nanoTime() + " s.1";
    // A place of its own, added by the import, so the synthetic statute reaches no other case.
    String place = "QP-" + Long.toString(System.nanoTime() % 46_656, 36).toUpperCase();
    Path file = Files.createTempFile("law-library", ".json");
    Files.writeString(
        file,
        """
        {"format": "recourse-law-library", "version": 1,
         "jurisdictions": [{"code": "%s", "name": "Synthetic page import place",
                            "timeZone": "Europe/London"}],
         "statutes": [{"jurisdiction": "%s", "citation": "%s", "shortTitle": "Synthetic statute",
           "kind": "CRIMINAL", "grade": "MIRROR", "sources": ["https://example.org/synthetic"],
           "rules": [{"label": "Complaint deadline", "severity": "NORMAL", "trigger": "INCIDENT",
                      "amount": 3, "unit": "MONTHS", "grade": "MIRROR"}]}]}
        """
            .formatted(place, place, citation));
    ApiClient caseworker = ApiClient.as("caseworker");
    try (Browser browser = Browser.open()) {
      browser.openAs("admin/law.xhtml", "admin");

      browser.click(By.id("library:export"));
      browser.waitUntil(d -> exported(browser).isPresent());
      String exported = Files.readString(exported(browser).orElseThrow(), StandardCharsets.UTF_8);
      assertTrue(
          exported.contains("\"format\":\"recourse-law-library\""), exported.substring(0, 200));
      assertTrue(exported.contains("Sexual Offences Act 2003 s.66B"));

      browser.driver().findElement(By.id("library:file")).sendKeys(file.toString());
      browser.click(By.id("library:dryRun"));
      browser.waitUntil(d -> !d.findElements(By.id("library:dryRunTable")).isEmpty());
      String table = browser.text(By.id("library:dryRunTable"));
      assertTrue(table.contains("Added") && table.contains(citation), table);
      assertFalse(table.contains("ADDED"), "the outcome in words: " + table);
      assertTrue(browser.text(By.id("dryRunSummary")).contains("3 added"));
      assertFalse(
          caseworker.get("statutes?jurisdiction=" + place).body().contains(citation),
          "a dry run writes nothing");

      browser.click(By.id("library:confirmImport"));
      browser.waitUntil(
          d -> d.findElement(By.id("messages")).getText().contains("Imported: 3 added"));
      assertTrue(browser.text(By.id("law:statutes")).contains(citation));
    } finally {
      Files.deleteIfExists(file);
    }
    assertTrue(caseworker.get("statutes?jurisdiction=" + place).body().contains(citation));
  }

  @Test
  void anUploadIsReadStrictlyAndItsRefusalsShownBesideTheUpload() throws IOException {
    Path file = Files.createTempFile("law-library", ".json");
    // 4294967297 months would wrap to 1 month in a lenient reader.
    Files.writeString(
        file,
        """
        {"format": "recourse-law-library", "version": 1, "jurisdictions": [],
         "statutes": [{"jurisdiction": "QQ", "citation": "Synthetic", "shortTitle": "Synthetic",
           "kind": "CRIMINAL", "grade": "MIRROR", "sources": ["https://example.org/synthetic"],
           "rules": [{"label": "Wrapped", "severity": "NORMAL", "trigger": "INCIDENT",
                      "amount": 4294967297, "unit": "MONTHS", "grade": "MIRROR"}]}]}
        """);
    try (Browser browser = Browser.open()) {
      browser.openAs("admin/law.xhtml", "admin");

      browser.driver().findElement(By.id("library:file")).sendKeys(file.toString());
      browser.click(By.id("library:dryRun"));
      browser.waitUntil(
          d -> d.findElement(By.id("library:fileErrors")).getText().contains("amount"));
      String errors = browser.text(By.id("library:fileErrors"));

      assertTrue(errors.contains("statutes[0].rules[0].amount"), errors);
      assertTrue(browser.driver().findElements(By.id("library:dryRunTable")).isEmpty());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static java.util.Optional<Path> exported(Browser browser) {
    try (Stream<Path> files = Files.list(browser.downloads())) {
      return files
          .filter(
              f -> f.getFileName().toString().matches("law-library-\\d{4}-\\d{2}-\\d{2}\\.json"))
          .filter(f -> f.toFile().length() > 0)
          .findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static void setAmount(Browser browser, String value) {
    browser.waitUntil(d -> !d.findElements(By.id("law:ruleAmount")).isEmpty());
    WebElement amount = browser.driver().findElement(By.id("law:ruleAmount"));
    amount.clear();
    amount.sendKeys(value);
  }
}
