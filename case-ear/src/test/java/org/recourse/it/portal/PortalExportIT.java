package org.recourse.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/**
 * The client's own data export through the portal: the secure messages (the team as "Your team"),
 * the incident log and the reported addresses; their own case only, after a recent login, never
 * cached, under a name that names no one, recorded in the access log; the team's export holds the
 * same conversation with the staff member's username. In the browser, "Download my information"
 * saves the file, and with an old login goes through Keycloak and back to the portal first; a
 * request of the same session without the page's form token (or by GET) is refused and writes
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PortalExportIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(TestEnvironment.SMTP_PORT, "127.0.0.1", "smtp"));

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

  /** A case of the attorney's, the demo client linked to it. */
  private static long clientsCase(String tag) {
    long caseId = ApiClient.as("attorney").newCase("Export " + tag, "Client-" + tag);
    Reply linked =
        ApiClient.as("admin")
            .put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}");
    assertEquals(200, linked.status(), linked.body());
    return caseId;
  }

  @Test
  void theClientDownloadsTheirMessagesIncidentLogAndReportedAddresses() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = clientsCase(tag);
    ApiClient client = ApiClient.as("client");
    ApiClient attorney = ApiClient.as("attorney");
    String mine = "portal/cases/" + caseId;
    Reply incident =
        client.post(
            mine + "/incidents",
            "{\"occurredAt\": \"2026-11-02T21:30:00Z\", \"what\": \"Posted again "
                + tag
                + "\","
                + " \"where\": \"A forum\", \"stillNeeded\": \"Take it down\"}");
    assertEquals(201, incident.status(), incident.body());
    Reply reported =
        client.post(
            mine + "/reports",
            "{\"url\": \"https://forum.example.org/t/" + tag + "\", \"note\": \"my photo\"}");
    assertEquals(201, reported.status(), reported.body());
    Reply started =
        client.post(
            mine + "/messages",
            "{\"subject\": \"Copy " + tag + "\", \"body\": \"I found it " + tag + "\"}");
    assertEquals(201, started.status(), started.body());
    long thread = started.json().getJsonNumber("id").longValue();
    Reply answered =
        attorney.post(
            "cases/" + caseId + "/portal/messages/" + thread,
            "{\"body\": \"We are on it " + tag + "\"}");
    assertEquals(201, answered.status(), answered.body());

    BinaryReply export = client.getBytes(mine + "/export");

    assertEquals(200, export.status(), new String(export.body(), StandardCharsets.UTF_8));
    assertEquals("no-store", export.header("Cache-Control"));
    String disposition = export.header("Content-Disposition");
    assertTrue(disposition.matches("attachment; filename=\"export-[0-9-]+\\.zip\".*"), disposition);
    JsonObject json = victimJson(export.body());
    JsonObject conversation = json.getJsonArray("secureMessages").getJsonObject(0);
    assertEquals("Copy " + tag, conversation.getString("subject"));
    JsonArray messages = conversation.getJsonArray("messages");
    assertEquals("You", messages.getJsonObject(0).getString("from"));
    assertEquals("I found it " + tag, messages.getJsonObject(0).getString("text"));
    assertTrue(messages.getJsonObject(0).containsKey("sentAt"));
    assertEquals("Your team", messages.getJsonObject(1).getString("from"));
    assertEquals("We are on it " + tag, messages.getJsonObject(1).getString("text"));
    JsonObject entry = json.getJsonArray("incidentLog").getJsonObject(0);
    assertEquals("Posted again " + tag, entry.getString("what"));
    assertEquals("2026-11-02T21:30:00Z", entry.getString("occurredAt"));
    assertEquals("A forum", entry.getString("where"));
    assertEquals(
        "https://forum.example.org/t/" + tag,
        json.getJsonArray("reportedAddresses").getJsonObject(0).getString("url"));
    assertEquals("Client-" + tag, json.getJsonObject("victim").getString("pseudonym"));
    assertFalse(json.toString().contains("\"attorney\""), "no staff username: " + json);

    List<JsonObject> logged =
        ApiClient.as("admin")
            .get("access-log?size=50&caseId=" + caseId + "&action=VICTIM_DATA_EXPORTED")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertTrue(
        logged.stream()
            .anyMatch(
                r ->
                    r.getString("username").equals("client")
                        && r.getString("outcome").equals("GRANTED")),
        logged.toString());

    BinaryReply teams = attorney.getBytes("cases/" + caseId + "/victim-export");
    assertEquals(200, teams.status());
    JsonArray forTeam =
        victimJson(teams.body())
            .getJsonArray("secureMessages")
            .getJsonObject(0)
            .getJsonArray("messages");
    assertEquals("The client", forTeam.getJsonObject(0).getString("from"));
    assertEquals("attorney", forTeam.getJsonObject(1).getString("from"), "the team names its own");
  }

  @Test
  void anotherCaseIsNotFoundAndStaffAreRefusedThePortalRoute() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = clientsCase(tag);
    long other = ApiClient.as("attorney2").newCase("Other " + tag, "Other-" + tag);
    ApiClient client = ApiClient.as("client");

    BinaryReply onOther = client.getBytes("portal/cases/" + other + "/export");
    BinaryReply missing = client.getBytes("portal/cases/987654321/export");
    assertEquals(404, onOther.status());
    assertEquals(404, missing.status());
    assertEquals(
        new String(missing.body(), StandardCharsets.UTF_8),
        new String(onOther.body(), StandardCharsets.UTF_8),
        "worded as for a case that does not exist");
    assertEquals(
        403, ApiClient.as("attorney").getBytes("portal/cases/" + caseId + "/export").status());
  }

  @Test
  void anOldLoginGetsTheStepUpChallengeAfterTheAccessCheck() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = clientsCase(tag);
    long other = ApiClient.as("attorney2").newCase("Other " + tag, "Other-" + tag);
    assertEquals(200, ApiClient.as("admin").put("system/security-policy", policy(3)).status());
    ApiClient client = ApiClient.as("client");
    assertEquals(200, client.getBytes("portal/cases/" + caseId + "/export").status());
    Thread.sleep(4_500);

    BinaryReply old = client.getBytes("portal/cases/" + caseId + "/export");

    assertEquals(401, old.status());
    String challenge = old.header("WWW-Authenticate");
    assertTrue(challenge.contains("error=\"insufficient_user_authentication\""), challenge);
    assertTrue(challenge.contains("max_age=3"), challenge);
    JsonObject problem =
        Json.createReader(new StringReader(new String(old.body(), StandardCharsets.UTF_8)))
            .readObject();
    assertEquals("urn:recourse:problem:reauthentication-required", problem.getString("type"));
    assertEquals(
        404,
        client.getBytes("portal/cases/" + other + "/export").status(),
        "another case learns nothing from the challenge");
  }

  @Test
  void theClientDownloadsFromThePortalPageAndSignsInAgainWhenTheLoginIsOld() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = clientsCase(tag);
    Reply incident =
        ApiClient.as("client")
            .post(
                "portal/cases/" + caseId + "/incidents",
                "{\"occurredAt\": \"2026-11-02T21:30:00Z\", \"what\": \"Seen " + tag + "\"}");
    assertEquals(201, incident.status(), incident.body());
    try (Browser browser = Browser.open()) {
      browser.openAs("portal/index.xhtml", "client");
      assertTrue(browser.text(By.id("download-note")).contains("Downloads"));
      browser.click(By.id("download-my-information"));
      browser.waitUntil(d -> zips(browser.downloads()).size() == 1);
      Path zip = zips(browser.downloads()).get(0);
      assertTrue(zip.getFileName().toString().startsWith("export-"), zip.toString());
      browser.waitUntil(d -> complete(zip));
      assertTrue(victimJson(Files.readAllBytes(zip)).toString().contains("Seen " + tag));

      assertEquals(200, ApiClient.as("admin").put("system/security-policy", policy(15)).status());
      Thread.sleep(16_000);
      browser.click(By.id("download-my-information"));
      browser.waitUntil(d -> browser.isOnKeycloakLogin());
      assertTrue(
          browser.driver().getCurrentUrl().contains("max_age=15"),
          browser.driver().getCurrentUrl());
      browser.loginIfAsked("client");
      browser.waitUntil(d -> d.getCurrentUrl().contains("/portal/"));
      browser.click(By.id("download-my-information"));
      browser.waitUntil(d -> zips(browser.downloads()).size() == 2);
    }
  }

  @Test
  void theDownloadWithoutTheSessionsFormTokenIsRefusedAndWritesNothing() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long caseId = clientsCase(tag);
    try (Browser browser = Browser.open()) {
      browser.openAs("portal/index.xhtml", "client");
      String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
      String token =
          browser
              .driver()
              .findElement(By.cssSelector("#portalExport input[name='token']"))
              .getDomProperty("value");
      String export = TestEnvironment.appUrl() + "portal/export";

      for (String form : List.of("", "token=", "token=" + "0".repeat(token.length()))) {
        HttpResponse<byte[]> refused = send(session, "POST", export, form);
        assertEquals(403, refused.statusCode(), "form [" + form + "]");
        assertTrue(
            refused
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json"),
            "form [" + form + "]");
        assertTrue(refused.headers().firstValue("Content-Disposition").isEmpty());
      }
      for (String query : List.of("", "?token=" + token)) {
        HttpResponse<byte[]> read = send(session, "GET", export + query, null);
        assertEquals(405, read.statusCode(), "a GET never downloads, even naming the token");
        assertTrue(read.headers().firstValue("Content-Disposition").isEmpty());
      }
      assertEquals(List.of(), exportsLogged(caseId), "nothing was written");

      HttpResponse<byte[]> own = send(session, "POST", export, "token=" + token);
      assertEquals(200, own.statusCode(), "the same session with its token downloads");
      assertEquals("application/zip", own.headers().firstValue("Content-Type").orElse(""));
    }
    assertEquals(1, exportsLogged(caseId).size(), "only the download with the token");
  }

  private static List<JsonObject> exportsLogged(long caseId) {
    return ApiClient.as("admin")
        .get("access-log?size=50&caseId=" + caseId + "&action=VICTIM_DATA_EXPORTED")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  /** A request as the signed-in browser's session, without the browser's own form. */
  private static HttpResponse<byte[]> send(String session, String method, String url, String form)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session);
    if (form == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonObject victimJson(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    assertEquals(List.of("victim.json"), List.copyOf(entries.keySet()), "no evidence files");
    return Json.createReader(
            new StringReader(new String(entries.get("victim.json"), StandardCharsets.UTF_8)))
        .readObject();
  }

  private static List<Path> zips(Path downloads) {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean complete(Path zip) {
    try {
      victimJson(Files.readAllBytes(zip));
      return true;
    } catch (IOException | AssertionError e) {
      return false;
    }
  }
}
