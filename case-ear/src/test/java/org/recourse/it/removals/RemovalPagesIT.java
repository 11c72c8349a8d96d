package org.recourse.it.removals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;

/**
 * The removal pages in a real browser: administrators correct platforms and notice templates, every
 * role sees the removal numbers with their chart and CSV, and the dashboard lists content that came
 * back online.
 */
@ExtendWith(ArquillianExtension.class)
class RemovalPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void adminCorrectsAPlatformsNotesAndHostsAndABadHostIsRefusedBesideTheField() {
    ApiClient admin = ApiClient.as("admin");
    JsonObject original = platform(admin, "snapchat");
    String mirror = "mirror-" + System.nanoTime() + ".example";
    String note = "Synthetic note " + System.nanoTime();
    try (Browser browser = Browser.open()) {
      browser.openAs("admin/removals.xhtml", "admin");
      browser.click(By.linkText("Snapchat"));
      browser.waitUntil(
          d -> "Snapchat".equals(value(d.findElement(By.id("platforms:platformName")))));

      browser.type("platforms:platformHosts", "snapchat.com, not a host");
      browser.click(By.id("platforms:savePlatform"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("platforms:platformHostsMessage"))
                  .getText()
                  .contains("not a host"));

      browser.type("platforms:platformHosts", "snapchat.com, " + mirror);
      browser.type("platforms:platformNotes", note);
      browser.click(By.id("platforms:savePlatform"));
      browser.waitUntil(
          d -> d.findElement(By.id("platforms:platformTable")).getText().contains(mirror));
      String row =
          browser.text(
              By.xpath("//tbody[@id='platforms:platformTable_data']/tr[.//a[text()='Snapchat']]"));
      assertTrue(row.contains(note) && row.contains(mirror), row);
      assertTrue(
          browser.driver().findElement(By.id("platforms:platformHostsMessage")).getText().isBlank(),
          "the refusal is gone once the hosts are right");

      JsonObject saved = platform(admin, "snapchat");
      assertEquals(note, saved.getString("notes"));
      assertEquals(List.of("snapchat.com", mirror).stream().sorted().toList(), hosts(saved));
    } finally {
      restore(admin, original);
    }
  }

  @Test
  void aTemplateWithoutTheSignatureIsRefusedBesideTheTextAndNothingIsSaved() {
    ApiClient admin = ApiClient.as("admin");
    String before = admin.get("notice-templates/TAKE_IT_DOWN").json().getString("body");
    try (Browser browser = Browser.open()) {
      browser.openAs("admin/removals.xhtml", "admin");
      browser.selectOne("templates:templateBasis", "DMCA");
      browser.waitUntil(
          d ->
              value(d.findElement(By.id("templates:templateBody")))
                  .contains("{{copyrightedWork}}"));
      browser.selectOne("templates:templateBasis", "TAKE_IT_DOWN");
      browser.waitUntil(
          d -> {
            String body = value(d.findElement(By.id("templates:templateBody")));
            return body.contains("{{signature}}") && !body.contains("{{copyrightedWork}}");
          });

      browser.type(
          "templates:templateBody",
          "Synthetic notice to {{platformName}}: {{contentUrls}} {{contentDescription}}"
              + " {{goodFaithStatement}} {{contactDetails}}");
      browser.click(By.id("templates:saveTemplate"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("templates:templateBodyMessage"))
                  .getText()
                  .contains("{{signature}}"));
    }
    assertEquals(before, admin.get("notice-templates/TAKE_IT_DOWN").json().getString("body"));
  }

  @Test
  void removalNumbersShowTheRemovedFacebookRequestInTableChartAndCsv() throws IOException {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney).getJsonNumber("id").longValue();
    long id = create(attorney, caseId, "https://www.facebook.com/synthetic/posts/77");
    // Not a URL to fetch from a test: the watcher leaves it alone.
    attorney.put("removals/" + id + "/watch", "{\"watched\": false}");
    status(attorney, id, "SUBMITTED", "2026-11-02T10:00:00Z");
    status(attorney, id, "REMOVED", "2026-11-03T10:00:00Z");

    try (Browser browser = Browser.open()) {
      browser.openAs("", "attorney");
      browser.click(By.linkText("Removal numbers"));
      assertEquals("Removal numbers", browser.text(By.id("page-title")));

      browser.retype("stats:statsFrom_input", "2026-11-05");
      browser.retype("stats:statsTo_input", "2026-11-01");
      browser.click(By.id("stats:showStats"));
      browser.waitUntil(
          d -> d.findElement(By.id("stats:statsToMessage")).getText().contains("from date"));

      browser.retype("stats:statsFrom_input", "2026-11-01");
      browser.retype("stats:statsTo_input", "2026-11-05");
      browser.click(By.id("stats:showStats"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("stats:statsTable:statsPeriod"))
                  .getText()
                  .contains("2026-11-01 to 2026-11-05"));
      List<WebElement> facebook =
          browser
              .driver()
              .findElements(
                  By.xpath(
                      "//tbody[@id='stats:statsTable_data']/tr[td[1][contains(., 'Facebook')]]/td"));
      assertFalse(facebook.isEmpty(), browser.text(By.id("stats:statsTable")));
      assertTrue(number(facebook.get(1)) >= 1, "requests");
      assertTrue(number(facebook.get(2)) >= 1, "removed");
      assertFalse(browser.driver().findElements(By.id("stats:statsChart_canvas")).isEmpty());

      browser.click(By.id("stats:statsCsv"));
      Path csv = browser.downloads().resolve("removal-statistics-2026-11-01-to-2026-11-05.csv");
      browser.waitUntil(d -> Files.isRegularFile(csv) && sizeOf(csv) > 0);
      String text = Files.readString(csv, StandardCharsets.UTF_8);
      assertTrue(text.startsWith("platform,requests,removed"), text);
      assertTrue(text.contains("\r\nFacebook,"), text);
      assertTrue(browser.driver().findElements(By.cssSelector(".ui-messages-error")).isEmpty());
      assertFalse(browser.driver().findElement(By.id("errorDialog")).isDisplayed());
    }
  }

  @Test
  void caseworkerIsRefusedThePlatformAdministration() {
    try (Browser browser = Browser.open()) {
      browser.openAs("admin/removals.xhtml", "caseworker");

      assertEquals("Not allowed", browser.text(By.id("page-title")));
      assertTrue(browser.driver().findElements(By.id("platforms:platformTable")).isEmpty());
      assertFalse(browser.visibleText().contains("Exception"), "no stack trace is shown");
    }
  }

  @Test
  void dashboardListsContentBackOnlineByCaseAndPlatformWithoutItsUrl() throws IOException {
    AtomicInteger answer = new AtomicInteger(404);
    HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext(
        "/",
        exchange -> {
          byte[] body = "synthetic page".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(answer.get(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    site.start();
    try {
      String path = "/synthetic-back-" + System.nanoTime();
      String url = "http://127.0.0.1:" + site.getAddress().getPort() + path;
      ApiClient attorney = ApiClient.as("attorney");
      ApiClient admin = ApiClient.as("admin");
      JsonObject created = newCase(attorney);
      long caseId = created.getJsonNumber("id").longValue();
      String caseNumber = created.getString("number");
      long id = create(attorney, caseId, url);
      status(attorney, id, "SUBMITTED", null);
      status(attorney, id, "REMOVED", null);
      admin.post("removals/checks/run", "");
      answer.set(200);
      admin.post("removals/checks/run", "");
      assertEquals(
          "REUPLOADED",
          attorney.get("removals/" + id).json().getJsonObject("request").getString("status"));

      try (Browser browser = Browser.open()) {
        browser.openAs("", "attorney");

        String alerts = browser.text(By.id("reuploadTable"));
        assertTrue(alerts.contains(caseNumber) && alerts.contains("Other host"), alerts);
        assertFalse(
            alerts.contains(path) || browser.driver().getPageSource().contains(path),
            "the URL is not on the dashboard");
        String href =
            browser
                .driver()
                .findElement(By.id("reuploadTable"))
                .findElement(By.linkText(caseNumber))
                .getDomAttribute("href");
        assertTrue(href.endsWith("/case/" + caseId), href);
      }
    } finally {
      site.stop(0);
    }
  }

  private static JsonObject newCase(ApiClient attorney) {
    return attorney
        .post(
            "cases",
            """
            {"title": "Removal pages case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": {"pseudonym": "Pages client"}, "jurisdictions": ["US"]}
            """)
        .json();
  }

  private static long create(ApiClient client, long caseId, String url) {
    Reply reply =
        client.post(
            "cases/" + caseId + "/removals",
            Json.createObjectBuilder()
                .add("url", url)
                .add("contentKind", "IMAGE")
                .add("legalBasis", "TAKE_IT_DOWN")
                .build()
                .toString());
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getJsonNumber("id").longValue();
  }

  private static void status(ApiClient client, long id, String status, String at) {
    var change = Json.createObjectBuilder().add("status", status);
    if (at != null) {
      change.add("at", at);
    }
    Reply reply = client.post("removals/" + id + "/status", change.build().toString());
    assertEquals(200, reply.status(), reply.body());
  }

  private static JsonObject platform(ApiClient client, String code) {
    return client.get("platforms").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> hosts(JsonObject platform) {
    return platform.getJsonArray("hosts").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .sorted()
        .toList();
  }

  /** Puts the platform back as it was, at its current version. */
  private static void restore(ApiClient admin, JsonObject original) {
    JsonObject current = platform(admin, original.getString("code"));
    admin.put(
        "platforms/" + original.getJsonNumber("id"),
        Json.createObjectBuilder()
            .add("name", original.getString("name"))
            .add("formUrl", original.getOrDefault("formUrl", JsonValue.NULL))
            .add("email", original.getOrDefault("email", JsonValue.NULL))
            .add("notes", original.getOrDefault("notes", JsonValue.NULL))
            .add("hosts", original.getJsonArray("hosts"))
            .add("bases", original.getJsonArray("bases"))
            .add("version", current.getJsonNumber("version").longValue())
            .build()
            .toString());
  }

  private static String value(WebElement input) {
    String value = input.getDomProperty("value");
    return value == null ? "" : value;
  }

  private static int number(WebElement cell) {
    return Integer.parseInt(cell.getText().replaceAll("\\D", ""));
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }
}
