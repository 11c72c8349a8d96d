package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.evidence.video.VideoFrame;
import org.recourse.evidence.video.VideoLimits;
import org.recourse.evidence.video.VideoReader;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;

/**
 * Look-alikes across a video and a screenshot of it on the evidence tab in a real browser: both
 * uploaded through the page, the video analysed, then the screenshot's look-alikes name the video
 * and where in it the screenshot was taken, and the video's look-alikes name the screenshot.
 *
 * <p>The server hashes one frame of a stored video per second (its default frame interval), so the
 * time the page gives is that of the sampled frame nearest the screenshot, in whole seconds: it may
 * lie up to one interval from the moment the screenshot was taken. The screenshot is taken at a
 * sampled second: this test video's scenes pan fast enough in PDQ's eyes that a frame a tenth of a
 * second after a sampled one is already more than 31 bits from it.
 */
@ExtendWith(ArquillianExtension.class)
class VideoLookAlikesPageIT {

  /** The server's default {@code recourse.video.frame-interval-seconds}. */
  private static final double SAMPLING_INTERVAL_SECONDS = 1.0;

  /** Where in the video the screenshot is taken: inside its third scene, not its start. */
  private static final double SCREENSHOT_AT_SECONDS = 2.0;

  private static final String SCREENSHOT = "screenshot-of-video.png";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void aScreenshotFindsItsVideoWithTheTimeAndTheVideoFindsTheScreenshot() throws IOException {
    long caseId =
        ApiClient.as("attorney")
            .post(
                "cases",
                """
                {"title": "Video look-alikes case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Look-alikes client"}, "jurisdictions": ["US"]}
                """)
            .json()
            .getJsonNumber("id")
            .longValue();
    Path video = TestVideos.file(Video.SOURCE);
    String videoName = video.getFileName().toString();
    VideoFrame frame = frameAtOrAfter(video, SCREENSHOT_AT_SECONDS);
    Path screenshot = TestMedia.file(SCREENSHOT, png(frame));

    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Evidence"));
      browser.type("evCapturedBy", "attorney");
      chooseFile(browser, video);
      browser.waitUntil(d -> browser.text(By.id("case:tabs:evidenceTable")).contains(videoName));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> evidenceRow(browser, videoName).getText().contains("Analysed"));

      chooseFile(browser, screenshot);
      browser.waitUntil(d -> browser.text(By.id("case:tabs:evidenceTable")).contains(SCREENSHOT));

      openLookAlikes(browser, SCREENSHOT);
      browser.waitUntil(d -> !matchRows(browser, caseId, videoName).isEmpty());
      List<WebElement> videoRows = matchRows(browser, caseId, videoName);
      assertEquals(1, videoRows.size(), "the video is listed once: " + matchesText(browser));
      List<String> found = cells(videoRows.get(0));
      assertEquals("Video", found.get(2), found.toString());
      assertTrue(Integer.parseInt(found.get(3)) <= 31, "within 31 bits: " + found);
      String inVideo = "matches " + videoName + " at ";
      assertTrue(found.get(4).startsWith(inVideo), found.toString());
      assertNearTheScreenshot(frame, found.get(4).substring(inVideo.length()), found);
      closeLookAlikes(browser);

      openLookAlikes(browser, videoName);
      browser.waitUntil(d -> !matchRows(browser, caseId, SCREENSHOT).isEmpty());
      List<WebElement> screenshotRows = matchRows(browser, caseId, SCREENSHOT);
      assertEquals(
          1, screenshotRows.size(), "the screenshot is listed once: " + matchesText(browser));
      List<String> still = cells(screenshotRows.get(0));
      assertEquals("Image", still.get(2), still.toString());
      String inQuery = "matches the query at ";
      assertTrue(still.get(4).startsWith(inQuery), still.toString());
      assertNearTheScreenshot(frame, still.get(4).substring(inQuery.length()), still);
    }
  }

  /** The shown time, whole seconds, is the screenshot's or one sampling interval from it. */
  private static void assertNearTheScreenshot(VideoFrame frame, String shown, List<String> row) {
    double seconds = seconds(shown);
    assertTrue(
        Math.abs(seconds - frame.timestampSeconds()) <= SAMPLING_INTERVAL_SECONDS,
        "shown at "
            + shown
            + ", the screenshot was taken at "
            + frame.timestampSeconds()
            + " s: "
            + row);
  }

  /** "0:02" or "1:02:03" in seconds. */
  private static double seconds(String time) {
    assertTrue(time.matches("(\\d+:)?\\d+:\\d{2}"), "a time as m:ss or h:mm:ss: " + time);
    long seconds = 0;
    for (String part : time.split(":")) {
      seconds = seconds * 60 + Long.parseLong(part);
    }
    return seconds;
  }

  private static void chooseFile(Browser browser, Path file) {
    WebElement input = browser.driver().findElement(By.id("evFiles"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].style.opacity = 1; arguments[0].style.width = 'auto';", input);
    input.sendKeys(file.toAbsolutePath().toString());
  }

  private static WebElement evidenceRow(Browser browser, String fileName) {
    return browser.driver().findElement(By.xpath(evidenceRow(fileName)));
  }

  private static String evidenceRow(String fileName) {
    return "//tbody[@id='case:tabs:evidenceTable_data']/tr[.//div[contains(@class, 'rc-ev-name')"
        + " and normalize-space(text())='"
        + fileName
        + "']]";
  }

  private static void openLookAlikes(Browser browser, String fileName) {
    browser.click(By.xpath(evidenceRow(fileName) + "//button[.//span[text()='Look-alikes']]"));
    browser.waitUntil(d -> d.findElement(By.id("case:tabs:matchesDialog")).isDisplayed());
  }

  private static void closeLookAlikes(Browser browser) {
    browser.click(By.cssSelector("[id='case:tabs:matchesDialog'] .ui-dialog-titlebar-close"));
    browser.waitUntil(d -> !d.findElement(By.id("case:tabs:matchesDialog")).isDisplayed());
  }

  /** The look-alike rows of a file in this case (other tests' cases may hold the same file). */
  private static List<WebElement> matchRows(Browser browser, long caseId, String fileName) {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='case:tabs:matchesTable_data'] > tr"))
        .stream()
        .filter(
            row ->
                row.findElements(By.tagName("a")).stream()
                    .anyMatch(a -> a.getAttribute("href").endsWith("/case/" + caseId)))
        .filter(row -> cells(row).get(1).equals(fileName))
        .toList();
  }

  private static List<String> cells(WebElement row) {
    return row.findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList();
  }

  private static String matchesText(Browser browser) {
    return browser.text(By.id("case:tabs:matchesTable"));
  }

  /** A frame of the video as a screenshot of it would show it, decoded by the project's reader. */
  private static VideoFrame frameAtOrAfter(Path video, double seconds) throws IOException {
    try (VideoReader reader = VideoReader.open(video, VideoLimits.DEFAULT)) {
      VideoFrame frame = reader.nextAtOrAfter(seconds);
      if (frame == null) {
        throw new IllegalArgumentException("no frame at or after " + seconds + " s in " + video);
      }
      return frame;
    }
  }

  private static byte[] png(VideoFrame frame) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(frame.image(), "png", out);
    return out.toByteArray();
  }
}
