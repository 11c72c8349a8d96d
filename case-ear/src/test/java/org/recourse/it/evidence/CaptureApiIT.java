package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.evidence.capture.TestSite;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;

/**
 * Capturing pages through the API from a local website the test starts (loopback, which the test
 * server lets captures reach; every other private range stays refused): the job is answered at
 * once, moves to DONE, and leaves a WARC item of kind web capture whose custody says where it was
 * captured from; redirects, a self-signed certificate, a slow and a huge page are recorded as
 * facts; private addresses and bad input are refused naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class CaptureApiIT {

  private static TestSite site;
  private static TestSite secure;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.http();
    secure = TestSite.https();
  }

  @AfterAll
  static void stop() {
    site.close();
    secure.close();
  }

  @Test
  void aPageIsCapturedIntoAWarcItemWithItsCustody() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    JsonObject done = capture(attorney, caseId, site.url("/page"), "Seen on a forum");
    assertEquals("DONE", done.getString("status"), done.toString());
    assertEquals(100, done.getInt("progress"));
    String warc = done.getString("warcId");
    JsonObject item = attorney.get("evidence/" + warc).json();
    assertEquals("application/warc", item.getString("mediaType"));
    assertEquals("WEB_CAPTURE", item.getJsonObject("capture").getString("method"));
    assertEquals(site.url("/page"), item.getJsonObject("capture").getString("sourceUrl"));
    assertEquals("attorney", item.getJsonObject("capture").getString("capturedBy"));
    assertTrue(item.getJsonObject("capture").getString("description").contains("Seen on a forum"));
    assertEquals(64, item.getString("sha256").length());
    String custody = attorney.get("evidence/" + warc + "/custody").body();
    assertTrue(custody.contains("Captured by web capture " + done.getInt("id")), custody);
    // The address can name the person: it stays in the encrypted fields, out of plain text.
    assertFalse(custody.contains(site.url("/page")), custody);
    assertFalse(done.getString("message").contains(site.url("")), done.toString());
    assertTrue(item.getJsonObject("capture").getString("description").contains(site.url("/page")));
    List<String> listed =
        attorney.get("cases/" + caseId + "/evidence").jsonArray().stream()
            .map(v -> v.asJsonObject().getString("id"))
            .toList();
    assertTrue(listed.contains(warc));
    assertTrue(
        attorney
            .get("cases/" + caseId + "/captures")
            .body()
            .contains("\"id\":" + done.getInt("id")));
  }

  @Test
  void aRedirectChainAndASelfSignedCertificateAreRecorded() throws Exception {
    ApiClient advocate = ApiClient.as("attorney");
    long caseId = newCase(advocate);
    JsonObject redirected = capture(advocate, caseId, site.url("/hop1"), null);
    assertEquals("DONE", redirected.getString("status"), redirected.toString());
    assertTrue(redirected.getString("message").contains("3 redirect(s)"), redirected.toString());
    assertFalse(redirected.getString("message").contains("/hop"), redirected.toString());

    JsonObject tls = capture(advocate, caseId, secure.url("/page"), null);
    assertEquals("DONE", tls.getString("status"), tls.toString());
    assertTrue(tls.getString("message").contains("did not validate"), tls.toString());
    JsonObject item = advocate.get("evidence/" + tls.getString("warcId")).json();
    assertTrue(item.getJsonObject("capture").getString("description").contains("did not validate"));
  }

  @Test
  void slowAndHugePagesAreCutAndSaid() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    JsonObject huge = capture(attorney, caseId, site.url("/huge"), null);
    assertEquals("DONE", huge.getString("status"), huge.toString());
    assertTrue(huge.getString("message").contains("byte cap"), huge.toString());
    JsonObject slow = capture(attorney, caseId, site.url("/slow"), null);
    assertEquals("DONE", slow.getString("status"), slow.toString());
    assertTrue(slow.getString("message").contains("time limit"), slow.toString());
  }

  @Test
  void privateAddressesAndBadInputAreRefusedNamingTheField() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    Reply privateTarget =
        attorney.post("cases/" + caseId + "/captures", "{\"url\": \"http://10.0.0.1/secret\"}");
    assertEquals(422, privateTarget.status(), privateTarget.body());
    assertTrue(privateTarget.body().contains("private network"), privateTarget.body());
    assertTrue(privateTarget.body().contains("\"url\""), privateTarget.body());
    Reply notAnAddress =
        attorney.post("cases/" + caseId + "/captures", "{\"url\": \"ftp://example.org/x\"}");
    assertEquals(400, notAnAddress.status(), notAnAddress.body());
    assertTrue(notAnAddress.body().contains("\"url\""), notAnAddress.body());
    Reply missing = attorney.post("cases/" + caseId + "/captures", "{}");
    assertEquals(400, missing.status(), missing.body());
    Reply unknownHost =
        attorney.post(
            "cases/" + caseId + "/captures", "{\"url\": \"http://no-such-host.invalid/\"}");
    assertEquals(202, unknownHost.status(), unknownHost.body());
    JsonObject failed = await(attorney, unknownHost.json().getInt("id"));
    assertEquals("FAILED", failed.getString("status"));
    assertTrue(failed.getString("message").contains("not found"), failed.toString());
    assertFalse(failed.containsKey("warcId"), failed.toString());
  }

  @Test
  void aCaptureStartedFromARemovalRequestIsLinkedToIt() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    JsonObject removal =
        attorney
            .post(
                "cases/" + caseId + "/removals",
                "{\"url\": \"https://www.instagram.com/p/capture-"
                    + System.nanoTime()
                    + "\", \"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}")
            .json();
    long removalId = removal.getJsonNumber("id").longValue();
    Reply started =
        attorney.post(
            "cases/" + caseId + "/captures",
            "{\"url\": \"" + site.url("/page") + "\", \"removalRequestId\": " + removalId + "}");
    assertEquals(202, started.status(), started.body());
    JsonObject done = await(attorney, started.json().getInt("id"));
    assertEquals("DONE", done.getString("status"), done.toString());
    JsonObject after = attorney.get("removals/" + removalId).json().getJsonObject("request");
    assertTrue(
        after.getJsonArray("evidenceIds").contains(jsonString(done.getString("warcId"))),
        after.toString());
    Reply otherCase =
        attorney.post(
            "cases/" + newCase(attorney) + "/captures",
            "{\"url\": \"" + site.url("/page") + "\", \"removalRequestId\": " + removalId + "}");
    assertEquals(404, otherCase.status(), otherCase.body());
  }

  @Test
  void outsidersDoNotSeeACapture() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    JsonObject done = capture(attorney, caseId, site.url("/page"), null);
    assertEquals(404, ApiClient.as("attorney2").get("captures/" + done.getInt("id")).status());
    assertEquals(
        404,
        ApiClient.as("attorney2")
            .post("cases/" + caseId + "/captures", "{\"url\": \"" + site.url("/page") + "\"}")
            .status());
  }

  static JsonObject capture(ApiClient client, long caseId, String url, String note)
      throws InterruptedException {
    String body =
        note == null
            ? "{\"url\": \"" + url + "\"}"
            : "{\"url\": \"" + url + "\", \"note\": \"" + note + "\"}";
    Reply started = client.post("cases/" + caseId + "/captures", body);
    assertEquals(202, started.status(), started.body());
    assertNotNull(started.json().getString("status"));
    assertFalse(started.body().contains("innerText"));
    return await(client, started.json().getInt("id"));
  }

  static JsonObject await(ApiClient client, int jobId) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (true) {
      Reply reply = client.get("captures/" + jobId);
      assertEquals(200, reply.status(), reply.body());
      String status = reply.json().getString("status");
      if (status.equals("DONE") || status.equals("FAILED")) {
        return reply.json();
      }
      assertTrue(System.nanoTime() < deadline, "capture still " + status + ": " + reply.body());
      Thread.sleep(500);
    }
  }

  static long newCase(ApiClient attorney) {
    return attorney
        .post(
            "cases",
            """
            {"title": "Capture case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": {"pseudonym": "Capture client"}, "jurisdictions": ["US"]}
            """)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonValue jsonString(String value) {
    return jakarta.json.Json.createValue(value);
  }
}
