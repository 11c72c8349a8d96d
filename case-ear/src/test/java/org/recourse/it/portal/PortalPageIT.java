package org.recourse.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/**
 * The portal's page in the browser as the demo client: a neutral title with nothing of the case in
 * it, the status in plain words, and "Leave quickly" ending on the neutral site, signed out here
 * and at Keycloak, with the portal no longer behind Back.
 */
@ExtendWith(ArquillianExtension.class)
class PortalPageIT {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(TestEnvironment.SMTP_PORT, "127.0.0.1", "smtp"));

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void theClientSeesTheStatusUnderANeutralTitleAndLeavesQuickly() {
    ApiClient attorney = ApiClient.as("attorney");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("Portal page " + tag, "Client-" + tag);
    Reply linked =
        ApiClient.as("admin")
            .put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}");
    assertEquals(200, linked.status(), linked.body());
    String number = attorney.get("cases/" + caseId).json().getString("number");
    Reply hearing =
        attorney.post(
            "cases/" + caseId + "/deadlines",
            "{\"title\": \"Court hearing\", \"dueDate\": \"2027-03-12\"}");
    assertEquals(201, hearing.status(), hearing.body());
    Reply shared =
        attorney.put(
            "deadlines/" + hearing.json().getJsonNumber("id") + "/shared-with-client",
            "{\"shared\": true}");
    assertEquals(200, shared.status(), shared.body());

    try (Browser browser = Browser.open()) {
      browser.open(TestEnvironment.appUrl() + "resources/recourse/portal.css");
      browser.openAs("portal/index.xhtml", "client");
      assertEquals("Getting started", browser.text(By.id("case-status")));
      assertEquals("Secure messages", browser.driver().getTitle());
      assertEquals("March 12, 2027: Court hearing", browser.text(By.id("shared-dates")));
      assertEquals(
          "600",
          browser.driver().findElement(By.id("leave-quickly")).getAttribute("data-idle-seconds"),
          "the page leaves on its own after the idle timeout (10 minutes)");
      assertTrue(browser.text(By.id("idle-note")).contains("10 minutes"));
      String page = browser.driver().getPageSource();
      assertFalse(page.contains(tag), "no title or pseudonym of the case");
      assertFalse(page.contains(number), "no case number");
      assertEquals(
          TestEnvironment.appUrl() + "portal/index.xhtml",
          browser.driver().getCurrentUrl(),
          "nothing of the case in the address");

      long before = historyLength(browser);
      browser.click(By.id("leave-quickly"));
      browser.waitUntil(d -> d.getCurrentUrl().equals(TestEnvironment.portalLeaveUrl()));
      assertEquals(before, historyLength(browser), "the portal was replaced, not left behind");

      browser.driver().navigate().back();
      browser.waitUntil(d -> !d.getCurrentUrl().equals(TestEnvironment.portalLeaveUrl()));
      assertFalse(
          browser.driver().getCurrentUrl().contains("/portal"), "Back does not land on the portal");
      assertFalse(
          browser.driver().getPageSource().contains("Getting started"),
          "Back shows nothing of the portal");

      browser.open(TestEnvironment.appUrl() + "portal/index.xhtml");
      assertTrue(browser.isOnKeycloakLogin(), "signed out here and at Keycloak");
    }
  }

  @Test
  void aClientWhoChoseAnAddressIsToldOfTheTeamsMessageWithoutAnythingOfIt() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("Portal notice " + tag, "Noticed-" + tag);
    Reply linked =
        ApiClient.as("admin")
            .put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}");
    assertEquals(200, linked.status(), linked.body());
    String address = "only-me-" + tag + "@example.org";
    ApiClient client = ApiClient.as("client");
    try (Browser browser = Browser.open()) {
      browser.openAs("portal/index.xhtml", "client");
      browser.type("portalNotice:noticeEmail", "not an address");
      browser.click(By.id("portalNotice:saveNotice"));
      assertEquals(
          "Enter an e-mail address such as name@example.org",
          browser.text(By.id("portalNotice:noticeEmailError")));
      browser.type("portalNotice:noticeEmail", address);
      browser.click(By.id("portalNotice:saveNotice"));
      browser.waitUntil(d -> d.findElement(By.id("portal-feedback")).getText().contains("Saved."));
      assertEquals(address, client.get("portal/notifications").json().getString("email"));
    }

    Reply written =
        attorney.post(
            "cases/" + caseId + "/portal/messages",
            "{\"subject\": \"Hearing " + tag + "\", \"body\": \"The court moved it\"}");
    assertEquals(201, written.status(), written.body());
    MimeMessage notice = awaitMailTo(address);
    assertEquals("You have a new message", notice.getSubject());
    String text = com.icegreen.greenmail.util.GreenMailUtil.getBody(notice);
    for (String secret : List.of(tag, "Hearing", "court", "attorney", "Recourse", "http")) {
      assertFalse(text.contains(secret), "the notice shows " + secret + ": " + text);
    }

    Reply stopped = client.put("portal/notifications", "{\"email\": null}");
    assertEquals(200, stopped.status(), stopped.body());
    assertFalse(
        stopped.json().containsKey("email") && !stopped.json().isNull("email"), stopped.body());
    assertFalse(client.get("portal/notifications").body().contains(address), "stopped");
    Reply refused = client.put("portal/notifications", "{\"email\": \"nope\"}");
    assertEquals(400, refused.status(), refused.body());
    assertEquals(
        "email", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  private static MimeMessage awaitMailTo(String address) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage m : MAIL.getReceivedMessages()) {
        if (java.util.Arrays.toString(m.getAllRecipients()).contains(address)) {
          return m;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no mail to the client's address within 30 s");
  }

  @Test
  void aSessionThatEndedDoesNotOpenAgainFromKeycloaksOwnWithoutThePassword() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("Portal idle " + tag, "Client-" + tag);
    Reply linked =
        ApiClient.as("admin")
            .put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}");
    assertEquals(200, linked.status(), linked.body());
    setFreshLoginSeconds("5");
    try (Browser browser = Browser.open()) {
      browser.openAs("portal/index.xhtml", "client");
      assertEquals("Getting started", browser.text(By.id("case-status")));

      // The portal's session ends (as after the idle timeout); Keycloak's own goes on.
      browser.driver().manage().deleteCookieNamed("JSESSIONID");
      Thread.sleep(6000);
      browser.open(TestEnvironment.appUrl() + "portal/index.xhtml");
      assertTrue(browser.isOnKeycloakLogin(), "the password is asked again, not a silent login");
      assertFalse(browser.driver().getPageSource().contains("Getting started"));

      browser.loginIfAsked("client");
      assertEquals("Getting started", browser.text(By.id("case-status")));
    } finally {
      setFreshLoginSeconds(null);
    }
  }

  /** Sets how recent a login must be to start a portal session, or back to its default. */
  private void setFreshLoginSeconds(String seconds) throws Exception {
    ModelNode remove = new ModelNode();
    remove.get("operation").set("remove");
    remove.get("address").add("system-property", "recourse.portal.fresh-login-seconds");
    management.getControllerClient().execute(remove);
    if (seconds != null) {
      ModelNode add = new ModelNode();
      add.get("operation").set("add");
      add.get("address").add("system-property", "recourse.portal.fresh-login-seconds");
      add.get("value").set(seconds);
      ModelNode result = management.getControllerClient().execute(add);
      assertEquals("success", result.get("outcome").asString(), result.toString());
    }
  }

  @Test
  void theClientWritesAndReportsAndTheAttorneyAcceptsAndAnswersWhichTheClientThenReads() {
    ApiClient attorney = ApiClient.as("attorney");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("Portal talk " + tag, "Client-" + tag);
    Reply linked =
        ApiClient.as("admin")
            .put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}");
    assertEquals(200, linked.status(), linked.body());
    String number = attorney.get("cases/" + caseId).json().getString("number");
    String url = "https://www.instagram.com/p/page-" + tag;

    try (Browser client = Browser.open()) {
      client.openAs("portal/index.xhtml", "client");
      client.type("portalReport:reportUrl", "not a web address");
      client.click(By.id("portalReport:sendReport"));
      assertFalse(client.text(By.id("portalReport:reportUrlError")).isBlank());
      client.type("portalReport:reportUrl", url);
      client.type("portalReport:reportNote", "<b>my</b> photo");
      client.click(By.id("portalReport:sendReport"));
      client.waitUntil(d -> client.text(By.id("reports")).contains("Sent to your team"));
      client.type("portalMessages:messageSubject", "Another copy " + tag);
      client.type("portalMessages:messageBody", "<script>x</script> I found it again");
      client.click(By.id("portalMessages:sendMessage"));
      client.waitUntil(d -> client.text(By.id("threads")).contains("Another copy " + tag));
      assertEquals(List.of(), client.seriousAccessibilityViolations());
    }

    try (Browser team = Browser.open()) {
      team.openAs("", "attorney");
      assertTrue(team.text(By.id("unreadMessagesTable")).contains(number), "on the dashboard");
      team.open(TestEnvironment.appUrl() + "case/" + caseId);
      team.click(By.linkText("Removals"));
      team.waitUntil(d -> team.text(By.id("case:tabs:suggestionTable")).contains(url));
      team.click(By.id("case:tabs:suggestionTable:0:acceptSuggestion"));
      team.waitUntil(d -> team.text(By.id("case:tabs:removalTable")).contains(url));
      assertTrue(team.driver().findElements(By.id("case:tabs:suggestionTable")).isEmpty());

      team.click(By.linkText("Portal"));
      team.click(By.id("case:tabs:threadTable:0:openThread"));
      team.waitUntil(
          d -> team.text(By.id("case:tabs:threadPanel")).contains("<script>x</script> I found"));
      team.type("case:tabs:threadAnswer", "We asked Instagram " + tag);
      team.click(By.id("case:tabs:sendThreadAnswer"));
      team.waitUntil(
          d -> team.text(By.id("case:tabs:threadPanel")).contains("We asked Instagram " + tag));
    }

    try (Browser client = Browser.open()) {
      client.openAs("portal/index.xhtml", "client");
      assertTrue(
          client
              .text(By.id("reports"))
              .contains("Your team is asking the platform to take it down"));
      assertTrue(client.text(By.id("threads")).contains("New answer"));
      client.click(By.cssSelector(".rc-portal-thread-open"));
      client.waitUntil(d -> client.text(By.id("threads")).contains("We asked Instagram " + tag));
      String thread = client.text(By.id("threads"));
      assertTrue(thread.contains("Your team"), thread);
      assertTrue(thread.contains("Read by your team"), thread);
      assertFalse(thread.contains("attorney"), "no staff username for the client");
      assertFalse(thread.contains("New answer"), "opened, so read");
    }
    String forTeam = attorney.get("cases/" + caseId + "/portal/messages").body();
    assertTrue(forTeam.contains("\"readByOtherSide\":true"), forTeam);
  }

  @Test
  void escapePressedTwiceLeavesAndAnExpiredSessionLeavesStraightToTheNeutralSite() {
    linkTheDemoClient();
    try (Browser browser = Browser.open()) {
      browser.openAs("portal/index.xhtml", "client");
      long before = historyLength(browser);
      browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
      browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
      browser.waitUntil(d -> d.getCurrentUrl().equals(TestEnvironment.portalLeaveUrl()));
      assertEquals(before, historyLength(browser), "the portal was replaced, not left behind");

      browser.openAs("portal/index.xhtml", "client");
      browser.driver().manage().deleteCookieNamed("JSESSIONID");
      browser.click(By.id("leave-quickly"));
      browser.waitUntil(d -> d.getCurrentUrl().equals(TestEnvironment.portalLeaveUrl()));
      assertFalse(browser.isOnKeycloakLogin(), "no login page that names the application");
    }
  }

  @Test
  void aStaffPageRefusesTheClientWithoutTheirNameOrTheStaffLayoutAndTheHomeIsThePortal() {
    linkTheDemoClient();
    try (Browser browser = Browser.open()) {
      browser.openAs("cases/list.xhtml", "client");
      assertEquals("Not allowed", browser.text(By.id("page-title")));
      String refused = browser.driver().getPageSource();
      assertFalse(refused.contains("Casey Client"), "no name of the client");
      assertFalse(refused.contains("Client"), "no name or role of the client");
      assertFalse(refused.contains("Recourse"), "nothing names the application");
      assertTrue(browser.driver().findElements(By.id("leave-quickly")).size() == 1, refused);

      browser.open(TestEnvironment.appUrl() + "cases/missing.xhtml");
      String missing = browser.driver().getPageSource();
      assertFalse(missing.contains("Client"), "no name or role of the client");
      assertFalse(missing.contains("Recourse"), "nothing names the application");

      browser.open(TestEnvironment.appUrl());
      browser.waitUntil(d -> d.getCurrentUrl().contains("/portal/"));
      assertEquals("Secure messages", browser.text(By.id("page-title")));
    }
  }

  @Test
  void theClientSwitchesToSpanishWhichTheirAccountKeepsAcrossSignIns() {
    long caseId = linkTheDemoClient();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    ApiClient client = ApiClient.as("client");
    Reply reported =
        client.post(
            "portal/cases/" + caseId + "/reports",
            "{\"url\": \"https://www.instagram.com/p/es-" + tag + "\"}");
    assertEquals(201, reported.status(), reported.body());
    Reply started =
        client.post(
            "portal/cases/" + caseId + "/messages",
            "{\"subject\": \"Otra copia " + tag + "\", \"body\": \"La encontré otra vez\"}");
    assertEquals(201, started.status(), started.body());
    long threadId = started.json().getJsonNumber("id").longValue();
    ApiClient attorney = ApiClient.as("attorney");
    String teamThread = "cases/" + caseId + "/portal/messages/" + threadId;
    assertEquals(200, attorney.post(teamThread + "/read", "{}").status());
    Reply answered = attorney.post(teamThread, "{\"body\": \"Ya lo pedimos " + tag + "\"}");
    assertTrue(answered.status() / 100 == 2, answered.body());
    try {
      try (Browser browser = Browser.open()) {
        browser.openAs("portal/index.xhtml", "client");
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.text(By.id("reports")).contains("Sent to your team"));
        browser.click(By.id("language:spanish"));
        browser.waitUntil(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals("Empezando", browser.text(By.id("case-status")));
        assertEquals("Salir rápido", browser.text(By.id("leave-quickly")));
        assertTrue(browser.visibleText().contains("Cómo va su caso"), browser.visibleText());

        String messages = browser.text(By.id("portal-messages"));
        assertTrue(messages.contains("Mensajes con su equipo"), messages);
        assertTrue(messages.contains("Escriba a su equipo"), messages);
        assertTrue(messages.contains("Dónde ha encontrado el contenido"), messages);
        assertTrue(messages.contains("Respuesta nueva"), messages);
        assertEquals(
            "Enviada a su equipo",
            browser.text(By.cssSelector("#reports .rc-portal-report-status")));
        for (String english :
            List.of(
                "Messages with your team",
                "Write to your team",
                "Where you found the content",
                "New answer",
                "Sent to your team",
                "Last message")) {
          assertFalse(messages.contains(english), english + " in Spanish: " + messages);
        }
        assertEquals(
            "Abrir",
            browser
                .driver()
                .findElement(By.cssSelector(".rc-portal-thread-open"))
                .getAttribute("value"));
        browser.click(By.cssSelector(".rc-portal-thread-open"));
        browser.waitUntil(d -> browser.text(By.id("threads")).contains("Ya lo pedimos " + tag));
        String thread = browser.text(By.id("threads"));
        assertTrue(thread.contains("Usted"), thread);
        assertTrue(thread.contains("Su equipo"), thread);
        assertTrue(thread.contains("Leído por su equipo"), thread);
        assertFalse(thread.contains("Read by your team"), thread);
        assertFalse(thread.contains("Your team"), thread);
        assertEquals(List.of(), browser.seriousAccessibilityViolations());

        browser.click(By.id("portalMessages:sendMessage"));
        assertEquals(
            "Escriba un asunto", browser.text(By.id("portalMessages:messageSubjectError")));
        assertEquals("Escriba su mensaje", browser.text(By.id("portalMessages:messageBodyError")));
        browser.type("portalReport:reportUrl", "https://www.instagram.com/p/es-" + tag);
        browser.click(By.id("portalReport:sendReport"));
        assertEquals(
            "Su equipo ya tiene esta dirección web",
            browser.text(By.id("portalReport:reportUrlError")));

        browser.open(TestEnvironment.appUrl() + "cases/list.xhtml");
        assertEquals("Página no disponible", browser.text(By.id("page-title")));
        String refused = browser.visibleText();
        assertTrue(refused.contains("Volver a sus mensajes"), refused);
        assertFalse(refused.contains("Back to your messages"), refused);
      }
      try (Browser again = Browser.open()) {
        again.openAs("portal/index.xhtml", "client");
        assertEquals("Empezando", again.text(By.id("case-status")), "kept with the account");
        assertEquals(
            "Empezando",
            ApiClient.as("client")
                .get("portal/cases")
                .jsonArray()
                .getJsonObject(0)
                .getString("status"),
            "the API speaks the chosen language too");
        again.click(By.id("language:english"));
        again.waitUntil(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals("Getting started", again.text(By.id("case-status")));
      }
    } finally {
      ApiClient.as("client").put("portal/language", "{\"language\": \"en\"}");
    }
  }

  /** Links the demo client to a new case, which it returns. */
  private static long linkTheDemoClient() {
    ApiClient attorney = ApiClient.as("attorney");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("Portal page " + tag, "Client-" + tag);
    Reply linked =
        ApiClient.as("admin")
            .put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}");
    assertEquals(200, linked.status(), linked.body());
    return caseId;
  }

  private static long historyLength(Browser browser) {
    return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return history.length"))
        .longValue();
  }
}
