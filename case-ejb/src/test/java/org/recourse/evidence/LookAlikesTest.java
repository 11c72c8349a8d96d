package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.EvidenceViews.MatchKind;
import org.recourse.evidence.EvidenceViews.SegmentView;
import org.recourse.evidence.LookAlikes.Found;
import org.recourse.evidence.index.PdqMultiIndex;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.evidence.video.VideoFrame;
import org.recourse.evidence.video.VideoLimits;
import org.recourse.evidence.video.VideoReader;
import org.recourse.evidence.vpdq.VpdqFrame;
import org.recourse.evidence.vpdq.VpdqHasher;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;

/**
 * Look-alikes over the project's test videos, hashed as stored videos and probes are (one frame a
 * second, bars cropped): the source is four one-second scenes, the clip its seconds 1 to 3.
 */
class LookAlikesTest {

  private static final Map<Video, List<VpdqFrame>> HASHED = new EnumMap<>(Video.class);

  private final PdqMultiIndex index = new PdqMultiIndex();
  private final Map<String, List<VpdqFrame>> stored = new HashMap<>();
  private final LookAlikes lookAlikes =
      new LookAlikes(
          probe ->
              index.search(probe, PdqHash.MATCH_THRESHOLD, caseId -> caseId != 99).stream()
                  .map(
                      hit ->
                          new PdqIndex.Match(
                              hit.evidenceId(),
                              hit.caseId(),
                              hit.video(),
                              hit.distance(),
                              hit.timeSeconds()))
                  .toList(),
          stored::get,
          PdqHash.MATCH_THRESHOLD,
          100);

  @Test
  void aStillOfAVideoFindsTheVideoAtThatTime() throws IOException {
    storeVideo("source", 1, Video.SOURCE);
    storeVideo("unrelated", 1, Video.UNRELATED);
    storeImage("photo", 1, TestMedia.scene(5, 320, 180));

    List<Found> found = lookAlikes.ofStill(stillOf(Video.SOURCE, 20), null);

    assertEquals(1, found.size(), found.toString());
    Found video = found.get(0);
    assertEquals("source", video.evidenceId());
    assertEquals(MatchKind.VIDEO, video.kind());
    assertEquals(2.0, video.frameTimeSeconds(), 1e-6);
    assertTrue(video.distance() <= 8, "distance " + video.distance());
    assertNull(video.comparedPercent());
  }

  @Test
  void aStillFindsImagesAndVideosButNotInCasesOutOfSight() throws IOException {
    PdqHash still = stillOf(Video.SOURCE, 30);
    storeVideo("source", 1, Video.SOURCE);
    storeVideo("hidden", 99, Video.SOURCE);
    index.putImage("screenshot", 2, still);

    List<Found> found = lookAlikes.ofStill(still, null);

    assertEquals(List.of("screenshot", "source"), found.stream().map(Found::evidenceId).toList());
    assertEquals(MatchKind.IMAGE, found.get(0).kind());
    assertNull(found.get(0).frameTimeSeconds());
    assertEquals(3.0, found.get(1).frameTimeSeconds(), 1e-6);
    assertEquals(
        List.of("source"),
        lookAlikes.ofStill(still, "screenshot").stream().map(Found::evidenceId).toList());
  }

  @Test
  void aClipFindsTheLongerVideoItWasCutFromWithTheStretchesBothShow() throws IOException {
    storeVideo("source", 1, Video.SOURCE);
    storeVideo("unrelated", 1, Video.UNRELATED);

    List<Found> found = lookAlikes.ofVideo(hashed(Video.CLIP), null);

    assertEquals(1, found.size(), found.toString());
    Found source = found.get(0);
    assertEquals("source", source.evidenceId());
    assertEquals(MatchKind.VIDEO, source.kind());
    assertEquals(100.0, source.queryPercent());
    assertEquals(50.0, source.comparedPercent());
    assertEquals(List.of(new SegmentView(0, 1, 1, 2)), source.segments());
  }

  @Test
  void aLongerVideoFindsAStoredClipOfIt() throws IOException {
    storeVideo("clip", 1, Video.CLIP);
    storeVideo("unrelated", 1, Video.UNRELATED);

    List<Found> found = lookAlikes.ofVideo(hashed(Video.SOURCE), null);

    assertEquals(1, found.size(), found.toString());
    Found clip = found.get(0);
    assertEquals("clip", clip.evidenceId());
    assertEquals(100.0, clip.comparedPercent());
    assertEquals(50.0, clip.queryPercent());
    assertEquals(List.of(new SegmentView(1, 2, 0, 1)), clip.segments());
  }

  @Test
  void aReEncodedCopyMatchesWholeAndComesBeforeStills() throws IOException {
    storeVideo("resized", 1, Video.RESIZED);
    storeVideo("letterboxed", 1, Video.LETTERBOXED);
    storeImage("frame", 1, frameOf(Video.SOURCE, 10));

    List<Found> found = lookAlikes.ofVideo(hashed(Video.SOURCE), null);

    assertEquals(3, found.size(), found.toString());
    for (Found video : found.subList(0, 2)) {
      assertEquals(MatchKind.VIDEO, video.kind());
      assertEquals(100.0, video.comparedPercent(), video.toString());
      assertEquals(100.0, video.queryPercent(), video.toString());
      assertEquals(List.of(new SegmentView(0, 3, 0, 3)), video.segments());
    }
    Found still = found.get(2);
    assertEquals("frame", still.evidenceId());
    assertEquals(MatchKind.IMAGE, still.kind());
    assertEquals(1.0, still.queryTimeSeconds(), 1e-6);
  }

  @Test
  void aVideoDoesNotFindItselfOrAnUnrelatedVideo() throws IOException {
    storeVideo("source", 1, Video.SOURCE);
    storeVideo("unrelated", 1, Video.UNRELATED);

    assertEquals(List.of(), lookAlikes.ofVideo(hashed(Video.SOURCE), "source"));
  }

  @Test
  void aLooseThresholdFindsFramesButNeverMakesAnUnrelatedVideoMatchWhole() throws IOException {
    storeVideo("unrelated", 1, Video.UNRELATED);
    int loose = 200;
    LookAlikes looseLookAlikes =
        new LookAlikes(
            probe ->
                index.search(probe, loose, caseId -> true).stream()
                    .map(
                        hit ->
                            new PdqIndex.Match(
                                hit.evidenceId(),
                                hit.caseId(),
                                hit.video(),
                                hit.distance(),
                                hit.timeSeconds()))
                    .toList(),
            stored::get,
            loose,
            100);

    List<Found> found = looseLookAlikes.ofVideo(hashed(Video.SOURCE), null);

    assertEquals(List.of(), found.stream().filter(f -> f.kind() == MatchKind.VIDEO).toList());
  }

  @Test
  void segmentsFollowTheFootageAndBreakWhereItJumps() {
    PdqHash[] scenes = new PdqHash[6];
    for (int i = 0; i < scenes.length; i++) {
      scenes[i] = PdqHash.fromHex(Integer.toHexString(0x10 + i).repeat(32));
    }
    // the query shows scenes 0, 1, 2, then something else, then 4, 5 of the other video
    List<VpdqFrame> other =
        frames(scenes[0], scenes[1], scenes[2], scenes[3], scenes[4], scenes[5]);
    PdqHash unrelated = PdqHash.fromHex("f0".repeat(32));
    List<VpdqFrame> query =
        frames(scenes[0], scenes[1], scenes[2], unrelated, scenes[4], scenes[5]);

    assertEquals(
        List.of(new SegmentView(0, 2, 0, 2), new SegmentView(4, 5, 4, 5)),
        LookAlikes.segments(query, other, PdqHash.MATCH_THRESHOLD));
  }

  private static List<VpdqFrame> frames(PdqHash... hashes) {
    return IntStream.range(0, hashes.length)
        .mapToObj(i -> new VpdqFrame(i, 100, hashes[i], i))
        .toList();
  }

  private void storeVideo(String id, long caseId, Video video) throws IOException {
    List<VpdqFrame> frames = hashed(video);
    stored.put(id, frames);
    index.putFrames(id, caseId, PdqIndex.indexable(frames));
  }

  private void storeImage(String id, long caseId, BufferedImage image) {
    index.putImage(id, caseId, new PdqHasher().hash(image).hash());
  }

  private static synchronized List<VpdqFrame> hashed(Video video) throws IOException {
    List<VpdqFrame> frames = HASHED.get(video);
    if (frames == null) {
      frames = new VpdqHasher(ProbeVideos.SETTINGS).hash(TestVideos.file(video)).frames();
      HASHED.put(video, frames);
    }
    return frames;
  }

  /** A still of the video, as a screenshot of it would be: the decoded frame. */
  private static PdqHash stillOf(Video video, int frameNumber) throws IOException {
    return new PdqHasher().hash(frameOf(video, frameNumber)).hash();
  }

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
}
