package org.recourse.it.removals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;

/** The removals tab in a real browser: paste, notice with its required fields, send, clock. */
@ExtendWith(ArquillianExtension.class)
class RemovalCasePageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void pasteUrlsSendATakeItDownNoticeAndSeeTheClockOnTheDeadlines() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId =
        attorney
            .post(
                "cases",
                """
                {"title": "Removal page case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Page removal client", "legalName": "Synthetic Hidden"},
                 "jurisdictions": ["US"]}
                """)
            .json()
            .getJsonNumber("id")
            .longValue();
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Removals"));
      // Nothing usable: each line by its number, what it held and why, beside the field.
      browser.type("case:tabs:removalUrls", "not-a-url\n\nftp://files.example/synthetic");
      browser.click(By.id("case:tabs:addRemovals"));
      By besideUrls = By.cssSelector("[id='case:tabs:removalAdd'] .ui-message-error");
      browser.waitUntil(d -> !d.findElements(besideUrls).isEmpty());
      String refused = browser.text(besideUrls);
      assertTrue(
          refused.contains(
              "Line 1 (not-a-url): Enter the full web address, starting with https://"),
          refused);
      assertTrue(
          refused.contains(
              "Line 3 (ftp://files.example/synthetic): Only web addresses starting with http://"),
          refused);

      browser.type(
          "case:tabs:removalUrls",
          "https://www.instagram.com/p/SyntheticPage/?igsh=abc\n"
              + "https://www.instagram.com/p/SyntheticPage#comments\n"
              + "not-a-url");
      browser.click(By.id("case:tabs:addRemovals"));

      browser.waitUntil(
          d ->
              browser
                  .text(By.id("case:tabs:removalTable"))
                  .contains("https://www.instagram.com/p/SyntheticPage"));
      String bulk = browser.text(By.id("case:tabs:bulkResult"));
      assertTrue(bulk.contains("Line 2: already in this case (request #"), bulk);
      String notAdded = browser.text(besideUrls);
      assertTrue(
          notAdded.contains(
              "Not added. Line 1 (not-a-url): Enter the full web address, starting with https://"),
          notAdded);
      assertEquals(
          "not-a-url",
          browser.driver().findElement(By.id("case:tabs:removalUrls")).getAttribute("value"),
          "the unusable line stays in the field to be corrected, as its line 1");
      String table = browser.text(By.id("case:tabs:removalTable"));
      assertTrue(table.contains("Instagram"), table);
      assertTrue(table.contains("Draft") && !table.contains("DRAFT"), "status in words: " + table);

      browser.click(By.cssSelector(".rc-open-removal"));
      browser.waitUntil(d -> !d.findElements(By.id("case:tabs:previewNotice")).isEmpty());
      browser.click(By.id("case:tabs:previewNotice"));
      // The message stands beside the signature field (and in the page's message list).
      browser.waitUntil(
          d ->
              d
                  .findElements(By.cssSelector("[id='case:tabs:noticeSet'] .ui-message-error"))
                  .stream()
                  .anyMatch(m -> m.getText().contains("Needed for a TAKE IT DOWN request")));

      browser.type("case:tabs:noticeSignature", "/s/ Synthetic Attorney");
      browser.type("case:tabs:noticeContact", "attorney@firm.example");
      browser.click(By.id("case:tabs:previewNotice"));
      browser.waitUntil(d -> !d.findElements(By.id("noticePreviewText")).isEmpty());
      String notice = browser.text(By.id("noticePreviewText"));
      assertTrue(notice.contains("https://www.instagram.com/p/SyntheticPage"), notice);
      assertTrue(notice.contains("Page removal client"), notice);
      assertFalse(notice.contains("Synthetic Hidden"), "the legal name only when ticked");

      browser.click(By.id("case:tabs:sendNotice"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitUntil(d -> browser.text(By.id("case:tabs:removalTable")).contains("Sent"));
      assertFalse(browser.text(By.id("case:tabs:removalTable")).contains("SUBMITTED"));
      browser.waitUntil(
          d ->
              browser.text(By.id("case:tabs:noticeTable")).contains("/s/")
                  || browser.text(By.id("case:tabs:noticeTable")).contains("attorney"));

      JsonObject request =
          attorney.get("cases/" + caseId + "/removals").jsonArray().getJsonObject(0);
      assertEquals("SUBMITTED", request.getString("status"));
      assertTrue(request.containsKey("slaDueAt"));

      // The sent notice as PDF, downloaded by the browser.
      long noticeId =
          attorney
              .get("removals/" + request.getInt("id") + "/notices")
              .jsonArray()
              .getJsonObject(0)
              .getJsonNumber("id")
              .longValue();
      browser.click(By.xpath("//*[@id='case:tabs:noticeTable']//a[.//span[text()='PDF']]"));
      java.nio.file.Path pdf = browser.downloads().resolve("notice-" + noticeId + ".pdf");
      browser.waitUntil(d -> java.nio.file.Files.isRegularFile(pdf));
      browser.waitUntil(d -> startsWithPdf(pdf));

      browser.selectOne("case:tabs:removalNextStatus", "REMOVED");
      browser.type("case:tabs:removalReference", "CASE-SYN-42");
      browser.click(By.id("case:tabs:changeRemovalStatus"));
      browser.waitUntil(
          d -> browser.text(By.id("case:tabs:removalHistory")).contains("Sent → Removed"));
      String history = browser.text(By.id("case:tabs:removalHistory"));
      assertTrue(history.contains("CASE-SYN-42"), history);
      assertFalse(history.contains("SUBMITTED") || history.contains("REMOVED"), history);
      String detail = browser.text(By.id("case:tabs:removalPanel"));
      assertTrue(detail.contains("status Removed"), detail);

      browser.click(By.linkText("Deadlines"));
      String deadlines = browser.text(By.id("case:tabs:deadlineTable"));
      assertTrue(
          deadlines.contains("Platform must remove the content (TAKE IT DOWN Act)"), deadlines);
    }
  }

  private static boolean startsWithPdf(java.nio.file.Path file) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      return new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII)
          .equals("%PDF-");
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
