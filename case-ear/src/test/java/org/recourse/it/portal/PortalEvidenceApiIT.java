package org.recourse.it.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * A client sends their team files through the portal's API: into the same vault as the team's
 * evidence (hashed, PDQ, a custody entry "received from the client through the portal"), refused
 * exactly as the team's uploads are, listed back to the client with blurred previews only, and seen
 * by the team as any evidence. Another client's case is a missing one; the team's own items are not
 * the client's to see.
 */
@ExtendWith(ArquillianExtension.class)
class PortalEvidenceApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static ApiClient attorney;
  private static ApiClient client;
  private static long caseId;
  private static String tag;

  @BeforeAll
  static void aCaseLinkedToTheClient() {
    attorney = ApiClient.as("attorney");
    client = ApiClient.as("client");
    tag = UUID.randomUUID().toString().substring(0, 8);
    caseId = attorney.newCase("Portal files " + tag, "Client-" + tag);
    Reply linked =
        ApiClient.as("admin")
            .put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}");
    assertEquals(200, linked.status(), linked.body());
  }

  @Test
  void theClientsFileIsStoredHashedAndRecordedAsReceivedFromThemAndTheTeamSeesIt()
      throws Exception {
    byte[] photo = TestMedia.bytes(Fixture.PHOTO_JPEG);
    Reply sent =
        client.multipart(
            mine(),
            Map.of("description", "The forum post " + tag, "capturedBy", "someone else"),
            "photo.jpg",
            photo);

    assertEquals(201, sent.status(), sent.body());
    JsonObject upload = sent.json();
    String id = upload.getString("id");
    assertEquals("photo.jpg", upload.getString("fileName"));
    assertEquals(photo.length, upload.getJsonNumber("size").longValue());
    assertEquals("The forum post " + tag, upload.getString("description"));
    for (String teamOnly : List.of("sha256", "md5", "pdq", "custodyEvents", "receivedBy")) {
      assertFalse(upload.containsKey(teamOnly), teamOnly + " is the team's: " + upload);
    }
    String previewUrl = upload.getString("previewUrl");
    assertEquals(
        "/recourse/api/v1/portal/cases/" + caseId + "/evidence/" + id + "/preview", previewUrl);

    JsonArray listed = client.get(mine()).jsonArray();
    assertTrue(listed.toString().contains(id), listed.toString());

    BinaryReply preview = client.getBytes(previewUrl.substring("/recourse/api/v1/".length()));
    assertEquals(200, preview.status());
    assertEquals("image/jpeg", preview.header("Content-Type"));
    assertEquals("no-store", preview.header("Cache-Control"));
    BinaryReply teamBlurred = attorney.getBytes("evidence/" + id + "/preview");
    BinaryReply teamSharp = attorney.getBytes("evidence/" + id + "/preview?reveal=true");
    assertEquals(200, teamSharp.status());
    assertArrayEquals(teamBlurred.body(), preview.body(), "the client sees the blurred preview");
    assertFalse(Arrays.equals(teamSharp.body(), preview.body()), "never the sharp one");

    JsonObject item = attorney.get("evidence/" + id).json();
    assertEquals("client", item.getString("receivedBy"));
    assertEquals(sha256(photo), item.getString("sha256"));
    assertNotNull(item.getString("pdq"), "hashed for look-alikes");
    JsonObject capture = item.getJsonObject("capture");
    assertEquals("RECEIVED_FROM_VICTIM", capture.getString("method"));
    assertEquals("The forum post " + tag, capture.getString("description"));
    assertFalse(capture.containsKey("capturedBy"), "the team's facts are not the client's");
    assertTrue(attorney.get("cases/" + caseId + "/evidence").body().contains(id));
    JsonObject received = attorney.get("evidence/" + id + "/custody").jsonArray().getJsonObject(0);
    assertEquals("RECEIVED", received.getString("action"));
    assertEquals("client", received.getString("actor"));
    assertTrue(
        received
            .getString("detail")
            .startsWith("Received from the client through the portal; SHA-256 " + sha256(photo)),
        received.toString());
  }

  @Test
  void aTwelveMegabyteFileIsAcceptedPastTheOrdinaryRequestLimit() {
    byte[] line = "Synthetic portal upload line.\n".getBytes(StandardCharsets.US_ASCII);
    Reply sent = client.multipartOfSize(mine(), Map.of(), "notes.txt", line, 12_000_000);
    assertEquals(201, sent.status(), sent.body());
    assertEquals(12_000_000, sent.json().getJsonNumber("size").longValue());
    assertFalse(sent.json().containsKey("previewUrl"), "a text file has no preview");
  }

  @Test
  void badUploadsAreRefusedExactlyAsTheEvidenceTabRefusesThemAndLeaveNothing() throws Exception {
    String team = "cases/" + caseId + "/evidence";
    int listedBefore = client.get(mine()).jsonArray().size();
    int teamBefore = attorney.get(team).jsonArray().size();
    long storedBefore = storedFiles();
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0};
    byte[] script =
        "#!/bin/sh\necho synthetic\n\u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);

    compare(
        client.multipart(mine(), Map.of(), "empty.jpg", new byte[0]),
        attorney.multipart(team, Map.of("method", "OTHER"), "empty.jpg", new byte[0]),
        400);
    compare(
        client.multipart(mine(), Map.of(), "photo.jpg", zip),
        attorney.multipart(team, Map.of("method", "OTHER"), "photo.jpg", zip),
        415);
    compare(
        client.multipart(mine(), Map.of(), "holiday.jpg", script),
        attorney.multipart(team, Map.of("method", "OTHER"), "holiday.jpg", script),
        415);
    compare(
        client.multipart(mine(), Map.of("description", "no file"), null, null),
        attorney.multipart(team, Map.of("method", "OTHER"), null, null),
        400);
    Reply tooLarge =
        client.multipartOfSize(
            mine(),
            Map.of(),
            "notes.txt",
            new byte[] {'a'},
            TestEnvironment.EVIDENCE_MAX_BYTES + 4096);
    assertProblem(tooLarge, 413, "file");
    assertEquals(
        "The file is larger than the limit of 320 MiB.",
        tooLarge.json().getString("detail"),
        tooLarge.body());
    Reply longDescription =
        client.multipart(
            mine(),
            Map.of("description", "x".repeat(4001)),
            "photo.jpg",
            TestMedia.bytes(Fixture.PHOTO_JPEG));
    assertProblem(longDescription, 400, "description");

    assertEquals(listedBefore, client.get(mine()).jsonArray().size(), "nothing was recorded");
    assertEquals(teamBefore, attorney.get(team).jsonArray().size());
    assertEquals(storedBefore, storedFiles(), "no bytes were left behind");
  }

  @Test
  void anotherCaseIsAMissingOneAndTheTeamsItemsAreNotTheClients() {
    long other = ApiClient.as("attorney2").newCase("Other " + tag, "Other-" + tag);
    byte[] photo = TestMedia.bytes(Fixture.PHOTO_JPEG);
    Reply onOther =
        client.multipart("portal/cases/" + other + "/evidence", Map.of(), "a.jpg", photo);
    Reply onMissing = client.multipart("portal/cases/987654321/evidence", Map.of(), "a.jpg", photo);
    assertEquals(404, onOther.status(), onOther.body());
    assertEquals(onMissing.status(), onOther.status());
    assertEquals(onMissing.json().getString("detail"), onOther.json().getString("detail"));
    assertEquals(404, client.get("portal/cases/" + other + "/evidence").status());
    assertTrue(attorney2Sees(other).isEmpty(), "nothing reached the other case");

    Reply teams =
        attorney.multipart(
            "cases/" + caseId + "/evidence", Map.of("method", "SCREENSHOT"), "team.jpg", photo);
    assertEquals(201, teams.status(), teams.body());
    String teamItem = teams.json().getString("id");
    assertFalse(client.get(mine()).body().contains(teamItem), "the team's item is not listed");
    assertEquals(404, client.getBytes(mine() + "/" + teamItem + "/preview").status());
    assertEquals(
        404,
        client.getBytes("portal/cases/" + other + "/evidence/" + teamItem + "/preview").status());

    assertEquals(403, attorney.get(mine()).status(), "staff do not use the portal's routes");
    assertEquals(403, attorney.multipart(mine(), Map.of(), "a.jpg", photo).status());
  }

  @Test
  void anIncidentLogEntryCarriesTheClientsOwnFilesAndNoOtherEvidence() {
    byte[] photo = TestMedia.bytes(Fixture.PHOTO_JPEG);
    Reply own = client.multipart(mine(), Map.of("description", "Shown " + tag), "post.jpg", photo);
    assertEquals(201, own.status(), own.body());
    String ownId = own.json().getString("id");
    String incidents = "portal/cases/" + caseId + "/incidents";

    Reply added =
        client.post(
            incidents,
            "{\"occurredAt\": \"2026-11-02T21:30:00Z\", \"what\": \"Posted with files "
                + tag
                + "\", \"evidenceIds\": [\""
                + ownId
                + "\"]}");
    assertEquals(201, added.status(), added.body());
    assertEquals(List.of(ownId), ids(added.json()));
    JsonObject mineListed = entry(client.get(incidents).jsonArray(), "Posted with files " + tag);
    assertEquals(List.of(ownId), ids(mineListed));
    JsonObject named = mineListed.getJsonArray("evidence").getJsonObject(0);
    assertEquals("post.jpg", named.getString("fileName"));
    assertEquals("Shown " + tag, named.getString("description"));
    JsonObject teamListed =
        entry(
            attorney.get("cases/" + caseId + "/portal/incidents").jsonArray(),
            "Posted with files " + tag);
    assertEquals(List.of(ownId), ids(teamListed));
    JsonArray history = attorney.get("cases/" + caseId + "/history").jsonArray();
    assertTrue(
        history.getValuesAs(JsonObject.class).stream()
            .anyMatch(
                e ->
                    e.getString("entity").equals("Incident log entry")
                        && e.getString("field").equals("evidenceIds")
                        && e.toString().contains(ownId)),
        history.toString());

    Reply teams =
        attorney.multipart(
            "cases/" + caseId + "/evidence", Map.of("method", "SCREENSHOT"), "team.jpg", photo);
    long other = ApiClient.as("attorney2").newCase("Other files " + tag, "Files-" + tag);
    Reply elsewhere =
        ApiClient.as("attorney2")
            .multipart(
                "cases/" + other + "/evidence", Map.of("method", "SCREENSHOT"), "x.jpg", photo);
    assertEquals(201, elsewhere.status(), elsewhere.body());
    int before = client.get(incidents).jsonArray().size();
    String refusedDetail = null;
    for (String bad :
        List.of(
            "[\"" + teams.json().getString("id") + "\"]",
            "[\"" + elsewhere.json().getString("id") + "\"]",
            "[\"" + ownId + "\", \"" + UUID.randomUUID() + "\"]")) {
      Reply refused =
          client.post(
              incidents,
              "{\"occurredAt\": \"2026-11-02T21:30:00Z\", \"what\": \"Refused\","
                  + " \"evidenceIds\": "
                  + bad
                  + "}");
      assertProblem(refused, 400, "evidenceIds");
      String message = refused.json().getJsonArray("errors").getJsonObject(0).getString("message");
      if (refusedDetail == null) {
        refusedDetail = message;
      }
      assertEquals(refusedDetail, message, "worded alike whatever the item is: " + bad);
    }
    Reply withNull =
        client.post(
            incidents,
            "{\"occurredAt\": \"2026-11-02T21:30:00Z\", \"what\": \"Refused\","
                + " \"evidenceIds\": [null]}");
    assertEquals(400, withNull.status(), withNull.body());
    assertTrue(
        withNull
            .json()
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("field")
            .startsWith("evidenceIds"),
        withNull.body());
    Reply notAList =
        client.post(
            incidents,
            "{\"occurredAt\": \"2026-11-02T21:30:00Z\", \"what\": \"Refused\","
                + " \"evidenceIds\": {\"id\": 1}}");
    assertProblem(notAList, 400, "evidenceIds");
    assertEquals(before, client.get(incidents).jsonArray().size(), "nothing was recorded");
  }

  @Test
  void secureMessagesCarryFilesFromTheVaultEachSideChoosingOnlyWhatItMay() {
    byte[] photo = TestMedia.bytes(Fixture.PHOTO_JPEG);
    Reply own = client.multipart(mine(), Map.of(), "copy.jpg", photo);
    Reply teams =
        attorney.multipart(
            "cases/" + caseId + "/evidence", Map.of("method", "SCREENSHOT"), "shot.jpg", photo);
    assertEquals(201, teams.status(), teams.body());
    String ownId = own.json().getString("id");
    String teamId = teams.json().getString("id");
    String clientThreads = "portal/cases/" + caseId + "/messages";
    String teamThreads = "cases/" + caseId + "/portal/messages";

    Reply started =
        client.post(
            clientThreads,
            "{\"subject\": \"Files "
                + tag
                + "\", \"body\": \"See the copy\","
                + " \"evidenceIds\": [\""
                + ownId
                + "\"]}");
    assertEquals(201, started.status(), started.body());
    long thread = started.json().getJsonNumber("id").longValue();
    JsonObject forTeam = message(attorney.get(teamThreads).jsonArray(), thread, 0);
    JsonObject attached = forTeam.getJsonArray("attachments").getJsonObject(0);
    assertEquals(ownId, attached.getString("id"));
    assertEquals("copy.jpg", attached.getString("fileName"));

    assertProblem(
        client.post(
            clientThreads + "/" + thread,
            "{\"body\": \"And the team's\", \"evidenceIds\": [\"" + teamId + "\"]}"),
        400,
        "evidenceIds");
    Reply answered =
        attorney.post(
            teamThreads + "/" + thread,
            "{\"body\": \"Our capture\", \"evidenceIds\": [\"" + teamId + "\"]}");
    assertEquals(201, answered.status(), answered.body());
    JsonObject forClient = message(client.get(clientThreads).jsonArray(), thread, 1);
    assertEquals(
        "shot.jpg", forClient.getJsonArray("attachments").getJsonObject(0).getString("fileName"));
    assertFalse(forClient.toString().contains("sha256"), "a name only: " + forClient);

    long other = ApiClient.as("attorney2").newCase("Other messages " + tag, "Msg-" + tag);
    String otherItem =
        ApiClient.as("attorney2")
            .multipart(
                "cases/" + other + "/evidence", Map.of("method", "SCREENSHOT"), "o.jpg", photo)
            .json()
            .getString("id");
    assertProblem(
        attorney.post(
            teamThreads,
            "{\"subject\": \"S\", \"body\": \"B\", \"evidenceIds\": [\"" + otherItem + "\"]}"),
        400,
        "evidenceIds");
    assertEquals(
        2,
        messages(attorney.get(teamThreads).jsonArray(), thread).size(),
        "the refused answer was not written");
  }

  private static JsonObject message(JsonArray threads, long thread, int index) {
    return messages(threads, thread).getJsonObject(index);
  }

  private static JsonArray messages(JsonArray threads, long thread) {
    return threads.getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getJsonNumber("id").longValue() == thread)
        .findFirst()
        .orElseThrow(() -> new AssertionError(thread + " not in " + threads))
        .getJsonArray("messages");
  }

  private static JsonObject entry(JsonArray log, String what) {
    return log.getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("what").equals(what))
        .findFirst()
        .orElseThrow(() -> new AssertionError(what + " not in " + log));
  }

  private static List<String> ids(JsonObject entry) {
    return entry.getJsonArray("evidenceIds").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static JsonArray attorney2Sees(long other) {
    return ApiClient.as("attorney2").get("cases/" + other + "/evidence").jsonArray();
  }

  private static String mine() {
    return "portal/cases/" + caseId + "/evidence";
  }

  /** The client's refusal is the team's: the same status, detail and field messages. */
  private static void compare(Reply forClient, Reply forTeam, int status) {
    assertProblem(forClient, status, "file");
    assertEquals(forTeam.status(), forClient.status(), forTeam.body());
    assertEquals(forTeam.json().getString("detail"), forClient.json().getString("detail"));
    assertEquals(
        forTeam.json().getJsonArray("errors"),
        forClient.json().getJsonArray("errors"),
        forClient.body());
  }

  private static void assertProblem(Reply reply, int status, String field) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    JsonArray errors = reply.json().getJsonArray("errors");
    assertTrue(
        errors != null
            && errors.getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals(field)),
        reply.body());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
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
}
