package org.recourse.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;

/**
 * The intake wizard end to end in a real browser: victim, safe contact, incident, conflict check
 * (which finds the respondent of an earlier case, despite a typo), team, create.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeWizardIT {

  private static String earlierCaseNumber;
  private static String respondent;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @BeforeAll
  static void anEarlierCaseWithARespondent() {
    String unique = UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
    respondent = "Jordan Q" + unique + " Samplewood";
    String json =
        CaseApiIT.newCaseJson("Earlier client", "Synthia Example")
            .replace(
                "\"jurisdictions\"",
                "\"people\": [{\"kind\": \"RESPONDENT\", \"name\": \""
                    + respondent
                    + "\", \"identityKnown\": true}], \"jurisdictions\"");
    JsonObject created = ApiClient.as("attorney").post("cases", json).json();
    earlierCaseNumber = created.getString("number");
  }

  @Test
  void attorneyWalksThroughIntakeSeesTheConflictAndOpensTheCase() {
    try (Browser browser = Browser.open()) {
      browser.openAs("cases/intake.xhtml", "attorney");
      String pseudonym = "Wizard client " + UUID.randomUUID().toString().substring(0, 5);

      browser.type("intake:pseudonym", pseudonym);
      browser.type("intake:legalName", "Synthia Wizard");
      typeTheDateOfBirthByKeyboard(browser);
      next(browser, "intake:safeByText");
      browser.click(By.cssSelector("[id='intake:safeByText'] .ui-chkbox-box"));
      browser.type("intake:codeWord", "lighthouse");
      next(browser, "intake:title");
      browser.type("intake:title", "Deepfake shared in a group chat");
      browser.click(By.cssSelector("label[for='intake:harmTypes:2']"));
      // one letter wrong: the check is tolerant to small typos
      browser.type("intake:respondentName", respondent.replace("Samplewood", "Samplewod"));
      browser.selectOne("intake:livesIn", "US-WA");
      browser.waitUntil(
          d -> d.findElement(By.id("intake:suggestions")).getText().contains("US-WA Washington"));
      browser.selectOne("intake:platformIn", "IE");
      browser.waitUntil(
          d -> d.findElement(By.id("intake:suggestions")).getText().contains("IE Ireland"));
      String suggested = browser.text(By.id("intake:suggestions"));
      assertTrue(
          suggested.contains("its law applies in US-WA (where the client lives)"), suggested);
      assertTrue(
          suggested.contains("its law applies in IE (where the platform is based)"), suggested);
      // A jurisdiction ticked by hand is kept when the suggested ones are added.
      browser.click(By.id("intake:jurisdictions"));
      // The panel opens with an animation: a click during it can miss, so tick until the
      // field shows the choice (looking first, so a late click is never undone by a second one).
      By gbBox =
          By.cssSelector(
              "[id='intake:jurisdictions_panel'] li[data-item-value='GB-EAW'] .ui-chkbox-box");
      browser.waitUntil(
          d -> {
            if (d.findElement(By.id("intake:jurisdictions")).getText().contains("GB-EAW")) {
              return true;
            }
            if (d.findElement(gbBox).isDisplayed()
                && !d.findElement(gbBox).getAttribute("class").contains("ui-state-active")) {
              d.findElement(gbBox).click();
            }
            return false;
          });
      browser.click(
          By.cssSelector("[id='intake:jurisdictions_panel'] .ui-selectcheckboxmenu-close"));
      browser.waitUntil(d -> !d.findElement(By.id("intake:jurisdictions_panel")).isDisplayed());
      browser.click(By.id("intake:addSuggested"));
      browser.waitUntil(d -> d.findElement(By.id("intake:jurisdictions")).getText().contains("EU"));
      assertTrue(browser.text(By.id("intake:jurisdictions")).contains("GB-EAW"));
      next(browser, "intake:conflictPanel");

      assertTrue(
          browser.text(By.id("intake:conflictPanel")).contains(earlierCaseNumber),
          "the conflict names the earlier case: " + browser.text(By.id("intake:conflictPanel")));
      browser.screenshot("intake-conflict");
      browser.click(By.cssSelector("[id='intake:acknowledge'] .ui-chkbox-box"));
      next(browser, "intake:memberUsername");
      // The case role offered first follows the user's own role: the advocate as the advocate.
      browser.type("intake:memberUsername", "advocate");
      browser.driver().findElement(By.id("intake:memberUsername")).sendKeys(Keys.TAB);
      browser.waitUntil(d -> "Advocate".equals(browser.text(By.id("intake:memberRole_label"))));
      browser.click(By.id("intake:addMember"));
      browser.waitUntil(
          d -> d.findElement(By.id("intake:teamTable")).getText().contains("advocate Advocate"));
      browser.type("intake:memberUsername", "caseworker");
      browser.driver().findElement(By.id("intake:memberUsername")).sendKeys(Keys.TAB);
      browser.waitUntil(d -> "Caseworker".equals(browser.text(By.id("intake:memberRole_label"))));
      browser.click(By.id("intake:addMember"));
      browser.waitUntil(
          d -> d.findElement(By.id("intake:teamTable")).getText().contains("caseworker"));
      next(browser, "intake:create");
      browser.click(By.id("intake:create"));

      browser.waitUntil(d -> d.getCurrentUrl().contains("/recourse/case/"));
      String caseId = browser.driver().getCurrentUrl().replaceAll(".*/case/(\\d+).*", "$1");
      assertEquals(
          Set.of("GB-EAW", "US", "US-WA", "IE", "EU"),
          Set.copyOf(
              ApiClient.as("attorney")
                  .get("cases/" + caseId)
                  .json()
                  .getJsonArray("jurisdictions")
                  .getValuesAs(JsonString.class)
                  .stream()
                  .map(JsonString::getString)
                  .toList()),
          "the suggested jurisdictions are the case's");
      String number = browser.text(By.id("case-number"));
      assertTrue(number.matches("R-\\d{4}-\\d{4}"), number);
      assertEquals(pseudonym, browser.text(By.id("victim-pseudonym")));
      browser.click(By.id("case:tabs:showIdentity"));
      browser.waitUntil(d -> !d.findElements(By.id("victim-legal-name")).isEmpty());
      assertEquals("Synthia Wizard", browser.text(By.id("victim-legal-name")));
      assertEquals("1990-01-02", browser.text(By.id("victim-date-of-birth")), "typed whole");
      assertFalse(browser.driver().getTitle().contains("Synthia"), "no legal name in the title");
      browser.screenshot("intake-created");

      browser.click(By.xpath("//a[text()='Team']"));
      assertTrue(browser.text(By.id("case:tabs:teamTable")).contains("caseworker"));
      browser.click(By.xpath("//a[text()='People']"));
      assertTrue(browser.text(By.id("case:tabs:peopleTable")).contains("Samplewod"));
    }
  }

  @Test
  void conflictInACaseOneCannotSeeNamesNoCase() {
    try (Browser browser = Browser.open()) {
      browser.openAs("cases/intake.xhtml", "advocate");
      browser.type("intake:pseudonym", "Another client");
      next(browser, "intake:safeByText");
      next(browser, "intake:title");
      browser.type("intake:title", "Threat to share images");
      browser.click(By.cssSelector("label[for='intake:harmTypes:1']"));
      browser.type("intake:respondentName", respondent);
      next(browser, "intake:conflictPanel");

      String panel = browser.text(By.id("intake:conflictPanel"));
      assertTrue(panel.contains("A possible conflict exists in a case you cannot see"), panel);
      assertFalse(panel.contains(earlierCaseNumber), "the hidden case is not named");

      // going on without confirming is refused
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("messages")).getText().contains("confirm you have checked them"));
      assertTrue(browser.driver().findElement(By.id("intake:conflictPanel")).isDisplayed());
    }
  }

  @Test
  void missingRequiredFieldIsShownBesideIt() {
    try (Browser browser = Browser.open()) {
      browser.openAs("cases/intake.xhtml", "advocate");
      browser.click(By.cssSelector(".ui-wizard-nav-next"));

      browser.waitUntil(d -> !d.findElements(By.cssSelector(".ui-message-error")).isEmpty());
      assertTrue(
          browser
              .driver()
              .findElement(By.cssSelector(".ui-message-error"))
              .getText()
              .contains("Pseudonym"),
          "the message names the field");
    }
  }

  /**
   * Tabs into the date of birth and types it at a person's pace: the focus stays in the field (the
   * calendar opens by its button only) and every character counts.
   */
  private static void typeTheDateOfBirthByKeyboard(Browser browser) {
    WebDriver driver = browser.driver();
    By panel = By.id("intake:dateOfBirth_panel");
    driver.findElement(By.id("intake:legalName")).sendKeys(Keys.TAB);
    browser.waitUntil(d -> "intake:dateOfBirth_input".equals(focused(d)));
    new Actions(driver).pause(400).sendKeys("1990").pause(300).sendKeys("-01-02").perform();
    assertEquals("intake:dateOfBirth_input", focused(driver), "the focus stays in the field");
    assertFalse(driver.findElement(panel).isDisplayed(), "no calendar opens by itself");
    assertEquals(
        "1990-01-02",
        driver.findElement(By.id("intake:dateOfBirth_input")).getDomProperty("value"));
  }

  private static String focused(WebDriver driver) {
    return driver.switchTo().activeElement().getDomAttribute("id");
  }

  /** Goes to the next wizard step and waits until an element of that step shows. */
  private static void next(Browser browser, String idOnNextStep) {
    browser.click(By.cssSelector(".ui-wizard-nav-next"));
    browser.waitUntil(
        d ->
            !d.findElements(By.id(idOnNextStep)).isEmpty()
                && d.findElement(By.id(idOnNextStep)).isDisplayed());
  }
}
