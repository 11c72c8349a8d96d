package org.recourse.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.recourse.it.privacy.PrivacyFixtures.Made;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;

/** The victim's data export for access requests: content, access rule, custody record. */
@ExtendWith(ArquillianExtension.class)
class VictimExportIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void theZipHoldsTheVictimsDataAndTheEvidenceFilesAndIsLogged() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    Made made = PrivacyFixtures.fullCase(attorney);

    BinaryReply export = attorney.getBytes("cases/" + made.caseId() + "/victim-export");

    assertEquals(200, export.status(), new String(export.body(), StandardCharsets.UTF_8));
    assertTrue(export.header("Content-Disposition").contains("victim-data-" + made.number()));
    Map<String, byte[]> entries = unzip(export.body());
    assertTrue(entries.containsKey("victim.json"), entries.keySet().toString());
    JsonObject json =
        Json.createReader(
                new StringReader(new String(entries.get("victim.json"), StandardCharsets.UTF_8)))
            .readObject();
    JsonObject victim = json.getJsonObject("victim");
    assertEquals(PrivacyFixtures.LEGAL_NAME, victim.getString("legalName"));
    assertEquals("1990-04-05", victim.getString("dateOfBirth"));
    assertEquals("synthia@example.org", victim.getString("email"));
    assertEquals("heron", victim.getJsonObject("safeContact").getString("codeWord"));
    assertEquals(made.number(), json.getJsonObject("case").getString("number"));
    assertEquals(
        "Jordan Purgeable", json.getJsonArray("people").getJsonObject(0).getString("name"));
    assertFalse(json.getJsonArray("people").toString().contains("jp@example.net"));
    List<String> notes =
        json.getJsonArray("notes").getValuesAs(JsonObject.class).stream()
            .map(n -> n.getString("body"))
            .toList();
    assertEquals(List.of("Client called about Synthia"), notes);
    assertEquals(1, json.getJsonObject("withheld").getInt("privilegedNotes"));
    JsonObject request = json.getJsonArray("removalRequests").getJsonObject(0);
    assertTrue(request.getString("url").startsWith(PrivacyFixtures.CONTENT_URL));
    assertTrue(
        request
            .getJsonArray("notices")
            .getJsonObject(0)
            .getString("body")
            .contains(PrivacyFixtures.LEGAL_NAME));

    JsonObject listed = json.getJsonArray("evidence").getJsonObject(0);
    assertEquals(made.sha256(), listed.getString("sha256"));
    byte[] file = entries.get(listed.getString("file"));
    assertNotNull(file, "the listed file is in the ZIP: " + entries.keySet());
    assertEquals(
        made.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));

    JsonObject last =
        attorney
            .get("evidence/" + made.evidenceId() + "/custody")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .reduce((first, second) -> second)
            .orElseThrow();
    assertEquals("EXPORTED", last.getString("action"));
    assertTrue(last.getString("detail").contains("victim-data-" + made.number()));
    String zipSha =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(export.body()));
    assertTrue(last.getString("detail").contains(zipSha), "the package's SHA-256 is recorded");
  }

  @Test
  void onlyAttorneysAndAdvocatesOfTheTeamExport() {
    ApiClient attorney = ApiClient.as("attorney");
    Made made = PrivacyFixtures.fullCase(attorney);
    String path = "cases/" + made.caseId();
    attorney.post(path + "/team", "{\"username\": \"caseworker\", \"caseRole\": \"CASEWORKER\"}");
    int custodyBefore =
        attorney.get("evidence/" + made.evidenceId() + "/custody").jsonArray().size();

    assertEquals(403, ApiClient.as("caseworker").getBytes(path + "/victim-export").status());
    assertEquals(403, ApiClient.as("admin").getBytes(path + "/victim-export").status());
    assertEquals(404, ApiClient.as("attorney2").getBytes(path + "/victim-export").status());
    assertEquals(404, ApiClient.as("attorney2").postForBytes(path + "/victim-export", "").status());
    assertEquals(
        custodyBefore,
        attorney.get("evidence/" + made.evidenceId() + "/custody").jsonArray().size(),
        "refused exports log nothing");
  }

  @Test
  void theCasePageOffersTheExportToTheTeamsAttorneyAndNotToItsCaseworker() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    Made made = PrivacyFixtures.fullCase(attorney);
    attorney.post(
        "cases/" + made.caseId() + "/team",
        "{\"username\": \"caseworker\", \"caseRole\": \"CASEWORKER\"}");
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + made.caseId(), "attorney");
      // A short confirmation first: what the export holds, and that it is recorded.
      browser.click(By.id("victimExportOpen"));
      assertTrue(browser.text(By.id("victimExportDetails")).contains("recorded in the access log"));
      browser.click(By.id("victimExportButton"));
      browser.waitUntil(d -> zipIn(browser.downloads()) != null);
      Path zip = zipIn(browser.downloads());
      assertTrue(zip.getFileName().toString().startsWith("victim-data-" + made.number()));
      browser.waitUntil(d -> complete(zip));
      Map<String, byte[]> entries = unzip(Files.readAllBytes(zip));
      assertTrue(
          new String(entries.get("victim.json"), StandardCharsets.UTF_8)
              .contains(PrivacyFixtures.LEGAL_NAME));
    }
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + made.caseId(), "caseworker");
      browser.waitUntil(d -> !d.findElements(By.id("case-number")).isEmpty());
      assertTrue(browser.driver().findElements(By.id("victimExportButton")).isEmpty());
      assertTrue(browser.driver().findElements(By.id("victimExportOpen")).isEmpty());
    }
  }

  private static Path zipIn(Path downloads) {
    try (Stream<Path> files = Files.list(downloads)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".zip"))
          .findFirst()
          .orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static boolean complete(Path zip) {
    try {
      unzip(Files.readAllBytes(zip));
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
