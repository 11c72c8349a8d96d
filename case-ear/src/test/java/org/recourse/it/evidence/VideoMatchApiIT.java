package org.recourse.it.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.evidence.video.VideoFrame;
import org.recourse.evidence.video.VideoLimits;
import org.recourse.evidence.video.VideoReader;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;

/**
 * Matching across stills and videos through the API, with the project's test videos: a screenshot
 * of a stored video finds the video and the time, a clip of it finds it with the stretches both
 * show, and the video's own look-alikes list the clip. Relies on the server analysing a video after
 * it is stored (its frames in the match index), which may take a few seconds, so the first match is
 * polled for.
 */
@ExtendWith(ArquillianExtension.class)
class VideoMatchApiIT {

  private static final Map<String, String> FACTS =
      Map.of(
          "sourceUrl", "https://video.example/v/42",
          "capturedAt", "2026-11-20T14:05:00Z",
          "capturedBy", "advocate",
          "method", "DOWNLOAD",
          "description", "Clip seen on a video site");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void aStillAndAClipOfAStoredVideoFindItWithTheTimeAndTheStretches() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    String video =
        upload(attorney, caseId, "source.mp4", TestVideos.bytes(Video.SOURCE)).getString("id");

    JsonObject still = awaitMatch(attorney, "still.png", png(frameOf(Video.SOURCE, 20)), video);
    assertEquals("VIDEO", still.getString("kind"));
    assertEquals(2.0, still.getJsonNumber("frameTimeSeconds").doubleValue(), 0.01);
    assertTrue(still.getInt("distance") <= 31);

    JsonObject clip = awaitMatch(attorney, "clip.mp4", TestVideos.bytes(Video.CLIP), video);
    assertEquals("VIDEO", clip.getString("kind"));
    assertEquals(100.0, clip.getJsonNumber("queryPercent").doubleValue(), 0.01);
    assertEquals(50.0, clip.getJsonNumber("comparedPercent").doubleValue(), 0.01);
    JsonArray segments = clip.getJsonArray("segments");
    assertEquals(1, segments.size(), clip.toString());
    JsonObject segment = segments.getJsonObject(0);
    assertEquals(0.0, segment.getJsonNumber("queryStart").doubleValue(), 0.01);
    assertEquals(1.0, segment.getJsonNumber("queryEnd").doubleValue(), 0.01);
    assertEquals(1.0, segment.getJsonNumber("matchStart").doubleValue(), 0.01);
    assertEquals(2.0, segment.getJsonNumber("matchEnd").doubleValue(), 0.01);

    String stored =
        upload(attorney, caseId, "clip.mp4", TestVideos.bytes(Video.CLIP)).getString("id");
    JsonObject ofItem = awaitItemMatch(attorney, video, stored);
    assertEquals(100.0, ofItem.getJsonNumber("comparedPercent").doubleValue(), 0.01);
    assertEquals(50.0, ofItem.getJsonNumber("queryPercent").doubleValue(), 0.01);
    assertEquals(1, ofItem.getJsonArray("segments").size(), ofItem.toString());
  }

  @Test
  void badProbesAreRefusedNamingTheField() {
    ApiClient attorney = ApiClient.as("attorney");
    byte[] video = TestVideos.bytes(Video.CLIP);

    assertProblem(
        attorney.multipart("evidence/matches?threshold=257", Map.of(), "clip.mp4", video),
        400,
        "threshold");
    assertProblem(
        attorney.multipart("evidence/matches?threshold=-1", Map.of(), "clip.mp4", video),
        400,
        "threshold");
    assertProblem(
        attorney.multipart("evidence/matches?threshold=near", Map.of(), "clip.mp4", video),
        400,
        "threshold");
    assertProblem(
        attorney.multipart("evidence/matches", Map.of(), "empty.mp4", new byte[0]), 400, "file");
    assertProblem(
        attorney.multipart(
            "evidence/matches", Map.of(), "cut.mp4", Arrays.copyOf(video, video.length / 3)),
        415,
        "file");
  }

  private static JsonObject awaitMatch(ApiClient client, String name, byte[] probe, String expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (true) {
      Reply reply = client.multipart("evidence/matches", Map.of(), name, probe);
      assertEquals(200, reply.status(), reply.body());
      Optional<JsonObject> found = find(reply, expected);
      if (found.isPresent()) {
        return found.get();
      }
      assertTrue(System.nanoTime() < deadline, "no match for " + name + ": " + reply.body());
      Thread.sleep(1000);
    }
  }

  private static JsonObject awaitItemMatch(ApiClient client, String item, String expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (true) {
      Reply reply = client.get("evidence/" + item + "/matches");
      if (reply.status() == 200) {
        Optional<JsonObject> found = find(reply, expected);
        if (found.isPresent()) {
          return found.get();
        }
      }
      assertTrue(System.nanoTime() < deadline, "no look-alike " + expected + ": " + reply.body());
      Thread.sleep(1000);
    }
  }

  private static Optional<JsonObject> find(Reply reply, String evidenceId) {
    List<JsonObject> matches = reply.jsonArray().getValuesAs(JsonObject.class);
    return matches.stream().filter(m -> m.getString("evidenceId").equals(evidenceId)).findFirst();
  }

  private static long newCase(ApiClient attorney) {
    return attorney
        .post(
            "cases",
            """
            {"title": "Video case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
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

  private static void assertProblem(Reply reply, int status, String field) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertTrue(
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .anyMatch(e -> e.getString("field").equals(field)),
        reply.body());
  }

  /** A frame of the video as a screenshot of it would show it, decoded by the project's reader. */
  private static BufferedImage frameOf(Video video, int frameNumber) throws IOException {
    try (VideoReader reader = VideoReader.open(TestVideos.file(video), VideoLimits.DEFAULT)) {
      for (VideoFrame frame = reader.next(); frame != null; frame = reader.next()) {
        if (frame.frameNumber() == frameNumber) {
          return frame.image();
        }
      }
    }
    throw new IllegalArgumentException("no frame " + frameNumber);
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
