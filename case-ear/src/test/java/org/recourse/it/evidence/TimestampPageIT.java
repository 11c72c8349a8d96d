package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * Trusted timestamps in a real browser: the evidence tab says who timestamped an item and that the
 * development TSA is not independent; the administration page warns about the development TSA and
 * anchors the logs on request.
 */
@ExtendWith(ArquillianExtension.class)
class TimestampPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void theEvidenceTabSaysWhoTimestampedAnItemAndThatItIsADevelopmentTsa() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = attorney.newCase("Timestamp page case", "Timestamp page client");
    ApiClient.Reply uploaded =
        attorney.multipart(
            "cases/" + caseId + "/evidence",
            Map.of("method", "SCREENSHOT"),
            "stamped.jpg",
            TestMedia.bytes(Fixture.PHOTO_JPEG));
    assertEquals(201, uploaded.status(), uploaded.body());
    String id = uploaded.json().getString("id");
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!attorney.get("evidence/" + id).body().contains("\"STAMPED\"")
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }

    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.linkText("Evidence"));
      browser.waitUntil(
          d -> browser.text(By.id("case:tabs:evidenceTable")).contains("stamped.jpg"));
      String table = browser.text(By.id("case:tabs:evidenceTable"));
      assertTrue(
          table.contains("Timestamped by Recourse development TSA (not independent) at"), table);
      assertTrue(table.contains("(development TSA, not independent)"), table);
    }
  }

  @Test
  void theAdministrationPageWarnsOfTheDevelopmentTsaAndAnchorsTheLogs() {
    try (Browser browser = Browser.open()) {
      browser.openAs("admin/index.xhtml", "admin");
      String panel = browser.text(By.id("timestampPanel"));
      assertTrue(panel.contains("The development TSA is enabled"), panel);
      browser.click(By.id("timestamps:anchorNow"));
      browser.waitUntil(
          d -> browser.text(By.id("timestamps:anchors")).contains("Timestamped by Recourse"));
      browser.click(By.id("timestamps:verifyAnchors"));
      // The check walks every log of the installation, which the whole suite has filled.
      browser.waitUntil(
          Duration.ofSeconds(120),
          d -> browser.text(By.id("timestampPanel")).contains("anchor(s) checked"));
    }
  }
}
