package org.recourse.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/**
 * Inviting a case's client to the portal against the test run's real Keycloak: the API creates a
 * user with a neutral name, the realm role {@code client}, a one-time password that must be changed
 * at first login, linked to the case; the password works once and only with the change; a second
 * invitation is refused; disabling closes the user at Keycloak (and re-enabling opens it), each
 * change in the case history without the password. In the browser, the Portal tab invites and shows
 * the password once.
 */
@ExtendWith(ArquillianExtension.class)
class PortalInvitationIT {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(TestEnvironment.SMTP_PORT, "127.0.0.1", "smtp"));

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void theApiInvitesAKeycloakUserThatMustChangeItsPasswordAndDisablesIt() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("Invitation " + tag, "Invitee-" + tag);
    String base = "cases/" + caseId + "/portal/";

    Reply refused = ApiClient.as("caseworker").post(base + "invitation", "");
    assertEquals(404, refused.status(), "not on the team: " + refused.body());

    Reply invited = attorney.post(base + "invitation", "");
    assertEquals(201, invited.status(), invited.body());
    JsonObject invitation = invited.json();
    String username = invitation.getString("username");
    String password = invitation.getString("temporaryPassword");
    assertTrue(username.matches("c-[a-z2-9]{10}"), username);
    assertFalse(username.contains(tag.toLowerCase()), "nothing of the client in the name");
    assertTrue(password.length() >= 20, "a long password");
    assertTrue(invitation.getJsonObject("access").getBoolean("enabled"));
    assertTrue(invitation.getJsonObject("access").getBoolean("invited"));
    assertEquals("attorney", invitation.getJsonObject("access").getString("linkedBy"));

    JsonObject user = keycloakUser(username);
    assertTrue(user.getBoolean("enabled"));
    assertTrue(
        user.getJsonArray("requiredActions").contains(Json.createValue("UPDATE_PASSWORD")),
        user.toString());
    assertTrue(realmRoles(user.getString("id")).contains("client"));
    assertEquals(
        "Account is not fully set up",
        passwordGrantError(username, password),
        "the one-time password is the user's, and must be changed before use");

    Reply again = attorney.post(base + "invitation", "");
    assertEquals(409, again.status(), again.body());
    assertTrue(again.contentType().startsWith("application/problem+json"), again.contentType());

    JsonArray access = attorney.get(base + "access").jsonArray();
    assertEquals(1, access.size());
    assertEquals(username, access.getJsonObject(0).getString("username"));

    Reply noFlag = attorney.put(base + "access/enabled", "{\"username\": \"" + username + "\"}");
    assertEquals(400, noFlag.status(), noFlag.body());
    assertTrue(noFlag.body().contains("enabled"), noFlag.body());

    Reply disabled =
        attorney.put(
            base + "access/enabled", "{\"username\": \"" + username + "\", \"enabled\": false}");
    assertEquals(200, disabled.status(), disabled.body());
    assertFalse(disabled.json().getBoolean("enabled"));
    assertFalse(keycloakUser(username).getBoolean("enabled"), "closed at Keycloak too");
    assertEquals("Account disabled", passwordGrantError(username, password));

    Reply enabled =
        attorney.put(
            base + "access/enabled", "{\"username\": \"" + username + "\", \"enabled\": true}");
    assertEquals(200, enabled.status(), enabled.body());
    assertTrue(keycloakUser(username).getBoolean("enabled"), "open again at Keycloak");

    String history = attorney.get("cases/" + caseId + "/history").body();
    assertTrue(history.contains("Portal access"), history);
    assertTrue(history.contains("disabled"), history);
    assertFalse(history.contains(password), "the password is in no history");
  }

  @Test
  void aMailInvitationHasKeycloakMailTheLinkToASafeAddressOnlyAndNamesTheFieldOtherwise()
      throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Reply created =
        attorney.post(
            "cases",
            "{\"title\": \"Mail invitation "
                + tag
                + "\", \"harmTypes\": [\"NON_CONSENSUAL_SHARING\"], \"victim\": {\"pseudonym\":"
                + " \"Mailed-"
                + tag
                + "\", \"safeByEmail\": true, \"neverContactThrough\": \"old@example.org\"},"
                + " \"jurisdictions\": [\"US\"]}");
    assertEquals(201, created.status(), created.body());
    long caseId = created.json().getJsonNumber("id").longValue();
    String base = "cases/" + caseId + "/portal/invitation/mail";

    Reply unconfirmed = attorney.post(base, "{\"email\": \"safe-" + tag + "@example.org\"}");
    assertEquals(400, unconfirmed.status(), unconfirmed.body());
    assertTrue(unconfirmed.contentType().startsWith("application/problem+json"));
    assertEquals(
        "confirmedSafe",
        unconfirmed.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Reply ruledOut =
        attorney.post(base, "{\"email\": \"old@example.org\", \"confirmedSafe\": true}");
    assertEquals(400, ruledOut.status(), ruledOut.body());
    assertEquals(
        "email", ruledOut.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(0, attorney.get("cases/" + caseId + "/portal/access").jsonArray().size());

    String address = "safe-" + tag + "@example.org";
    Reply invited =
        attorney.post(base, "{\"email\": \"" + address + "\", \"confirmedSafe\": true}");
    assertEquals(201, invited.status(), invited.body());
    String username = invited.json().getString("username");
    assertFalse(
        invited.json().containsKey("temporaryPassword")
            && !invited.json().isNull("temporaryPassword"),
        "no password: " + invited.body());
    assertTrue(MAIL.waitForIncomingEmail(30_000, 1), "Keycloak's e-mail arrived");
    MimeMessage mail =
        java.util.Arrays.stream(MAIL.getReceivedMessages())
            .filter(m -> recipients(m).contains(address))
            .findFirst()
            .orElseThrow();
    // The link to Keycloak's action token (quoted-printable lines joined again).
    String body =
        com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)
            .replace("=\r\n", "")
            .replace("=\n", "");
    assertTrue(body.contains("action-token"), "a link to choose a password");
    JsonObject user = keycloakUser(username);
    assertEquals(address, user.getString("email"));
    assertTrue(
        user.getJsonArray("requiredActions").contains(Json.createValue("UPDATE_PASSWORD")),
        user.toString());
  }

  @Test
  void theInvitedClientsFirstLoginChangesTheOneTimePasswordAtKeycloakThenOpensThePortal() {
    ApiClient attorney = ApiClient.as("attorney");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("First login " + tag, "First-" + tag);
    Reply invited = attorney.post("cases/" + caseId + "/portal/invitation", "");
    assertEquals(201, invited.status(), invited.body());
    String username = invited.json().getString("username");
    String oneTime = invited.json().getString("temporaryPassword");
    String chosen = "Chosen-" + UUID.randomUUID();

    try (Browser browser = Browser.open()) {
      browser.open(TestEnvironment.appUrl() + "portal/index.xhtml");
      assertTrue(browser.isOnKeycloakLogin(), "the portal asks for a login");
      browser.driver().findElement(By.id("username")).sendKeys(username);
      browser.driver().findElement(By.id("password")).sendKeys(oneTime);
      browser.driver().findElement(By.id("kc-login")).click();
      // Keycloak asks for a password of the client's own before anything else.
      browser.waitUntil(d -> !d.findElements(By.id("password-new")).isEmpty());
      browser.driver().findElement(By.id("password-new")).sendKeys(chosen);
      browser.driver().findElement(By.id("password-confirm")).sendKeys(chosen);
      browser.driver().findElement(By.id("password-confirm")).submit();
      browser.waitUntil(d -> d.getCurrentUrl().startsWith(TestEnvironment.appUrl()));
      assertEquals("Getting started", browser.text(By.id("case-status")));
      assertEquals("Secure messages", browser.driver().getTitle());
    }
    assertEquals(200, passwordGrant(username, chosen).statusCode(), "the chosen password opens");
    assertTrue(
        passwordGrant(username, oneTime).statusCode() >= 400,
        "the one-time password no longer opens anything");
    assertTrue(keycloakUser(username).getJsonArray("requiredActions").isEmpty());
  }

  private static String recipients(MimeMessage message) {
    try {
      return java.util.Arrays.toString(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thePortalTabRefusesAnAddressThePlanRulesOutBesideTheField() {
    ApiClient attorney = ApiClient.as("attorney");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("Portal mail tab " + tag, "MailTab-" + tag);

    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Portal"));
      browser.type("case:tabs:portalMailAddress", "someone@example.org");
      browser.click(By.id("case:tabs:portalInviteByMail"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("case:tabs:portalInviteSet"))
                  .getText()
                  .contains("Confirm that the team checked this address is safe"));
      browser.click(By.cssSelector("#case\\:tabs\\:portalMailSafe .ui-chkbox-box"));
      browser.click(By.id("case:tabs:portalInviteByMail"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("case:tabs:portalInviteSet"))
                  .getText()
                  .contains("does not list e-mail as a safe channel"));
      assertEquals(
          0, attorney.get("cases/" + caseId + "/portal/access").jsonArray().size(), "no user");
    }
  }

  @Test
  void thePortalTabInvitesTheClientAndShowsThePasswordOnce() {
    ApiClient attorney = ApiClient.as("attorney");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = attorney.newCase("Portal tab " + tag, "Tab-" + tag);

    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Portal"));
      browser.waitUntil(
          d -> d.findElement(By.id("case:tabs:portalLinks")).getText().contains("no portal"));
      browser.click(By.id("case:tabs:portalInvite"));
      String username = browser.text(By.id("invitationUsername"));
      String password = browser.text(By.id("invitationPassword"));
      assertTrue(username.matches("c-[a-z2-9]{10}"), username);
      assertTrue(password.length() >= 20, password);
      assertTrue(browser.text(By.id("case:tabs:portalLinks")).contains(username));
      assertTrue(browser.text(By.id("case:tabs:portalLinks")).contains("Enabled"));
      assertTrue(keycloakUser(username).getBoolean("enabled"));

      browser.click(By.id("case:tabs:portalForget"));
      browser.waitUntil(d -> d.findElements(By.id("invitationPassword")).isEmpty());
      assertFalse(browser.driver().getPageSource().contains(password));

      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Portal"));
      browser.waitUntil(
          d -> d.findElement(By.id("case:tabs:portalLinks")).getText().contains(username));
      assertFalse(browser.driver().getPageSource().contains(password), "shown once only");
      assertTrue(
          browser.driver().findElements(By.id("case:tabs:portalInvite")).isEmpty(),
          "no second invitation");
    }
  }

  // ---- Keycloak, as the realm's portal-invitation service account sees it ----

  private static JsonObject keycloakUser(String username) {
    JsonArray found =
        json(get(
                "/users?exact=true&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8)))
            .asJsonArray();
    assertEquals(1, found.size(), found.toString());
    return found.getJsonObject(0);
  }

  private static java.util.List<String> realmRoles(String userId) {
    return json(get("/users/" + userId + "/role-mappings/realm")).asJsonArray().stream()
        .map(v -> v.asJsonObject().getString("name"))
        .toList();
  }

  private static String get(String pathUnderRealm) {
    String admin = TestEnvironment.keycloak().baseUrl() + "/admin/realms/recourse" + pathUnderRealm;
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(admin))
                .header("Authorization", "Bearer " + serviceToken())
                .GET()
                .build());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static String serviceToken() {
    HttpResponse<String> response =
        tokenRequest(
            "grant_type=client_credentials&client_id=recourse-portal-admin&client_secret="
                + TestEnvironment.PORTAL_ADMIN_SECRET);
    assertEquals(200, response.statusCode(), response.body());
    return json(response.body()).asJsonObject().getString("access_token");
  }

  /** Keycloak's refusal of a password login through the API scripts' client. */
  private static String passwordGrantError(String username, String password) {
    HttpResponse<String> response = passwordGrant(username, password);
    assertEquals(400, response.statusCode(), response.body());
    return json(response.body()).asJsonObject().getString("error_description");
  }

  private static HttpResponse<String> passwordGrant(String username, String password) {
    return tokenRequest(
        "grant_type=password&client_id=recourse-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> tokenRequest(String form) {
    return send(
        HttpRequest.newBuilder(
                URI.create(
                    TestEnvironment.keycloak().realmUrl() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonValue json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    }
  }
}
