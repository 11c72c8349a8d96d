package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/** The evidence tab in a real browser: upload, blurred preview, reveal, download, custody. */
@ExtendWith(ArquillianExtension.class)
class EvidencePageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static long newCase() {
    return ApiClient.as("attorney")
        .post(
            "cases",
            """
            {"title": "Evidence page case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": {"pseudonym": "Page client"}, "jurisdictions": ["US"]}
            """)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private static void chooseFile(Browser browser, Path file) {
    WebElement input = browser.driver().findElement(By.id("evFiles"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].style.opacity = 1; arguments[0].style.width = 'auto';", input);
    input.sendKeys(file.toAbsolutePath().toString());
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

  /** Past Undertow's default 10 MiB request limit, through the page's own upload servlet. */
  @Test
  void aTwelveMegabyteFileUploadsThroughThePage() throws Exception {
    long caseId = newCase();
    byte[] text = new byte[12_000_000];
    byte[] line =
        "Synthetic page upload line.\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = 0; i < text.length; i++) {
      text[i] = line[i % line.length];
    }
    Path file = TestMedia.file("twelve-megabytes.txt", text);
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Evidence"));
      browser.type("evCapturedBy", "attorney");
      chooseFile(browser, file);

      browser.waitUntil(
          d -> browser.text(By.id("case:tabs:evidenceTable")).contains("twelve-megabytes.txt"));
    }
    JsonObject item =
        ApiClient.as("attorney").get("cases/" + caseId + "/evidence").jsonArray().getJsonObject(0);
    assertEquals(text.length, item.getJsonNumber("size").longValue());
  }

  @Test
  void uploadSeeBlurredRevealDownloadAndSeeTheCustodyLog() throws Exception {
    long caseId = newCase();
    Path image = TestMedia.file(Fixture.PHOTO_JPEG);
    byte[] original = Files.readAllBytes(image);
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Evidence"));
      browser.type("evCapturedBy", "attorney");
      browser.type("evSourceUrl", "https://social.example/p/777");
      chooseFile(browser, image);

      browser.waitUntil(d -> browser.text(By.id("case:tabs:evidenceTable")).contains("photo.jpg"));
      browser.waitUntil(d -> imageLoaded(browser, "Blurred preview"));
      String table = browser.text(By.id("case:tabs:evidenceTable"));
      assertTrue(table.contains("image/jpeg"), table);
      assertTrue(table.contains("https://social.example/p/777"), table);
      String src =
          browser
              .driver()
              .findElement(By.cssSelector("img[alt='Blurred preview']"))
              .getAttribute("src");
      assertFalse(src.contains("reveal"), "the blurred preview is what is sent: " + src);

      By custody = By.id("case:tabs:evidenceTable:0:custody");
      assertEquals("Custody (1)", browser.text(custody), "received");
      browser.click(By.xpath("//button[.//span[text()='Reveal']]"));
      // a word of warning first: what Reveal shows, and that it is recorded
      browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
      browser.waitUntil(d -> imageLoaded(browser, "Revealed preview"));
      // the count follows the reveal recorded as the sharp preview was fetched, without a reload
      browser.waitUntil(d -> "Custody (2)".equals(browser.text(custody)));

      browser.click(By.xpath("//a[.//span[text()='Download']]"));
      Path downloaded = browser.downloads().resolve("photo.jpg");
      browser.waitUntil(
          d -> Files.isRegularFile(downloaded) && sizeOf(downloaded) == original.length);
      assertArrayEquals(original, Files.readAllBytes(downloaded));
      browser.waitUntil(d -> "Custody (3)".equals(browser.text(custody)));

      ApiClient attorney = ApiClient.as("attorney");
      String id =
          attorney
              .get("cases/" + caseId + "/evidence")
              .jsonArray()
              .getJsonObject(0)
              .getString("id");
      browser.waitUntil(
          d -> attorney.get("evidence/" + id + "/custody").body().contains("DOWNLOADED"));
      browser.click(By.xpath("//button[.//span[starts-with(text(), 'Custody')]]"));
      browser.waitUntil(d -> browser.text(By.id("case:tabs:custodyTable")).contains("Downloaded"));
      String log = browser.text(By.id("case:tabs:custodyTable"));
      List<String> events = List.of("Received", "Preview revealed", "Downloaded");
      for (String event : events) {
        assertTrue(log.contains(event), log);
      }
      assertTrue(log.indexOf("Received") < log.indexOf("Preview revealed"));
      assertTrue(log.indexOf("Preview revealed") < log.indexOf("Downloaded"));
    }
  }

  /**
   * The capture time is typed as the pages show times (yyyy-MM-dd HH:mm) in the person's own time
   * zone, named beside the field, whatever the browser's zone; the instant saved is the one meant.
   */
  @Test
  void theCaptureTimeIsTypedInThePersonsOwnZoneAndSavedAsThatInstant() throws Exception {
    ApiClient attorney2 = ApiClient.as("attorney2");
    long caseId = attorney2.newCase("Zoned capture", "Zoned client");
    attorney2.put("me/time-zone", "{\"timeZone\": \"America/New_York\"}");
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney2");
      browser.click(By.linkText("Evidence"));
      assertEquals("America/New_York", browser.text(By.id("evCapturedAtZone")));
      String field = "case:tabs:evCapturedAt_input";
      assertEquals(
          "yyyy-MM-dd HH:mm",
          browser.driver().findElement(By.id(field)).getDomAttribute("placeholder"));
      browser.waitUntil(
          d -> {
            WebElement at = d.findElement(By.id(field));
            if (!"2026-11-20 09:05".equals(at.getDomProperty("value"))) {
              browser.retype(field, "2026-11-20 09:05");
              at.sendKeys(Keys.ESCAPE);
            }
            return "2026-11-20 09:05".equals(at.getDomProperty("value"));
          });
      browser.type("evCapturedBy", "attorney2");
      chooseFile(browser, TestMedia.file(Fixture.PHOTO_JPEG));

      browser.waitUntil(d -> browser.text(By.id("case:tabs:evidenceTable")).contains("photo.jpg"));
      String table = browser.text(By.id("case:tabs:evidenceTable"));
      assertTrue(table.contains("Captured at 2026-11-20 09:05 EST by attorney2"), table);
    } finally {
      attorney2.put("me/time-zone", "{\"timeZone\": \"\"}");
    }
    JsonObject item = attorney2.get("cases/" + caseId + "/evidence").jsonArray().getJsonObject(0);
    assertEquals("2026-11-20T14:05:00Z", item.getJsonObject("capture").getString("capturedAt"));
  }

  @Test
  void aRefusedFileGetsAMessageBesideTheFileFieldAndNothingIsAdded() throws Exception {
    long caseId = newCase();
    Path fake = Files.createTempFile("holiday", ".jpg");
    Files.write(fake, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0});
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Evidence"));
      chooseFile(browser, fake);

      By fileError = By.cssSelector(".rc-field-error[data-field='file']");
      browser.waitUntil(d -> !d.findElement(fileError).getText().isBlank());
      String message = browser.driver().findElement(fileError).getText();
      assertTrue(message.contains("cannot be kept as evidence"), message);
      assertTrue(browser.text(By.id("case:tabs:evidenceTable")).contains("No evidence yet."));
    } finally {
      Files.deleteIfExists(fake);
    }
    assertEquals(
        0, ApiClient.as("attorney").get("cases/" + caseId + "/evidence").jsonArray().size());
  }

  @Test
  void aCaseworkerSeesBlurredPreviewsButCannotRevealOrDownload() {
    long caseId = newCase();
    ApiClient attorney = ApiClient.as("attorney");
    attorney.post(
        "cases/" + caseId + "/team",
        "{\"username\": \"caseworker\", \"caseRole\": \"CASEWORKER\"}");
    attorney.multipart(
        "cases/" + caseId + "/evidence",
        java.util.Map.of(
            "method", "RECEIVED_FROM_VICTIM",
            "capturedAt", "2026-11-20T14:05:00Z",
            "capturedBy", "Synthetic Client"),
        "from-client.jpg",
        TestMedia.bytes(Fixture.PHOTO_JPEG));
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "caseworker");
      browser.click(By.linkText("Evidence"));
      browser.waitUntil(d -> imageLoaded(browser, "Blurred preview"));
      String table = browser.text(By.id("case:tabs:evidenceTable"));
      assertTrue(table.contains("from-client.jpg"), table);
      // The capture facts stand on the row, the method in words, the time with its zone.
      assertTrue(table.contains("Captured at 2026-11-20 14:05 UTC by Synthetic Client"), table);
      assertTrue(table.contains("Received from the client"), table);
      assertTrue(
          browser.driver().findElements(By.xpath("//button[.//span[text()='Reveal']]")).isEmpty());
      assertTrue(
          browser.driver().findElements(By.xpath("//a[.//span[text()='Download']]")).isEmpty());
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
