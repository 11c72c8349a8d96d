package org.recourse.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Set;
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
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;

/** The case page and the case list, as the team uses them in a browser. */
@ExtendWith(ArquillianExtension.class)
class CasePageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static JsonObject caseWithCaseworker(String pseudonym) {
    ApiClient attorney = ApiClient.as("attorney");
    JsonObject created =
        attorney.post("cases", CaseApiIT.newCaseJson(pseudonym, "Synthia Pageview")).json();
    attorney.post(
        "cases/" + created.getJsonNumber("id") + "/team",
        "{\"username\":\"caseworker\",\"caseRole\":\"CASEWORKER\"}");
    return created;
  }

  @Test
  void emptyTitleIsRefusedBesideTheFieldAndNothingIsSaved() {
    JsonObject created = caseWithCaseworker("Page client " + UUID.randomUUID());
    long id = created.getJsonNumber("id").longValue();
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + id, "attorney");
      // Collapsed, the box is its legend alone: no empty frame under it that reads as broken.
      WebElement box = browser.driver().findElement(By.id("case:tabs:editSet"));
      WebElement legend = box.findElement(By.tagName("legend"));
      assertEquals("Edit case details", legend.getText().trim());
      assertTrue(
          box.getRect().getHeight() <= legend.getRect().getHeight() + 2
              && "rgba(0, 0, 0, 0)".equals(box.getCssValue("border-top-color")),
          "the collapsed box draws no frame: box "
              + box.getRect().getHeight()
              + " px high, its legend "
              + legend.getRect().getHeight()
              + " px, border "
              + box.getCssValue("border-top-color"));
      browser.click(By.cssSelector("[id='case:tabs:editSet'] legend"));
      WebElement title = browser.driver().findElement(By.id("case:tabs:title"));
      browser.waitUntil(d -> title.isDisplayed());
      assertTrue(
          !"rgba(0, 0, 0, 0)".equals(box.getCssValue("border-top-color")),
          "opened, the box is framed");
      title.clear();
      browser.click(By.id("case:tabs:save"));

      browser.waitUntil(
          d ->
              !d.findElements(By.cssSelector("[id='case:tabs:editSet'] .ui-message-error"))
                  .isEmpty());
      assertTrue(
          browser
              .text(By.cssSelector("[id='case:tabs:editSet'] .ui-message-error"))
              .contains("Title"));
      assertEquals(
          created.getString("title"),
          ApiClient.as("attorney").get("cases/" + id).json().getString("title"));
    }
  }

  /** The attorney's recorded reads of the case's victim identity, from the access log. */
  private static long identityReads(long caseId) {
    return ApiClient.as("admin")
        .get("access-log?size=200&caseId=" + caseId)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(
            row ->
                row.getString("username").equals("attorney")
                    && row.getString("action").equals("VICTIM_IDENTITY_READ"))
        .count();
  }

  @Test
  void theIdentityIsHiddenUntilAskedForAndItsReadRecordedOncePerSession() {
    JsonObject created = caseWithCaseworker("Masked " + UUID.randomUUID());
    long id = created.getJsonNumber("id").longValue();
    long afterCreating = identityReads(id);
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + id, "attorney");
      browser.waitUntil(d -> !d.findElements(By.id("identity-hidden")).isEmpty());
      String page = browser.driver().getPageSource();
      assertFalse(page.contains("Synthia Pageview"), "no legal name anywhere in the page");
      assertEquals(afterCreating, identityReads(id), "a page view reads no identity");

      browser.click(By.id("case:tabs:showIdentity"));
      browser.waitUntil(d -> !d.findElements(By.id("victim-legal-name")).isEmpty());
      assertEquals("Synthia Pageview", browser.text(By.id("victim-legal-name")));
      assertEquals(afterCreating + 1, identityReads(id), "showing it is recorded");
      // the keyboard goes on from what was shown, not from the top of the page
      browser.waitUntil(d -> "identity-shown".equals(browser.focusedId()));

      browser.open(browser.driver().getCurrentUrl());
      browser.waitUntil(d -> !d.findElements(By.id("victim-legal-name")).isEmpty());
      assertEquals(afterCreating + 1, identityReads(id), "once per case and session");

      browser.click(By.linkText("Notes"));
      assertTrue(browser.text(By.id("case:tabs:notesEmpty")).startsWith("No notes yet"));
    }
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + id, "attorney");
      browser.waitUntil(d -> !d.findElements(By.id("identity-hidden")).isEmpty());
      assertTrue(browser.driver().findElements(By.id("victim-legal-name")).isEmpty());
    }
  }

  @Test
  void teamEditsTheSafeContactPlanOnThePage() {
    JsonObject created = caseWithCaseworker("Page client " + UUID.randomUUID());
    long id = created.getJsonNumber("id").longValue();
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + id, "attorney");
      // identity and code word are hidden until asked for
      assertTrue(browser.driver().findElements(By.id("case:tabs:codeWord")).isEmpty());
      browser.click(By.id("case:tabs:showIdentity"));
      browser.waitUntil(d -> !d.findElements(By.id("victim-legal-name")).isEmpty());
      browser.click(By.id("case:tabs:showCodeWord"));
      browser.waitUntil(d -> !d.findElements(By.id("case:tabs:codeWord")).isEmpty());
      browser.waitUntil(d -> "victim-code-word".equals(browser.focusedId()));
      browser.click(By.cssSelector("[id='case:tabs:editSet'] legend"));
      WebElement codeWord = browser.driver().findElement(By.id("case:tabs:codeWord"));
      browser.waitUntil(d -> codeWord.isDisplayed());
      codeWord.clear();
      codeWord.sendKeys("harbour");
      browser.click(By.cssSelector("[id='case:tabs:safeByVoicemail'] .ui-chkbox-box"));
      browser.click(By.id("case:tabs:save"));

      browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Saved"));
      browser.waitUntil(d -> !"body".equals(browser.focusedId()));
      assertTrue(
          Set.of("case:tabs:save", "messages").contains(browser.focusedId()),
          "the keyboard stays on the button or goes to the message: " + browser.focusedId());
      JsonObject safe =
          ApiClient.as("attorney")
              .get("cases/" + id)
              .json()
              .getJsonObject("victim")
              .getJsonObject("safeContact");
      assertEquals("harbour", safe.getString("codeWord"));
      assertTrue(safe.getBoolean("voicemail"));
      assertTrue(safe.getBoolean("text"), "unchanged channels are kept");
    }
  }

  @Test
  void concurrentEditGetsAClearMessageAndKeepsTheOtherChange() {
    JsonObject created = caseWithCaseworker("Page client " + UUID.randomUUID());
    long id = created.getJsonNumber("id").longValue();
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + id, "attorney");
      browser.click(By.cssSelector("[id='case:tabs:editSet'] legend"));
      WebElement title = browser.driver().findElement(By.id("case:tabs:title"));
      browser.waitUntil(d -> title.isDisplayed());

      // someone else saves the case meanwhile, through the API
      long version =
          ApiClient.as("attorney").get("cases/" + id).json().getJsonNumber("version").longValue();
      assertEquals(
          200,
          ApiClient.as("attorney")
              .put("cases/" + id, CaseApiIT.changesJson("Saved elsewhere", version, "ACTIVE"))
              .status());

      title.clear();
      title.sendKeys("Saved in the browser");
      browser.click(By.id("case:tabs:save"));

      browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("was changed by"));
      assertEquals(
          "Saved elsewhere", ApiClient.as("attorney").get("cases/" + id).json().getString("title"));
    }
  }

  @Test
  void privilegedNoteIsShownToTheAttorneyAndHiddenFromTheCaseworker() {
    JsonObject created = caseWithCaseworker("Page client " + UUID.randomUUID());
    long id = created.getJsonNumber("id").longValue();
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + id, "attorney");
      browser.click(By.xpath("//a[text()='Notes']"));
      browser
          .driver()
          .findElement(By.id("case:tabs:noteBody"))
          .sendKeys("Litigation strategy <b>x</b>");
      browser.click(By.cssSelector("[id='case:tabs:notePrivileged'] .ui-chkbox-box"));
      browser.click(By.id("case:tabs:addNote"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("case:tabs:notesList"))
                  .getText()
                  .contains("Litigation strategy"));
      assertTrue(browser.text(By.id("case:tabs:notesList")).contains("<b>x</b>"), "shown escaped");
      assertNotEquals("body", browser.focusedId(), "the keyboard is not sent back to the top");
    }
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + id, "caseworker");
      browser.click(By.xpath("//a[text()='Notes']"));
      browser.driver().findElement(By.id("case:tabs:noteBody")).sendKeys("Called the client");
      browser.click(By.id("case:tabs:addNote"));
      browser.waitUntil(
          d -> d.findElement(By.id("case:tabs:notesList")).getText().contains("Called the client"));
      assertFalse(browser.visibleText().contains("Litigation strategy"));
      assertTrue(browser.driver().findElements(By.id("case:tabs:notePrivileged")).isEmpty());
    }
  }

  @Test
  void anAdvocateJoinsTheTeamAsTheAdvocateUnlessChosenOtherwise() {
    JsonObject created =
        ApiClient.as("attorney")
            .post("cases", CaseApiIT.newCaseJson("Team " + UUID.randomUUID(), "Synthia Team"))
            .json();
    long id = created.getJsonNumber("id").longValue();
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + id, "attorney");
      browser.click(By.linkText("Team"));
      browser.type("case:tabs:memberUsername", "advocate");
      browser.driver().findElement(By.id("case:tabs:memberUsername")).sendKeys(Keys.TAB);
      browser.waitUntil(d -> "Advocate".equals(browser.text(By.id("case:tabs:memberRole_label"))));
      browser.click(By.id("case:tabs:addMember"));
      browser.waitUntil(d -> browser.text(By.id("case:tabs:teamTable")).contains("advocate"));
    }
    JsonObject advocate =
        ApiClient.as("attorney")
            .get("cases/" + id + "/team")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(member -> member.getString("username").equals("advocate"))
            .findFirst()
            .orElseThrow();
    assertEquals("ADVOCATE", advocate.getString("caseRole"));
  }

  @Test
  void caseOfAnotherTeamIsNotFound() {
    JsonObject created = caseWithCaseworker("Page client " + UUID.randomUUID());
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + created.getJsonNumber("id"), "attorney2");

      assertEquals("Not found", browser.text(By.id("page-title")));
      assertFalse(browser.visibleText().contains(created.getString("number")));
    }
  }

  @Test
  void caseListFindsACaseByPseudonymAndOpensIt() {
    String pseudonym = "Listed " + UUID.randomUUID().toString().substring(0, 8);
    JsonObject created = caseWithCaseworker(pseudonym);
    try (Browser browser = Browser.open()) {
      browser.openAs("cases/list.xhtml", "caseworker");
      WebElement search = browser.driver().findElement(By.id("cases:text"));
      search.sendKeys(pseudonym);
      browser.click(By.id("cases:filter"));
      browser.waitUntil(d -> d.findElement(By.id("cases:table")).getText().contains(pseudonym));
      String rows = browser.text(By.id("cases:table"));
      assertTrue(rows.contains(created.getString("number")), rows);

      browser.click(By.linkText(created.getString("number")));
      assertEquals(pseudonym, browser.text(By.id("victim-pseudonym")));
      assertFalse(browser.visibleText().contains("Synthia Pageview"), "hidden until asked for");
      browser.click(By.id("case:tabs:showIdentity"));
      browser.waitUntil(d -> !d.findElements(By.id("victim-legal-name")).isEmpty());
      assertEquals("Synthia Pageview", browser.text(By.id("victim-legal-name")));
    }
  }

  @Test
  void dashboardListsTheUsersOwnCases() {
    String pseudonym = "Dashboard " + UUID.randomUUID().toString().substring(0, 8);
    JsonObject created = caseWithCaseworker(pseudonym);
    try (Browser browser = Browser.open()) {
      browser.openAs("", "caseworker");
      assertTrue(browser.text(By.id("myCasesTable")).contains(created.getString("number")));
    }
  }
}
