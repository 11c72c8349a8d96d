package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;

/**
 * A video on the evidence tab in a real browser: uploaded, shown as being analysed, then with its
 * facts in words and a blurred poster and strip, revealed by the attorney, the reveal logged.
 */
@ExtendWith(ArquillianExtension.class)
class VideoEvidencePageIT {

  private static final String BLURRED_POSTER = "Blurred poster frame of the video";
  private static final String REVEALED_POSTER = "Revealed poster frame of the video";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void uploadAVideoSeeItAnalysedWithABlurredPosterAndRevealIt() {
    long caseId =
        ApiClient.as("attorney")
            .post(
                "cases",
                """
                {"title": "Video page case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Video page client"}, "jurisdictions": ["US"]}
                """)
            .json()
            .getJsonNumber("id")
            .longValue();
    Path video = TestVideos.file(Video.SOURCE);
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Evidence"));
      browser.type("evCapturedBy", "attorney");
      WebElement input = browser.driver().findElement(By.id("evFiles"));
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "arguments[0].style.opacity = 1; arguments[0].style.width = 'auto';", input);
      input.sendKeys(video.toAbsolutePath().toString());

      browser.waitUntil(
          d ->
              browser
                  .text(By.id("case:tabs:evidenceTable"))
                  .contains(video.getFileName().toString()));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
          .until(d -> imageLoaded(browser, BLURRED_POSTER));
      String table = browser.text(By.id("case:tabs:evidenceTable"));
      assertTrue(table.contains("Analysed"), table);
      assertTrue(table.contains("MPEG-4 Part 2"), table);
      assertTrue(table.contains("10 frames a second"), table);
      assertTrue(table.contains("320 × 180 pixels"), table);
      assertFalse(table.contains("DONE"), "statuses are shown in words");
      browser.waitUntil(d -> imageLoaded(browser, "Blurred strip of 6 frames from the video"));
      String src =
          browser
              .driver()
              .findElement(By.cssSelector("img[alt='" + BLURRED_POSTER + "']"))
              .getAttribute("src");
      assertFalse(src.contains("reveal"), "the blurred poster is what is sent: " + src);

      browser.click(By.xpath("//button[.//span[text()='Reveal']]"));
      // a word of warning first: what Reveal shows, and that it is recorded
      browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
      browser.waitUntil(d -> imageLoaded(browser, REVEALED_POSTER));
      browser.waitUntil(d -> imageLoaded(browser, "Revealed strip of 6 frames from the video"));
    }
    ApiClient attorney = ApiClient.as("attorney");
    JsonObject item = attorney.get("cases/" + caseId + "/evidence").jsonArray().getJsonObject(0);
    List<String> actions =
        attorney
            .get("evidence/" + item.getString("id") + "/custody")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(entry -> entry.getString("action"))
            .toList();
    assertEquals(List.of("RECEIVED", "VIDEO_ANALYSED"), actions.subList(0, 2));
    assertTrue(actions.contains("PREVIEW_REVEALED"), actions.toString());
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
