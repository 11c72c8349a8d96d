package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.evidence.video.VideoFrame;
import org.recourse.evidence.video.VideoLimits;
import org.recourse.evidence.video.VideoReader;
import org.recourse.evidence.video.VideoSource;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.VideoEncoder;

/**
 * The containers and codecs a leaked video arrives in (MP4 and MOV from phones, WebM and MKV from
 * sites and messengers; H.264, VP8, VP9, AV1 and MPEG-4 Part 2) are each recognised on upload as a
 * video and decoded frame by frame, with pictures that hash like the frames they were made from.
 * The fixtures are encoded here by the bundled FFmpeg's own encoders; it has none for H.265, so
 * that decoder is not exercised by a test.
 */
class VideoFormatsTest {

  private static final int FRAMES = TestVideos.FPS;

  private final FileTypes types = new FileTypes();
  private final PdqHasher pdq = new PdqHasher();

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource({
    "mp4, libopenh264, video/mp4, h264",
    "mov, mpeg4, video/quicktime, mpeg4",
    "webm, libvpx, video/webm, vp8",
    "webm, libvpx-vp9, video/webm, vp9",
    "webm, libaom-av1, video/webm, av1",
    "matroska, libvpx-vp9, video/x-matroska, vp9",
    "matroska, mpeg4, video/x-matroska, mpeg4",
  })
  void isAcceptedAsVideoAndDecodesToPicturesThatHashLikeItsFrames(
      String muxer, String encoder, String mediaType, String codec) throws IOException {
    List<BufferedImage> source = TestVideos.frames(101).subList(0, FRAMES);
    byte[] video = VideoEncoder.encode(source, TestVideos.FPS, muxer, encoder);

    int prefix = Math.min(video.length, FileTypes.PREFIX_BYTES);
    assertEquals(Optional.of(mediaType), types.accepted(video, prefix));

    List<VideoFrame> decoded = new ArrayList<>();
    try (VideoReader reader = VideoReader.open(VideoSource.of(video), VideoLimits.DEFAULT)) {
      assertTrue(
          reader.info().codecName().startsWith(codec),
          "codec " + reader.info().codecName() + ", expected " + codec);
      assertEquals(TestVideos.WIDTH, reader.info().width());
      assertEquals(TestVideos.HEIGHT, reader.info().height());
      for (VideoFrame frame = reader.next(); frame != null; frame = reader.next()) {
        decoded.add(frame);
      }
    }
    assertEquals(FRAMES, decoded.size());
    for (int i = 0; i < FRAMES; i++) {
      VideoFrame frame = decoded.get(i);
      assertNotNull(frame.image());
      assertEquals(i, frame.frameNumber());
      assertEquals(i / (double) TestVideos.FPS, frame.timestampSeconds(), 0.002);
      int distance = pdq.hash(frame.image()).hash().distanceTo(pdq.hash(source.get(i)).hash());
      assertTrue(distance <= 16, "frame " + i + " is " + distance + " bits from its source");
    }
  }
}
