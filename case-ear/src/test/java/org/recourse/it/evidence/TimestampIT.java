package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;
import org.recourse.timestamp.DevelopmentTsa;
import org.recourse.timestamp.TimestampTokens;

/**
 * Trusted timestamps through the API, against the test server's development TSA: an upload is
 * stamped after its receipt, its token covers the file's SHA-256 and is checked by Verify, the
 * export package carries it with the TSA's certificates and a README whose command OpenSSL accepts,
 * and an upload made while the TSA cannot be reached is received at once, pending, and stamped once
 * the TSA is back.
 */
@ExtendWith(ArquillianExtension.class)
class TimestampIT {

  private static final String URL_PROPERTY = "recourse.timestamp.url";
  private static final Map<String, String> FACTS =
      Map.of("capturedAt", "2026-11-20T14:05:00Z", "method", "SCREENSHOT");

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void anUploadIsStampedByTheDevelopmentTsaAndItsTokenVerifies(@TempDir Path dir) throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    byte[] file = TestMedia.bytes(Fixture.SCREENSHOT_PNG);
    long caseId = newCase(attorney);
    String id = upload(attorney, caseId, "capture.png", file).getString("id");

    JsonObject timestamp = awaitStatus(attorney, id, "STAMPED");
    assertEquals(DevelopmentTsa.NAME, timestamp.getString("tsa"), timestamp.toString());
    assertTrue(timestamp.getBoolean("development"));

    BinaryReply reply = attorney.getBytes("evidence/" + id + "/timestamp", "*/*");
    assertEquals(200, reply.status());
    assertEquals("application/timestamp-reply", reply.header("Content-Type"));
    byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(file);
    var root =
        TimestampTokens.certificates(reply.body()).stream()
            .filter(c -> c.getSubjectX500Principal().getName().contains("root"))
            .toList();
    assertEquals(
        DevelopmentTsa.NAME,
        TimestampTokens.check(reply.body(), sha256, root, root).tsaName(),
        "the token covers the file's SHA-256");

    JsonObject verified = attorney.post("evidence/" + id + "/verify", "{}").json();
    assertTrue(verified.getBoolean("intact"), verified.toString());
    assertTrue(verified.getBoolean("timestampIntact"));
    assertTrue(verified.getString("detail").contains("development TSA"), verified.toString());

    BinaryReply export =
        attorney.postForBytes(
            "cases/" + caseId + "/evidence-export",
            "{\"evidenceIds\": [\"" + id + "\"], \"purpose\": \"Timestamp check\"}");
    assertEquals(200, export.status());
    Map<String, byte[]> files = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.body()))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        files.put(entry.getName(), zip.readAllBytes());
        Path target = dir.resolve(entry.getName());
        Files.createDirectories(target.getParent());
        Files.write(target, files.get(entry.getName()));
      }
    }
    String tsr = "timestamps/01-" + id + ".tsr";
    assertArrayEquals(reply.body(), files.get(tsr), files.keySet().toString());
    String readme = new String(files.get("VERIFY-README.txt"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("openssl ts -verify -in " + tsr), readme);
    assertTrue(readme.contains("DEVELOPMENT TSA"), readme);
    assertTrue(files.containsKey("timestamps/tsa-trusted.pem"));

    Path openssl = Path.of("/usr/bin/openssl");
    if (!Files.isExecutable(openssl)) {
      System.out.println("openssl is not installed: the OpenSSL check of the export was not run");
      return;
    }
    String item =
        files.keySet().stream().filter(n -> n.startsWith("items/01-")).findFirst().orElseThrow();
    Process process =
        new ProcessBuilder(
                "openssl",
                "ts",
                "-verify",
                "-in",
                tsr,
                "-data",
                item,
                "-CAfile",
                "timestamps/tsa-trusted.pem",
                "-untrusted",
                "timestamps/tsa-chain.pem")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertTrue(output.contains("Verification: OK"), output);
    assertEquals(
        HexFormat.of().formatHex(sha256),
        attorney.get("evidence/" + id).json().getString("sha256"));
  }

  @Test
  void anUploadWhileTheTsaIsUnreachableIsReceivedPendingAndStampedLater() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    setTsaUrl("http://127.0.0.1:9/unreachable");
    String id;
    try {
      JsonObject uploaded =
          upload(attorney, caseId, "photo.jpg", TestMedia.bytes(Fixture.PHOTO_JPEG));
      id = uploaded.getString("id");
      assertEquals("PENDING", uploaded.getJsonObject("timestamp").getString("status"));
      Thread.sleep(TestEnvironment.TIMESTAMP_RETRY_SECONDS * 2_000L);
      JsonObject waiting = attorney.get("evidence/" + id).json().getJsonObject("timestamp");
      assertEquals("PENDING", waiting.getString("status"), waiting.toString());
      assertFalse(waiting.isNull("note"), "the pending timestamp says why");
      assertEquals(409, attorney.getBytes("evidence/" + id + "/timestamp", "*/*").status());
    } finally {
      setTsaUrl(null);
    }
    JsonObject stamped = awaitStatus(attorney, id, "STAMPED");
    assertEquals(DevelopmentTsa.NAME, stamped.getString("tsa"));
  }

  @Test
  void theDevelopmentTsaAnswersGarbageWith400() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.appUrl() + "dev-tsa"))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofString("not a time-stamp request"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("Not a time-stamp request"), response.body());
  }

  @Test
  void aMalformedTsaAddressLeavesUploadsReceivedAndNotTimestamped() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    setTsaUrl("http://not a valid address/tsa");
    try {
      JsonObject uploaded =
          upload(attorney, caseId, "photo.jpg", TestMedia.bytes(Fixture.PHOTO_JPEG));
      assertEquals("NONE", uploaded.getJsonObject("timestamp").getString("status"));
    } finally {
      setTsaUrl(null);
    }
  }

  /** Sets the server's TSA address at run time, or removes it (back to the development TSA). */
  private void setTsaUrl(String url) throws Exception {
    ModelNode remove = new ModelNode();
    remove.get("operation").set("remove");
    remove.get("address").add("system-property", URL_PROPERTY);
    management.getControllerClient().execute(remove);
    if (url != null) {
      ModelNode add = new ModelNode();
      add.get("operation").set("add");
      add.get("address").add("system-property", URL_PROPERTY);
      add.get("value").set(url);
      ModelNode result = management.getControllerClient().execute(add);
      assertEquals("success", result.get("outcome").asString(), result.toString());
    }
  }

  private static JsonObject awaitStatus(ApiClient client, String id, String status)
      throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      JsonObject timestamp = client.get("evidence/" + id).json().getJsonObject("timestamp");
      if (status.equals(timestamp.getString("status")) || System.nanoTime() > deadline) {
        assertEquals(status, timestamp.getString("status"), timestamp.toString());
        return timestamp;
      }
      Thread.sleep(200);
    }
  }

  private static long newCase(ApiClient attorney) {
    return attorney
        .post(
            "cases",
            """
            {"title": "Timestamp case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": {"pseudonym": "Timestamp client"}, "jurisdictions": ["US"]}
            """)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject upload(ApiClient client, long caseId, String name, byte[] file) {
    ApiClient.Reply reply = client.multipart("cases/" + caseId + "/evidence", FACTS, name, file);
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }
}
