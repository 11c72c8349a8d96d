package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.recourse.evidence.capture.TestSite;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;

/**
 * "Capture before you send" in a real browser: from a removal request's row the page is captured,
 * the progress shows on the Evidence tab, the screenshot appears blurred as a web capture, and its
 * chain of custody says where it was captured from; the capture is linked to the request.
 */
@ExtendWith(ArquillianExtension.class)
class CapturePageIT {

  private static TestSite site;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.http();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void aPageCapturedFromARemovalRequestShowsBlurredWithItsCustody() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = CaptureApiIT.newCase(attorney);
    Reply removal =
        attorney.post(
            "cases/" + caseId + "/removals",
            "{\"url\": \""
                + site.url("/page")
                + "\", \"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}");
    assertEquals(201, removal.status(), removal.body());
    long removalId = removal.json().getJsonNumber("id").longValue();

    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Removals"));
      browser.click(By.cssSelector("button[id$='captureRemovalRow']"));
      browser.waitUntil(d -> browser.visibleText().contains("started"));
      browser.click(By.linkText("Evidence"));
      browser.waitUntil(d -> browser.text(By.id("case:tabs:captureTable")).contains("Done"));
      browser.waitUntil(
          d -> browser.text(By.id("case:tabs:evidenceTable")).contains("screenshot.png"));
      String table = browser.text(By.id("case:tabs:evidenceTable"));
      assertTrue(table.contains("Web capture · " + site.url("/page")), table);
      assertTrue(table.contains("Captured at"), table);
      browser.waitUntil(d -> imageLoaded(browser, "Blurred preview"));

      // The captured page's visible text is searched from the tab; the passage is shown.
      browser.type("case:tabs:captureQuery", "nothing REAL");
      browser.click(By.id("case:tabs:searchCaptures"));
      browser.waitUntil(
          d -> browser.text(By.id("case:tabs:captureMatches")).contains("Nothing real here."));
      assertTrue(
          browser.text(By.id("case:tabs:captureMatches")).contains(site.url("/page")),
          browser.text(By.id("case:tabs:captureMatches")));

      browser.click(
          By.xpath(
              "//tr[.//div[contains(text(), 'screenshot.png')]]"
                  + "//button[.//span[starts-with(text(), 'Custody')]]"));
      browser.waitUntil(
          d -> browser.text(By.id("case:tabs:custodyTable")).contains("Captured by web capture"));
      String custody = browser.text(By.id("case:tabs:custodyTable"));
      assertTrue(custody.contains("Received"), custody);
      assertFalse(custody.contains(site.url("/page")), custody);

      // The capture's items are timestamped like any evidence: the tab says by whom, once the
      // worker has had its answer (the page is opened again until then).
      browser.waitUntil(
          d -> {
            browser.openAs("case/" + caseId, "attorney");
            browser.click(By.linkText("Evidence"));
            return browser
                .text(By.id("case:tabs:evidenceTable"))
                .contains("Timestamped by Recourse development TSA (not independent) at");
          });
    }
    Reply found = attorney.get("cases/" + caseId + "/captures/text?q=synthetic%20TEST");
    assertEquals(200, found.status(), found.body());
    assertTrue(found.body().contains("Synthetic test page"), found.body());
    Reply tooShort = attorney.get("cases/" + caseId + "/captures/text?q=x");
    assertEquals(400, tooShort.status(), tooShort.body());
    assertTrue(tooShort.body().contains("\"q\""), tooShort.body());
    JsonObject linked = attorney.get("removals/" + removalId).json().getJsonObject("request");
    assertTrue(linked.getJsonArray("evidenceIds").size() >= 3, linked.toString());
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
