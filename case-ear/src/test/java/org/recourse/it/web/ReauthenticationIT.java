package org.recourse.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * Revealing, downloading and exporting evidence need a recent login (the organisation's security
 * policy): the API answers an older token with the RFC 9470 step-up challenge, pages send the
 * person back to Keycloak, which asks for the password because of {@code max_age}.
 */
@ExtendWith(ArquillianExtension.class)
class ReauthenticationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @AfterEach
  void restoreDefaultPolicy() {
    Reply reply = ApiClient.as("admin").put("system/security-policy", policy(900));
    assertEquals(200, reply.status(), reply.body());
  }

  private static String policy(int seconds) {
    return "{\"reauthenticationSeconds\": " + seconds + "}";
  }

  private static long caseWithEvidence(ApiClient attorney) {
    long caseId =
        attorney
            .post(
                "cases",
                """
                {"title": "Step-up case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Step-up client"}, "jurisdictions": ["US"]}
                """)
            .json()
            .getJsonNumber("id")
            .longValue();
    attorney.post(
        "cases/" + caseId + "/team",
        "{\"username\": \"caseworker\", \"caseRole\": \"CASEWORKER\"}");
    Reply added =
        attorney.multipart(
            "cases/" + caseId + "/evidence",
            Map.of("capturedBy", "attorney", "method", "SCREENSHOT"),
            "bridge.jpg",
            TestMedia.bytes(Fixture.PHOTO_JPEG));
    assertEquals(201, added.status(), added.body());
    return caseId;
  }

  @Test
  void onlyAdministratorsChangeThePolicyAndOnlyToASensibleAge() {
    Reply zero = ApiClient.as("admin").put("system/security-policy", policy(0));
    assertEquals(400, zero.status(), zero.body());
    assertTrue(zero.body().contains("reauthenticationSeconds"), zero.body());
    assertEquals(403, ApiClient.as("attorney").put("system/security-policy", policy(60)).status());
    assertEquals(
        900,
        ApiClient.as("admin")
            .get("system/security-policy")
            .json()
            .getInt("reauthenticationSeconds"));
  }

  @Test
  void anOldTokenGetsTheStepUpChallengeAndAFreshOneTheFile() throws Exception {
    ApiClient setup = ApiClient.as("attorney");
    long caseId = caseWithEvidence(setup);
    String id =
        setup.get("cases/" + caseId + "/evidence").jsonArray().getJsonObject(0).getString("id");
    assertEquals(200, ApiClient.as("admin").put("system/security-policy", policy(3)).status());

    ApiClient fresh = ApiClient.as("attorney");
    ApiClient caseworker = ApiClient.as("caseworker");
    ApiClient outsider = ApiClient.as("attorney2");
    assertEquals(200, fresh.getBytes("evidence/" + id + "/content").status());
    Thread.sleep(4_500);

    BinaryReply old = fresh.getBytes("evidence/" + id + "/content");
    assertEquals(401, old.status());
    String challenge = old.header("WWW-Authenticate");
    assertTrue(challenge.contains("error=\"insufficient_user_authentication\""), challenge);
    assertTrue(challenge.contains("max_age=3"), challenge);
    JsonObject problem =
        jakarta.json.Json.createReader(
                new java.io.StringReader(
                    new String(old.body(), java.nio.charset.StandardCharsets.UTF_8)))
            .readObject();
    assertEquals("urn:recourse:problem:reauthentication-required", problem.getString("type"));
    assertEquals(401, fresh.getBytes("evidence/" + id + "/preview?reveal=true").status());
    assertEquals(
        200,
        fresh.getBytes("evidence/" + id + "/preview").status(),
        "the blurred preview needs no recent login");
    assertEquals(
        401,
        fresh
            .postForBytes(
                "cases/" + caseId + "/evidence-export", "{\"evidenceIds\": [\"" + id + "\"]}")
            .status());

    assertEquals(
        401,
        fresh.get("cases/" + caseId + "/captures/text?q=synthetic").status(),
        "searching captured pages' text reveals evidence: it needs a recent login too");

    // Who may not see the file learns nothing new from the challenge.
    assertEquals(404, outsider.getBytes("evidence/" + id + "/content").status());
    assertEquals(403, caseworker.getBytes("evidence/" + id + "/content").status());

    assertEquals(200, ApiClient.as("attorney").getBytes("evidence/" + id + "/content").status());
    assertEquals(
        200,
        ApiClient.as("attorney").get("cases/" + caseId + "/captures/text?q=synthetic").status());
    assertEquals(403, caseworker.get("cases/" + caseId + "/captures/text?q=synthetic").status());
    assertEquals(404, outsider.get("cases/" + caseId + "/captures/text?q=synthetic").status());
  }

  @Test
  void revealingWithAnOldLoginAsksForThePasswordAndThenWorks() throws Exception {
    long caseId = caseWithEvidence(ApiClient.as("attorney"));
    assertEquals(200, ApiClient.as("admin").put("system/security-policy", policy(15)).status());
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Evidence"));
      browser.waitUntil(d -> imageLoaded(browser, "Blurred preview"));
      Thread.sleep(16_000);

      browser.click(By.xpath("//button[.//span[text()='Reveal']]"));
      // a word of warning first: what Reveal shows, and that it is recorded
      browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
      browser.waitUntil(d -> browser.isOnKeycloakLogin());
      assertTrue(
          browser.driver().getCurrentUrl().contains("max_age=15"),
          "Keycloak is asked for a login no older than the policy: "
              + browser.driver().getCurrentUrl());
      browser.loginIfAsked("attorney");

      browser.click(By.linkText("Evidence"));
      browser.click(By.xpath("//button[.//span[text()='Reveal']]"));
      // a word of warning first: what Reveal shows, and that it is recorded
      browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
      browser.waitUntil(d -> imageLoaded(browser, "Revealed preview"));
    }
  }

  private static boolean imageLoaded(Browser browser, String alt) {
    Object loaded =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var img = document.querySelector('img[alt=\\\"' + arguments[0] + '\\\"]');"
                    + " return img != null && img.complete && img.naturalWidth > 0;",
                alt);
    return Boolean.TRUE.equals(loaded);
  }
}
