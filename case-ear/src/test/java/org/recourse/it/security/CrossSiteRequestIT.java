package org.recourse.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/**
 * Cross-site request forgery (issue 13): the API takes bearer tokens only, so a browser's session
 * cookie alone opens nothing there; a page on another site that makes a signed-in browser post to
 * the API or to the page servlets plants nothing; the page servlets refuse a request that names
 * another origin even when it carries the session and the form token.
 */
@ExtendWith(ArquillianExtension.class)
class CrossSiteRequestIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Map<String, String> FACTS = Map.of("method", "SCREENSHOT");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static long newCase(ApiClient attorney) {
    Reply created =
        attorney.post(
            "cases",
            """
            {"title": "Cross-site case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": {"pseudonym": "Cross-site client"}, "jurisdictions": ["US"]}
            """);
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  private static int evidenceCount(ApiClient attorney, long caseId) {
    return attorney.get("cases/" + caseId + "/evidence").jsonArray().size();
  }

  private static String sessionOf(Browser browser) {
    return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
  }

  /** The case page's form token, as its upload script and export forms send it. */
  private static String formTokenOf(Browser browser) {
    browser.click(By.linkText("Evidence"));
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-token]")).isEmpty());
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.querySelector('[data-token]').getAttribute('data-token')");
  }

  private static void assertUnauthorizedProblem(Reply reply) {
    assertEquals(401, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
  }

  @Test
  void theApiRefusesASessionCookieWithoutABearerTokenAndDoesNothing() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    Reply stored =
        attorney.multipart(
            "cases/" + caseId + "/evidence",
            FACTS,
            "note.txt",
            "synthetic note".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, stored.status(), stored.body());
    String evidenceId = stored.json().getString("id");
    int custodyBefore = attorney.get("evidence/" + evidenceId + "/custody").jsonArray().size();
    Reply feed = attorney.post("calendar-feed", "");
    assertEquals(200, feed.status(), feed.body());
    String feedUrl = feed.json().getString("url");

    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.waitUntil(d -> d.findElements(By.id("rc-user-name")).size() == 1);
      String session = sessionOf(browser);
      assertEquals(204, keepAlive(session, null), "the cookie is a live session");

      ApiClient cookieOnly = ApiClient.withSessionCookieOnly(session);
      assertUnauthorizedProblem(
          cookieOnly.multipart(
              "cases/" + caseId + "/evidence",
              FACTS,
              "planted.txt",
              "planted".getBytes(StandardCharsets.UTF_8)));
      assertUnauthorizedProblem(
          cookieOnly.send("POST", "cases/" + caseId + "/victim-export", null, null));
      assertUnauthorizedProblem(cookieOnly.post("calendar-feed", ""));
      assertUnauthorizedProblem(
          cookieOnly.send("POST", "evidence/" + evidenceId + "/verify", null, null));
      assertUnauthorizedProblem(cookieOnly.get("cases/" + caseId));
    }

    assertEquals(1, evidenceCount(attorney, caseId), "no evidence was planted");
    assertEquals(
        custodyBefore,
        attorney.get("evidence/" + evidenceId + "/custody").jsonArray().size(),
        "no verification ran");
    assertEquals(feedUrl, attorney.get("calendar-feed").json().getString("url"), "not rotated");
  }

  @Test
  void aFormThatAnotherSiteAutoSubmitsAfterLoginPlantsNothing() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    Reply feed = attorney.post("calendar-feed", "");
    String feedUrl = feed.json().getString("url");
    String app = TestEnvironment.appUrl();
    // Another site: 127.0.0.1 is not the application's host (localhost), so the browser treats
    // its pages as cross-site.
    HttpServer attacker =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    Map<String, String> pages =
        Map.of(
            "/api-evidence",
            form(app + "api/v1/cases/" + caseId + "/evidence", "multipart/form-data", true),
            "/page-evidence",
            form(app + "evidence-files/cases/" + caseId, "multipart/form-data", true),
            "/victim-export",
            form(app + "victim-export/cases/" + caseId, "application/x-www-form-urlencoded", false),
            "/calendar-feed",
            form(app + "api/v1/calendar-feed", "application/x-www-form-urlencoded", false));
    pages.forEach(
        (path, html) ->
            attacker.createContext(
                path,
                exchange -> {
                  byte[] body = html.getBytes(StandardCharsets.UTF_8);
                  exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                  exchange.sendResponseHeaders(200, body.length);
                  exchange.getResponseBody().write(body);
                  exchange.close();
                }));
    attacker.start();
    String attackerOrigin = "http://127.0.0.1:" + attacker.getAddress().getPort();
    try (Browser browser = Browser.open()) {
      // Signed in moments ago: Chromium sends a cookie without SameSite on cross-site top-level
      // posts for two minutes after it was set, so this is the probe's case.
      browser.openAs("case/" + caseId, "attorney");
      browser.waitUntil(d -> d.findElements(By.id("rc-user-name")).size() == 1);
      for (String path :
          List.of("/api-evidence", "/page-evidence", "/victim-export", "/calendar-feed")) {
        browser.open(attackerOrigin + path);
        browser.waitUntil(
            d ->
                !d.getCurrentUrl().startsWith(attackerOrigin)
                    && "complete"
                        .equals(
                            ((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertTrue(
            browser.driver().manage().getCookieNamed("JSESSIONID") != null,
            "the browser is still signed in");
      }
    } finally {
      attacker.stop(0);
    }
    assertEquals(0, evidenceCount(attorney, caseId), "no evidence was planted");
    assertEquals(feedUrl, attorney.get("calendar-feed").json().getString("url"), "not rotated");
  }

  @Test
  void pageServletsRefuseAPostNamingAnotherOriginEvenWithSessionAndToken() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    String app = TestEnvironment.appUrl();
    String ownOrigin = app.substring(0, app.indexOf("/recourse/"));
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      String token = formTokenOf(browser);
      String session = sessionOf(browser);

      for (Map<String, String> foreign :
          List.of(
              Map.of("Origin", "http://127.0.0.1:9"),
              Map.of("Origin", "null"),
              Map.of("Sec-Fetch-Site", "cross-site"),
              Map.of("Sec-Fetch-Site", "same-site", "Origin", "http://localhost:9"))) {
        HttpResponse<String> upload = upload(session, token, caseId, foreign);
        assertEquals(403, upload.statusCode(), foreign + " " + upload.body());
        assertTrue(
            upload
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json"));
        HttpResponse<String> export =
            post(
                session,
                app + "victim-export/cases/" + caseId,
                "application/x-www-form-urlencoded",
                "token=" + token,
                foreign);
        assertEquals(403, export.statusCode(), foreign + " " + export.body());
        assertEquals(403, keepAlive(session, foreign), foreign.toString());
      }
      assertEquals(0, evidenceCount(attorney, caseId), "nothing was stored");

      HttpResponse<String> own =
          upload(
              session, token, caseId, Map.of("Origin", ownOrigin, "Sec-Fetch-Site", "same-origin"));
      assertEquals(201, own.statusCode(), own.body());
      assertEquals(204, keepAlive(session, Map.of("Origin", ownOrigin)));
    }
    assertEquals(1, evidenceCount(attorney, caseId), "the page's own upload went through");
  }

  /** A page that posts a form to {@code action} as soon as it loads. */
  private static String form(String action, String encoding, boolean withFile) {
    return "<!DOCTYPE html><html><body><form id=\"f\" method=\"post\" enctype=\""
        + encoding
        + "\" action=\""
        + action
        + "\">"
        + (withFile ? "<input name=\"file\" value=\"planted\">" : "")
        + "<input name=\"method\" value=\"SCREENSHOT\"><input name=\"token\" value=\"guess\">"
        + "</form><script>document.getElementById('f').submit();</script></body></html>";
  }

  private static HttpResponse<String> upload(
      String session, String token, long caseId, Map<String, String> headers) throws Exception {
    String boundary = "----cross-site-it";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\nSCREENSHOT\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nsynthetic note\r\n--"
            + boundary
            + "--\r\n";
    Map<String, String> all = new java.util.HashMap<>(headers);
    all.put("X-Recourse-Token", token);
    return post(
        session,
        TestEnvironment.appUrl() + "evidence-files/cases/" + caseId,
        "multipart/form-data; boundary=" + boundary,
        body,
        all);
  }

  private static int keepAlive(String session, Map<String, String> headers) throws Exception {
    return post(
            session,
            TestEnvironment.appUrl() + "keep-alive",
            "text/plain",
            "",
            headers == null ? Map.of() : headers)
        .statusCode();
  }

  private static HttpResponse<String> post(
      String session, String url, String contentType, String body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", "JSESSIONID=" + session)
            .header("Accept", "application/json")
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
