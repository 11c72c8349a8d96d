package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.vpdq.VideoHash;
import org.recourse.evidence.vpdq.VpdqFrame;
import org.recourse.evidence.vpdq.VpdqHasher;
import org.recourse.evidence.vpdq.VpdqSettings;
import org.recourse.evidence.vpdq.VpdqTextFormat;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;

/**
 * Video evidence through the API: a video is stored at once and analysed afterwards; its frame
 * hashes are the ones the project's own vPDQ hasher computes locally from the same file; its
 * previews are blurred unless revealed (and logged); a video that cannot be decoded is kept with a
 * message; an export carries the frame hashes in the reference's text format.
 */
@ExtendWith(ArquillianExtension.class)
class VideoEvidenceIT {

  /** Frames decoded by the same FFmpeg build hash alike; a few bits allow for another CPU path. */
  private static final int HASH_TOLERANCE = 8;

  private static final Map<String, String> FACTS =
      Map.of(
          "sourceUrl", "https://video.example/watch/123",
          "capturedAt", "2026-11-20T14:05:00Z",
          "method", "DOWNLOAD",
          "description", "Synthetic test video");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void anUploadedVideoIsAnalysedAndItsFramesMatchTheLocalVpdqHash() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    byte[] video = TestVideos.bytes(Video.SOURCE);

    JsonObject uploaded = upload(attorney, caseId, "clip.mp4", video);
    assertTrue(uploaded.getString("mediaType").startsWith("video/"), uploaded.toString());
    assertEquals("PENDING", uploaded.getString("analysisStatus"));
    String id = uploaded.getString("id");

    JsonObject item = awaitAnalysis(attorney, id);
    assertEquals("DONE", item.getString("analysisStatus"), item.toString());
    assertEquals(TestVideos.WIDTH, item.getInt("width"));
    assertEquals(TestVideos.HEIGHT, item.getInt("height"));
    assertEquals(TestVideos.FPS, item.getJsonNumber("frameRate").doubleValue(), 1e-6);
    assertEquals(TestVideos.SECONDS, item.getJsonNumber("durationSeconds").doubleValue(), 0.11);
    assertEquals("mpeg4", item.getString("codec"));
    assertTrue(item.getBoolean("previewable"));

    VideoHash local = new VpdqHasher(VpdqSettings.DEFAULT).hash(TestVideos.file(Video.SOURCE));
    List<JsonObject> frames =
        attorney.get("evidence/" + id + "/frames").jsonArray().getValuesAs(JsonObject.class);
    assertEquals(local.frames().size(), frames.size());
    assertEquals(frames.size(), item.getInt("frameCount"));
    for (int i = 0; i < frames.size(); i++) {
      VpdqFrame expected = local.frames().get(i);
      JsonObject actual = frames.get(i);
      assertEquals(expected.frameNumber(), actual.getInt("frameNumber"));
      assertEquals(
          expected.timestampSeconds(),
          actual.getJsonNumber("timestampSeconds").doubleValue(),
          1e-3);
      assertEquals(expected.quality(), actual.getInt("quality"), 5);
      int distance = expected.hash().distanceTo(PdqHash.fromHex(actual.getString("pdq")));
      assertTrue(distance <= HASH_TOLERANCE, "frame " + i + " is " + distance + " bits off");
    }

    BinaryReply text = attorney.getBytes("evidence/" + id + "/frames", "text/plain");
    assertEquals(200, text.status());
    assertTrue(text.header("Content-Type").startsWith("text/plain"), text.header("Content-Type"));
    List<VpdqFrame> parsed = VpdqTextFormat.parse(new String(text.body(), StandardCharsets.UTF_8));
    BinaryReply byQuery = attorney.getBytes("evidence/" + id + "/frames?format=vpdq", "*/*");
    assertArrayEquals(text.body(), byQuery.body());
    assertEquals(frames.size(), parsed.size());
    for (int i = 0; i < parsed.size(); i++) {
      assertEquals(frames.get(i).getInt("frameNumber"), parsed.get(i).frameNumber());
      assertEquals(frames.get(i).getString("pdq"), parsed.get(i).hash().toHex());
      assertEquals(frames.get(i).getInt("quality"), parsed.get(i).quality());
    }

    List<String> actions = actions(attorney, id);
    assertEquals(List.of("RECEIVED", "VIDEO_ANALYSED"), actions);
    JsonObject analysed = attorney.get("evidence/" + id + "/custody").jsonArray().getJsonObject(1);
    assertEquals("system", analysed.getString("actor"));
    assertTrue(analysed.getString("detail").contains(frames.size() + " frame"));
  }

  @Test
  void aVideosPostersAreBlurredForACaseworkerAndARevealIsLogged() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient caseworker = ApiClient.as("caseworker");
    long caseId = newCase(attorney);
    attorney.post(
        "cases/" + caseId + "/team",
        "{\"username\": \"caseworker\", \"caseRole\": \"CASEWORKER\"}");
    String id =
        upload(attorney, caseId, "clip.mp4", TestVideos.bytes(Video.SOURCE)).getString("id");
    assertEquals("DONE", awaitAnalysis(attorney, id).getString("analysisStatus"));

    BinaryReply poster = caseworker.getBytes("evidence/" + id + "/preview");
    assertEquals(200, poster.status());
    assertEquals("image/jpeg", poster.header("Content-Type"));
    assertEquals("blurred", poster.header("X-Preview"));
    BinaryReply strip = caseworker.getBytes("evidence/" + id + "/preview?variant=strip");
    assertEquals(200, strip.status());
    assertEquals("blurred", strip.header("X-Preview"));
    BufferedImage stripImage = ImageIO.read(new ByteArrayInputStream(strip.body()));
    assertTrue(stripImage.getWidth() > 4 * stripImage.getHeight(), "six frames side by side");
    assertEquals(403, caseworker.getBytes("evidence/" + id + "/preview?reveal=true").status());
    assertEquals(400, caseworker.getBytes("evidence/" + id + "/preview?variant=film").status());
    assertEquals(List.of("RECEIVED", "VIDEO_ANALYSED"), actions(attorney, id));

    BinaryReply revealed =
        attorney.getBytes("evidence/" + id + "/preview?reveal=true&reason=identify");
    assertEquals(200, revealed.status());
    assertEquals("revealed", revealed.header("X-Preview"));
    BufferedImage sharp = ImageIO.read(new ByteArrayInputStream(revealed.body()));
    BufferedImage blurred = ImageIO.read(new ByteArrayInputStream(poster.body()));
    assertTrue(
        detail(blurred) * 3 < detail(sharp),
        "the blurred poster keeps no detail: " + detail(blurred) + " vs " + detail(sharp));

    assertEquals(List.of("RECEIVED", "VIDEO_ANALYSED", "PREVIEW_REVEALED"), actions(attorney, id));
    JsonObject reveal = attorney.get("evidence/" + id + "/custody").jsonArray().getJsonObject(2);
    assertEquals("attorney", reveal.getString("actor"));
    assertEquals("identify", reveal.getString("reason"));
  }

  @Test
  void revealingThePosterAndTheStripAtOnceLogsBothReveals() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    String id = upload(attorney, caseId, "clip.mp4", TestVideos.bytes(Video.CLIP)).getString("id");
    assertEquals("DONE", awaitAnalysis(attorney, id).getString("analysisStatus"));

    CompletableFuture<BinaryReply> poster =
        CompletableFuture.supplyAsync(
            () -> attorney.getBytes("evidence/" + id + "/preview?reveal=true"));
    CompletableFuture<BinaryReply> strip =
        CompletableFuture.supplyAsync(
            () -> attorney.getBytes("evidence/" + id + "/preview?reveal=true&variant=strip"));

    assertEquals(200, poster.get().status());
    assertEquals(200, strip.get().status());
    assertEquals(
        List.of("RECEIVED", "VIDEO_ANALYSED", "PREVIEW_REVEALED", "PREVIEW_REVEALED"),
        actions(attorney, id));
    assertEquals(true, attorney.post("evidence/" + id + "/verify", "").json().getBoolean("intact"));
  }

  @Test
  void aCorruptVideoFailsWithAMessageAndIsStillStoredIntact() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    byte[] source = TestVideos.bytes(Video.SOURCE);
    byte[] truncated = Arrays.copyOf(source, source.length / 3);

    String id = upload(attorney, caseId, "cut.mp4", truncated).getString("id");
    JsonObject item = awaitAnalysis(attorney, id);

    assertEquals("FAILED", item.getString("analysisStatus"));
    assertTrue(item.getString("analysisNote").startsWith("This video could not be analysed"));
    assertFalse(item.getBoolean("previewable"));
    assertEquals(hex(truncated), item.getString("sha256"));
    BinaryReply download = attorney.getBytes("evidence/" + id + "/content");
    assertEquals(200, download.status());
    assertArrayEquals(truncated, download.body());
    Reply frames = attorney.get("evidence/" + id + "/frames");
    assertEquals(409, frames.status());
    assertTrue(frames.contentType().startsWith("application/problem+json"), frames.contentType());
    assertEquals(404, attorney.getBytes("evidence/" + id + "/preview").status());
    assertEquals(List.of("RECEIVED", "VIDEO_ANALYSIS_FAILED", "DOWNLOADED"), actions(attorney, id));
    JsonObject failed = attorney.get("evidence/" + id + "/custody").jsonArray().getJsonObject(1);
    assertEquals(item.getString("analysisNote"), failed.getString("detail"));
  }

  @Test
  void framesFollowTheItemsAccessRule() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    String video =
        upload(attorney, caseId, "clip.mp4", TestVideos.bytes(Video.CLIP)).getString("id");
    String image =
        upload(attorney, caseId, "photo.jpg", TestMedia.bytes(Fixture.PHOTO_JPEG)).getString("id");
    awaitAnalysis(attorney, video);

    assertEquals(404, ApiClient.as("attorney2").get("evidence/" + video + "/frames").status());
    assertEquals(409, attorney.get("evidence/" + image + "/frames").status());
    assertEquals(400, attorney.get("evidence/" + video + "/frames?format=xml").status());
    assertEquals(200, attorney.get("evidence/" + video + "/frames").status());
  }

  @Test
  void anExportCarriesAnAnalysedVideosFrameHashesInTheReferenceFormat() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    String id = upload(attorney, caseId, "clip.mp4", TestVideos.bytes(Video.CLIP)).getString("id");
    assertEquals("DONE", awaitAnalysis(attorney, id).getString("analysisStatus"));
    byte[] expected = attorney.getBytes("evidence/" + id + "/frames?format=vpdq", "*/*").body();

    BinaryReply export =
        attorney.postForBytes(
            "cases/" + caseId + "/evidence-export",
            Json.createObjectBuilder()
                .add("evidenceIds", Json.createArrayBuilder().add(id))
                .add("purpose", "Platform report (synthetic)")
                .build()
                .toString());
    assertEquals(200, export.status());
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.body()))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    }
    byte[] vpdq = entries.get("vpdq/01-" + id + ".txt");
    assertNotNull(vpdq, entries.keySet().toString());
    assertArrayEquals(expected, vpdq);
    String manifest = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("vpdq/01-" + id + ".txt"));
    assertTrue(manifest.contains(hex(vpdq)), "the manifest gives the vPDQ file's SHA-256");
  }

  private static long newCase(ApiClient attorney) {
    return attorney
        .post(
            "cases",
            """
            {"title": "Video evidence case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": {"pseudonym": "Video client"}, "jurisdictions": ["US"]}
            """)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject upload(ApiClient client, long caseId, String name, byte[] file) {
    Reply reply = client.multipart("cases/" + caseId + "/evidence", FACTS, name, file);
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  /** Polls the item until its analysis has finished, for at most two minutes. */
  private static JsonObject awaitAnalysis(ApiClient client, String id) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (true) {
      JsonObject item = client.get("evidence/" + id).json();
      if (!"PENDING".equals(item.getString("analysisStatus", "PENDING"))
          || System.nanoTime() > deadline) {
        return item;
      }
      Thread.sleep(250);
    }
  }

  private static List<String> actions(ApiClient client, String id) {
    return client
        .get("evidence/" + id + "/custody")
        .jsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(entry -> entry.getString("action"))
        .toList();
  }

  /** Mean absolute difference between horizontal neighbours' green values: edges and texture. */
  private static double detail(BufferedImage image) {
    long sum = 0;
    long count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 1; x < image.getWidth(); x++) {
        int left = (image.getRGB(x - 1, y) >> 8) & 0xff;
        int right = (image.getRGB(x, y) >> 8) & 0xff;
        sum += Math.abs(left - right);
        count++;
      }
    }
    return sum / (double) count;
  }

  private static String hex(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }
}
