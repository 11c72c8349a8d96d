package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.evidence.pdq.PdqResult;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;
import org.recourse.testmedia.ReferenceVectors;
import org.recourse.testmedia.RequiresPdqVectors;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/** The evidence vault through the API: ingest, access, custody, integrity, matches, export. */
@ExtendWith(ArquillianExtension.class)
class EvidenceApiIT {

  private static final Map<String, String> FACTS =
      Map.of(
          "sourceUrl", "https://social.example/p/12345",
          "capturedAt", "2026-11-20T14:05:00Z",
          "capturedBy", "advocate",
          "method", "SCREENSHOT",
          "description", "Post seen by the client's friend");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static long newCase(ApiClient attorney) {
    JsonObject created =
        attorney
            .post(
                "cases",
                """
                {"title": "Evidence case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Evidence client"}, "jurisdictions": ["US"]}
                """)
            .json();
    return created.getJsonNumber("id").longValue();
  }

  private static JsonObject upload(ApiClient client, long caseId, String name, byte[] file) {
    Reply reply = client.multipart("cases/" + caseId + "/evidence", FACTS, name, file);
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  private static List<String> actions(ApiClient client, String evidenceId) {
    return client
        .get("evidence/" + evidenceId + "/custody")
        .jsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(entry -> entry.getString("action"))
        .toList();
  }

  @Test
  void anImageIsStoredEncryptedWithItsHashesAndCaptureFacts() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    byte[] jpeg = TestMedia.bytes(Fixture.PHOTO_JPEG);

    Reply reply =
        attorney.multipart(
            "cases/" + caseId + "/evidence", FACTS, "../../Zoë <b>pic</b>.jpg", jpeg);

    assertEquals(201, reply.status(), reply.body());
    JsonObject item = reply.json();
    String id = item.getString("id");
    assertTrue(reply.location().endsWith("/api/v1/evidence/" + id));
    assertEquals(hex("SHA-256", jpeg), item.getString("sha256"));
    assertEquals(hex("MD5", jpeg), item.getString("md5"));
    assertEquals(jpeg.length, item.getJsonNumber("size").longValue());
    assertEquals("image/jpeg", item.getString("mediaType"));
    assertFalse(item.getString("fileName").contains("/"), "directories are stripped");
    assertFalse(item.getString("fileName").contains("<"), "markup is neutralised");
    assertEquals(
        "https://social.example/p/12345", item.getJsonObject("capture").getString("sourceUrl"));
    assertEquals("SCREENSHOT", item.getJsonObject("capture").getString("method"));
    PdqResult local = new PdqHasher().hash(new java.io.ByteArrayInputStream(jpeg));
    assertEquals(local.hash().toHex(), item.getString("pdq"), "the server's PDQ is the hasher's");
    assertEquals(local.quality(), item.getInt("pdqQuality"));
    assertTrue(item.getInt("pdqQuality") > 50);

    assertEquals(id, attorney.get("evidence/" + id).json().getString("id"));
    assertEquals(1, attorney.get("cases/" + caseId + "/evidence").jsonArray().size());
    assertEquals(List.of("RECEIVED"), actions(attorney, id));

    byte[] sample = java.util.Arrays.copyOfRange(jpeg, 2000, 2064);
    try (Stream<Path> files = Files.walk(TestEnvironment.dataDir().resolve("evidence"))) {
      List<Path> stored = files.filter(Files::isRegularFile).toList();
      assertFalse(stored.isEmpty());
      for (Path file : stored) {
        assertFalse(contains(Files.readAllBytes(file), sample), "plaintext found in " + file);
      }
    }
  }

  @Test
  void downloadsAndRevealsAreForAttorneysAndAdvocatesAndAreLogged() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient caseworker = ApiClient.as("caseworker");
    long caseId = newCase(attorney);
    attorney.post(
        "cases/" + caseId + "/team",
        "{\"username\": \"caseworker\", \"caseRole\": \"CASEWORKER\"}");
    byte[] jpeg = TestMedia.bytes(Fixture.PHOTO_JPEG);
    String id = upload(attorney, caseId, "bridge.jpg", jpeg).getString("id");

    BinaryReply blurred = caseworker.getBytes("evidence/" + id + "/preview");
    assertEquals(200, blurred.status());
    assertEquals("image/jpeg", blurred.header("Content-Type"));
    assertEquals("blurred", blurred.header("X-Preview"));
    assertEquals(403, caseworker.getBytes("evidence/" + id + "/preview?reveal=true").status());
    assertEquals(403, caseworker.getBytes("evidence/" + id + "/content").status());

    BinaryReply revealed =
        attorney.getBytes("evidence/" + id + "/preview?reveal=true&reason=identify");
    assertEquals("revealed", revealed.header("X-Preview"));
    BinaryReply download = attorney.getBytes("evidence/" + id + "/content");
    assertEquals(200, download.status());
    assertArrayEquals(jpeg, download.body());
    assertTrue(
        download.header("Content-Disposition").startsWith("attachment; filename=\"bridge.jpg\""));
    assertEquals("nosniff", download.header("X-Content-Type-Options"));

    assertEquals(List.of("RECEIVED", "PREVIEW_REVEALED", "DOWNLOADED"), actions(attorney, id));
    JsonArray custody = attorney.get("evidence/" + id + "/custody").jsonArray();
    JsonObject reveal = custody.getJsonObject(1);
    assertEquals("attorney", reveal.getString("actor"));
    assertEquals("identify", reveal.getString("reason"));
    assertNotNull(reveal.getString("address"));
    assertEquals(custody.getJsonObject(0).getString("hash"), reveal.getString("previousHash"));
  }

  @Test
  void downloadsAtTheSameTimeEachExtendTheCustodyChain() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    byte[] jpeg = TestMedia.bytes(Fixture.PHOTO_JPEG);
    String id = upload(attorney, caseId, "pier.jpg", jpeg).getString("id");
    int downloads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < downloads; i++) {
        statuses.add(pool.submit(() -> attorney.getBytes("evidence/" + id + "/content").status()));
      }
      for (Future<Integer> status : statuses) {
        assertEquals(200, status.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    JsonArray custody = attorney.get("evidence/" + id + "/custody").jsonArray();
    assertEquals(downloads + 1, custody.size());
    for (int i = 1; i < custody.size(); i++) {
      assertEquals("DOWNLOADED", custody.getJsonObject(i).getString("action"));
      assertEquals(
          custody.getJsonObject(i - 1).getString("hash"),
          custody.getJsonObject(i).getString("previousHash"));
    }
    JsonObject verified = attorney.post("evidence/" + id + "/verify", "").json();
    assertTrue(verified.getBoolean("intact"), verified.toString());
  }

  @Test
  void anotherTeamsEvidenceDoesNotExistForTheCaller() {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient otherAttorney = ApiClient.as("attorney2");
    long caseId = newCase(attorney);
    String id =
        upload(attorney, caseId, "bridge.jpg", TestMedia.bytes(Fixture.PHOTO_JPEG)).getString("id");

    assertEquals(404, otherAttorney.get("evidence/" + id).status());
    assertEquals(404, otherAttorney.getBytes("evidence/" + id + "/content").status());
    assertEquals(404, otherAttorney.getBytes("evidence/" + id + "/preview").status());
    assertEquals(404, otherAttorney.get("evidence/" + id + "/custody").status());
    assertEquals(404, otherAttorney.post("evidence/" + id + "/verify", "").status());
    assertEquals(404, otherAttorney.get("cases/" + caseId + "/evidence").status());
    assertEquals(
        404,
        otherAttorney
            .multipart(
                "cases/" + caseId + "/evidence",
                FACTS,
                "x.jpg",
                TestMedia.bytes(Fixture.PHOTO_JPEG))
            .status());
    assertEquals(List.of("RECEIVED"), actions(attorney, id), "nothing was logged for the outsider");
  }

  @Test
  void verifyDetectsAFlippedByteInTheStoredFile() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    JsonObject item = upload(attorney, caseId, "bridge.jpg", TestMedia.bytes(Fixture.PHOTO_JPEG));
    String id = item.getString("id");
    assertTrue(attorney.post("evidence/" + id + "/verify", "").json().getBoolean("intact"));

    Path blob = blobOf(id);
    byte[] stored = Files.readAllBytes(blob);
    stored[stored.length / 2] ^= 0x10;
    Files.write(blob, stored);

    JsonObject result = attorney.post("evidence/" + id + "/verify", "").json();
    assertFalse(result.getBoolean("intact"));
    assertFalse(result.getBoolean("fileIntact"));
    assertTrue(result.getBoolean("chainIntact"));
    assertEquals(List.of("RECEIVED", "VERIFIED", "VERIFICATION_FAILED"), actions(attorney, id));
  }

  @Test
  void verifyDetectsAnEditedOrDeletedCustodyRow() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    String edited =
        upload(attorney, caseId, "a.jpg", TestMedia.bytes(Fixture.PHOTO_JPEG)).getString("id");
    String truncated =
        upload(attorney, caseId, "b.jpg", TestMedia.bytes(Fixture.PHOTO_JPEG)).getString("id");
    attorney.getBytes("evidence/" + edited + "/content");
    attorney.getBytes("evidence/" + truncated + "/content");

    try (Connection db = TestEnvironment.database()) {
      try (PreparedStatement update =
          db.prepareStatement(
              "UPDATE evidence_custody SET actor = 'nobody' WHERE evidence_id = ? AND sequence_no = 2")) {
        update.setString(1, edited);
        assertEquals(1, update.executeUpdate());
      }
      try (PreparedStatement delete =
          db.prepareStatement(
              "DELETE FROM evidence_custody WHERE evidence_id = ? AND sequence_no = 2")) {
        delete.setString(1, truncated);
        assertEquals(1, delete.executeUpdate());
      }
    }

    JsonObject first = attorney.post("evidence/" + edited + "/verify", "").json();
    assertFalse(first.getBoolean("intact"));
    assertTrue(first.getBoolean("fileIntact"));
    assertFalse(first.getBoolean("chainIntact"));
    assertTrue(
        first.getString("detail").contains("Entry 2 was altered"), first.getString("detail"));
    JsonObject second = attorney.post("evidence/" + truncated + "/verify", "").json();
    assertFalse(second.getBoolean("chainIntact"));
    assertTrue(second.getString("detail").contains("removed"), second.getString("detail"));
  }

  @Test
  void badUploadsAreRefusedNamingTheFileAndLeaveNothing() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    String path = "cases/" + caseId + "/evidence";
    long storedBefore = storedFiles();

    Reply empty = attorney.multipart(path, FACTS, "empty.jpg", new byte[0]);
    Reply disguised =
        attorney.multipart(
            path,
            FACTS,
            "holiday.jpg",
            "#!/bin/sh\necho synthetic\n\u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1));
    Reply zip =
        attorney.multipart(
            path,
            FACTS,
            "photo.jpg",
            new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0});
    // Within the request body limit (the file's limit and the multipart envelope), so the
    // ingest itself must notice that the file runs past its limit.
    Reply tooLarge =
        attorney.multipartOfSize(
            path, FACTS, "notes.txt", new byte[] {'a'}, TestEnvironment.EVIDENCE_MAX_BYTES + 4096);
    Reply bomb = attorney.multipart(path, FACTS, "bomb.png", pngDeclaring(200_000, 200_000));
    Reply noFile = attorney.multipart(path, FACTS, null, null);
    Reply badFacts =
        attorney.multipart(
            path,
            Map.of("method", "TELEPATHY", "sourceUrl", "javascript:alert(1)"),
            "b.jpg",
            TestMedia.bytes(Fixture.PHOTO_JPEG));

    assertProblem(empty, 400, "file");
    assertProblem(disguised, 415, "file");
    assertProblem(zip, 415, "file");
    assertProblem(tooLarge, 413, "file");
    assertProblem(bomb, 422, "file");
    assertProblem(noFile, 400, "file");
    assertProblem(badFacts, 400, "method");
    assertEquals(0, attorney.get(path).jsonArray().size(), "no record was made");
    assertEquals(storedBefore, storedFiles(), "no bytes were left behind");
  }

  @Test
  void anUploadCutOffMidwayLeavesNothing() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    long storedBefore = storedFiles();
    byte[] jpeg = TestMedia.bytes(Fixture.PHOTO_JPEG);
    String boundary = "----cut";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\nDOWNLOAD\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.jpg\"\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[head.length + jpeg.length / 2];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(jpeg, 0, body, head.length, jpeg.length / 2);

    Reply reply =
        attorney.raw(
            "cases/" + caseId + "/evidence", "multipart/form-data; boundary=" + boundary, body);

    assertProblem(reply, 400, "file");
    assertEquals(0, attorney.get("cases/" + caseId + "/evidence").jsonArray().size());
    assertEquals(storedBefore, storedFiles());
  }

  @Test
  void matchesFindLookAlikesInTheCallersCasesOnly() {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient otherAttorney = ApiClient.as("attorney2");
    long mine = newCase(attorney);
    long theirs = newCase(otherAttorney);
    String original =
        upload(attorney, mine, "orig.jpg", TestMedia.bytes(Fixture.PHOTO_JPEG)).getString("id");
    upload(otherAttorney, theirs, "theirs.jpg", TestMedia.bytes(Fixture.PHOTO_JPEG));
    upload(attorney, mine, "unrelated.png", TestMedia.bytes(Fixture.SCREENSHOT_PNG));

    Reply reply =
        attorney.multipart(
            "evidence/matches", Map.of(), "probe.jpg", TestMedia.bytes(Fixture.PHOTO_BLURRED_JPEG));

    assertEquals(200, reply.status(), reply.body());
    List<JsonObject> matches = reply.jsonArray().getValuesAs(JsonObject.class);
    assertTrue(matches.stream().anyMatch(m -> m.getString("evidenceId").equals(original)));
    assertTrue(
        matches.stream().allMatch(m -> m.getJsonNumber("caseId").longValue() != theirs),
        "other team's evidence is invisible");
    assertTrue(matches.stream().allMatch(m -> m.getInt("distance") <= 31));
    for (int i = 1; i < matches.size(); i++) {
      assertTrue(
          matches.get(i - 1).getInt("distance") <= matches.get(i).getInt("distance"),
          "nearest first");
    }
    assertTrue(matches.stream().noneMatch(m -> m.getString("fileName").equals("unrelated.png")));
    assertEquals(
        0,
        attorney.get("cases/" + mine + "/evidence").jsonArray().stream()
            .filter(v -> v.asJsonObject().getString("fileName").equals("probe.jpg"))
            .count(),
        "the probe is not stored");
    assertEquals(
        400,
        attorney
                .multipart(
                    "evidence/matches", Map.of(), "x.txt", "text".getBytes(StandardCharsets.UTF_8))
                .status()
            / 100
            * 100);
  }

  @Test
  void anExportPackageHoldsTheFilesManifestsCustodyAndSummaryAndIsRecorded() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    byte[] jpeg = TestMedia.bytes(Fixture.PHOTO_JPEG);
    byte[] png = TestMedia.bytes(Fixture.SCREENSHOT_PNG);
    String first = upload(attorney, caseId, "bridge.jpg", jpeg).getString("id");
    String second = upload(attorney, caseId, "c.png", png).getString("id");

    BinaryReply export =
        attorney.postForBytes(
            "cases/" + caseId + "/evidence-export",
            Json.createObjectBuilder()
                .add("evidenceIds", Json.createArrayBuilder().add(first).add(second))
                .add("purpose", "Police report (synthetic)")
                .build()
                .toString());

    assertEquals(200, export.status());
    assertEquals("application/zip", export.header("Content-Type"));
    List<String> names = new ArrayList<>();
    byte[] firstItem = null;
    String manifest = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.body()))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        names.add(entry.getName());
        byte[] content = zip.readAllBytes();
        if (entry.getName().startsWith("items/01-")) {
          firstItem = content;
        } else if (entry.getName().equals("manifest.csv")) {
          manifest = new String(content, StandardCharsets.UTF_8);
        }
      }
    }
    assertTrue(
        names.containsAll(List.of("manifest.json", "manifest.csv", "summary.pdf")),
        names.toString());
    assertEquals(2, names.stream().filter(n -> n.startsWith("custody/")).count());
    assertArrayEquals(jpeg, firstItem);
    assertTrue(manifest.contains(hex("SHA-256", jpeg)) && manifest.contains(hex("SHA-256", png)));

    String exportHash = hex("SHA-256", export.body());
    for (String id : List.of(first, second)) {
      JsonArray custody = attorney.get("evidence/" + id + "/custody").jsonArray();
      JsonObject last = custody.getJsonObject(custody.size() - 1);
      assertEquals("EXPORTED", last.getString("action"));
      assertTrue(
          last.getString("detail").contains(exportHash), "the package's own SHA-256 is recorded");
      assertEquals("Police report (synthetic)", last.getString("reason"));
    }
    ApiClient advocateOffTeam = ApiClient.as("advocate");
    assertEquals(
        404, advocateOffTeam.postForBytes("cases/" + caseId + "/evidence-export", "{}").status());
  }

  private static void assertProblem(Reply reply, int status, String field) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    JsonArray errors = reply.json().getJsonArray("errors");
    assertTrue(
        errors.getValuesAs(JsonObject.class).stream()
            .anyMatch(e -> e.getString("field").equals(field)),
        reply.body());
  }

  private static Path blobOf(String evidenceId) throws Exception {
    try (Connection db = TestEnvironment.database();
        PreparedStatement query =
            db.prepareStatement("SELECT blob_id FROM evidence_item WHERE id = ?")) {
      query.setString(1, evidenceId);
      try (var rows = query.executeQuery()) {
        assertTrue(rows.next());
        String blobId = rows.getString(1);
        return TestEnvironment.dataDir()
            .resolve("evidence")
            .resolve(blobId.substring(0, 2))
            .resolve(blobId);
      }
    }
  }

  private static long storedFiles() throws IOException {
    Path root = TestEnvironment.dataDir().resolve("evidence");
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  /** A PNG header declaring a huge image, with a valid IHDR checksum and no real pixels. */
  private static byte[] pngDeclaring(int width, int height) {
    java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII))
        .putInt(width)
        .putInt(height)
        .put((byte) 8)
        .put((byte) 2)
        .put((byte) 0)
        .put((byte) 0)
        .put((byte) 0);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(ihdr.array());
    java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    java.util.zip.CRC32 end = new java.util.zip.CRC32();
    end.update("IEND".getBytes(StandardCharsets.US_ASCII));
    png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt((int) end.getValue());
    return png.array();
  }

  /**
   * Conformance: an image of Meta's reference vectors uploaded to the running server gets a PDQ
   * within 16 bits of the reference's hash (the server's decoding path, not only the hasher's).
   */
  @Test
  @RequiresPdqVectors
  void anUploadedReferenceImageHashesWithin16BitsOfTheReference() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    String reference = "images/dih/bridge-1-original.jpg";
    byte[] jpeg = Files.readAllBytes(ReferenceVectors.pdqDir().resolve(reference));

    JsonObject item = upload(attorney, caseId, "reference.jpg", jpeg);

    int distance = distance(expectedPdq(reference), item.getString("pdq"));
    assertTrue(distance <= 16, "PDQ within 16 bits of the reference, was " + distance);
  }

  private static String expectedPdq(String image) throws IOException {
    for (String line : Files.readAllLines(ReferenceVectors.pdqDir().resolve("expected.csv"))) {
      if (line.startsWith(image + ",")) {
        return line.substring(image.length() + 1).strip();
      }
    }
    throw new AssertionError("no expected hash for " + image);
  }

  private static int distance(String a, String b) {
    byte[] x = HexFormat.of().parseHex(a);
    byte[] y = HexFormat.of().parseHex(b);
    int bits = 0;
    for (int i = 0; i < x.length; i++) {
      bits += Integer.bitCount((x[i] ^ y[i]) & 0xff);
    }
    return bits;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static String hex(String algorithm, byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
  }
}
