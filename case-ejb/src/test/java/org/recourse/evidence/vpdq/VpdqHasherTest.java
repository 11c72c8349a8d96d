package org.recourse.evidence.vpdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.video.CropBox;
import org.recourse.evidence.video.UndecodableVideoException;
import org.recourse.evidence.video.VideoSource;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;

class VpdqHasherTest {

  private static final Map<Video, VideoHash> PLAIN = new EnumMap<>(Video.class);
  private static final Map<Video, VideoHash> CROPPED = new EnumMap<>(Video.class);

  private final VpdqMatcher matcher = new VpdqMatcher();

  @Test
  void everyFrameIsHashedWithItsNumberTimestampAndAUsableQuality() throws IOException {
    List<VpdqFrame> frames = plain(Video.SOURCE).frames();

    assertEquals(TestVideos.FPS * TestVideos.SECONDS, frames.size());
    for (int i = 0; i < frames.size(); i++) {
      assertEquals(i, frames.get(i).frameNumber());
      assertEquals(i / (double) TestVideos.FPS, frames.get(i).timestampSeconds(), 1e-6);
      assertTrue(frames.get(i).quality() >= 50, "quality " + frames.get(i).quality());
    }
  }

  @Test
  void aClipMatchesItsSourceAtTheRightTime() throws IOException {
    VpdqMatch match = matcher.match(plain(Video.SOURCE).frames(), plain(Video.CLIP).frames());

    assertTrue(match.matches(), match.toString());
    assertEquals(100.0, match.comparedMatchPercent());
    TimeSegment inSource = match.querySegments().get(0);
    assertEquals(1.0, inSource.startSeconds(), 0.15);
    assertEquals(2.9, inSource.endSeconds(), 0.15);
  }

  @Test
  void aSmallerReEncodeMatchesBothWays() throws IOException {
    assertTrue(
        matcher.match(plain(Video.SOURCE).frames(), plain(Video.RESIZED).frames()).matches());
    assertTrue(
        matcher.match(plain(Video.RESIZED).frames(), plain(Video.SOURCE).frames()).matches());
  }

  @Test
  void anUnrelatedVideoDoesNotMatch() throws IOException {
    VpdqMatch match = matcher.match(plain(Video.SOURCE).frames(), plain(Video.UNRELATED).frames());

    assertFalse(match.matches());
    assertEquals(0.0, match.comparedMatchPercent());
  }

  @Test
  void barsAreFoundAndCroppedWhenAsked() throws IOException {
    assertEquals(new CropBox(0, 30, 320, 180), cropped(Video.LETTERBOXED).hashedArea());
    assertEquals(new CropBox(40, 0, 320, 180), cropped(Video.PILLARBOXED).hashedArea());
    assertEquals(CropBox.whole(320, 180), cropped(Video.SOURCE).hashedArea());
  }

  @Test
  void barredCopiesMatchTheSourceWithCroppingOn() throws IOException {
    for (Video barred : List.of(Video.LETTERBOXED, Video.PILLARBOXED)) {
      List<VpdqFrame> source = cropped(Video.SOURCE).frames();
      List<VpdqFrame> copy = cropped(barred).frames();
      assertTrue(matcher.match(source, copy).matches(), barred + " as compared");
      assertTrue(matcher.match(copy, source).matches(), barred + " as query");
      assertFalse(matcher.match(cropped(Video.UNRELATED).frames(), copy).matches());
    }
  }

  @Test
  void aDrawingBurntIntoMovingFootageMatchesTheFootageOnlyWhenPaintedOver() throws IOException {
    VpdqSettings cropping = VpdqSettings.REFERENCE.withCropBlackBars(true);
    VpdqSettings filling = cropping.withFillStaticOverlays(true);
    List<VpdqFrame> footage = hash(cropping, Video.PAN).frames();
    List<VpdqFrame> drawn = hash(cropping, Video.PAN_DRAWN_OVER).frames();
    List<VpdqFrame> drawnFilled = hash(filling, Video.PAN_DRAWN_OVER).frames();
    List<VpdqFrame> footageFilled = hash(filling, Video.PAN).frames();

    VpdqMatch without = matcher.match(footage, drawn);
    assertFalse(without.matches(), without.toString());
    VpdqMatch with = matcher.match(footageFilled, drawnFilled);
    assertTrue(with.matches(), with.toString());
    assertTrue(matcher.match(drawnFilled, footageFilled).matches());
    // Footage without an overlay hashes as before, and another scene still does not match.
    assertEquals(footage, footageFilled);
    List<VpdqFrame> other = hash(filling, Video.PAN_UNRELATED).frames();
    assertFalse(matcher.match(other, drawnFilled).matches());
    assertFalse(matcher.match(drawnFilled, other).matches());
  }

  @Test
  void aVideoInMemoryHashesAsTheSameVideoInAFile() throws IOException {
    VpdqHasher hasher = new VpdqHasher(VpdqSettings.DEFAULT);
    VideoHash fromFile = hasher.hash(TestVideos.file(Video.LETTERBOXED));
    VideoHash fromMemory = hasher.hash(VideoSource.of(TestVideos.bytes(Video.LETTERBOXED)));
    assertEquals(fromFile, fromMemory);
    assertFalse(fromMemory.frames().isEmpty());
  }

  @Test
  void samplingKeepsTheFirstFrameAtOrAfterEachInterval() throws IOException {
    VideoHash hash =
        new VpdqHasher(VpdqSettings.REFERENCE.withInterval(1)).hash(TestVideos.file(Video.SOURCE));

    assertEquals(
        List.of(0, 10, 20, 30), hash.frames().stream().map(VpdqFrame::frameNumber).toList());
    VideoHash odd =
        new VpdqHasher(VpdqSettings.REFERENCE.withInterval(0.25))
            .hash(TestVideos.file(Video.SOURCE));
    assertEquals(
        List.of(0, 3, 5, 8),
        odd.frames().subList(0, 4).stream().map(VpdqFrame::frameNumber).toList());
  }

  @Test
  void pruningDropsNearIdenticalConsecutiveFrames() throws IOException {
    VideoHash everything =
        new VpdqHasher(VpdqSettings.REFERENCE.withPruneDistance(256))
            .hash(TestVideos.file(Video.SOURCE));
    VideoHash none =
        new VpdqHasher(VpdqSettings.REFERENCE.withPruneDistance(-1))
            .hash(TestVideos.file(Video.SOURCE));

    assertEquals(1, everything.frames().size());
    assertEquals(TestVideos.FPS * TestVideos.SECONDS, none.frames().size());
  }

  @Test
  void hashesSurviveTheTextFormat() throws IOException {
    List<VpdqFrame> frames = plain(Video.CLIP).frames();
    List<VpdqFrame> read = VpdqTextFormat.parse(VpdqTextFormat.format(frames));

    assertTrue(matcher.match(frames, read).matches());
    assertEquals(frames.get(5).hash(), read.get(5).hash());
  }

  @Test
  void notAVideoIsRefusedWithTheVideoException() {
    VpdqHasher hasher = new VpdqHasher(VpdqSettings.DEFAULT);

    assertThrows(
        UndecodableVideoException.class,
        () -> hasher.hash(TestMedia.file("empty.mp4", new byte[0])));
    assertThrows(
        UndecodableVideoException.class,
        () -> hasher.hash(TestMedia.file(TestMedia.Fixture.PHOTO_JPEG)));
  }

  private static VideoHash hash(VpdqSettings settings, Video video) throws IOException {
    return new VpdqHasher(settings).hash(TestVideos.file(video));
  }

  private static synchronized VideoHash plain(Video video) throws IOException {
    VideoHash hash = PLAIN.get(video);
    if (hash == null) {
      hash = new VpdqHasher(VpdqSettings.REFERENCE).hash(TestVideos.file(video));
      PLAIN.put(video, hash);
    }
    return hash;
  }

  private static synchronized VideoHash cropped(Video video) throws IOException {
    VideoHash hash = CROPPED.get(video);
    if (hash == null) {
      hash =
          new VpdqHasher(VpdqSettings.REFERENCE.withCropBlackBars(true))
              .hash(TestVideos.file(video));
      CROPPED.put(video, hash);
    }
    return hash;
  }
}
