package org.recourse.evidence.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;

class VideoStillsTest {

  private final VideoStills stills = new VideoStills(VideoLimits.DEFAULT);
  private final VideoSource video = VideoSource.of(TestVideos.bytes(Video.SOURCE));

  @Test
  void thePosterIsTheFrameATenthIntoTheVideo() throws IOException {
    BufferedImage poster = stills.poster(video, TestVideos.SECONDS);

    assertArrayEquals(pixels(frameAt(0.4)), pixels(poster));
  }

  @Test
  void theStripHoldsFramesFromEqualPartsOfTheVideo() throws IOException {
    List<BufferedImage> strip = stills.strip(video, TestVideos.SECONDS, 4);

    assertEquals(4, strip.size());
    double[] middles = {0.5, 1.5, 2.5, 3.5};
    for (int i = 0; i < middles.length; i++) {
      assertArrayEquals(pixels(frameAt(middles[i])), pixels(strip.get(i)), "frame " + i);
    }
    assertFalse(java.util.Arrays.equals(pixels(strip.get(0)), pixels(strip.get(3))));
  }

  @Test
  void eachStripFrameIsMadeIntoWhatIsKeptAsItIsRead() throws IOException {
    List<BufferedImage> full = stills.strip(video, TestVideos.SECONDS, 3);
    List<Integer> kept = new java.util.ArrayList<>();

    List<Integer> strip =
        stills.strip(
            video,
            TestVideos.SECONDS,
            3,
            frame -> {
              kept.add(frame.getRGB(0, 0));
              return kept.size();
            });

    assertEquals(List.of(1, 2, 3), strip);
    for (int i = 0; i < 3; i++) {
      assertEquals(full.get(i).getRGB(0, 0), kept.get(i), "frame " + i);
    }
  }

  @Test
  void anUnknownDurationGivesTheFirstFrame() throws IOException {
    assertArrayEquals(pixels(frameAt(0)), pixels(stills.poster(video, 0)));
  }

  /** The frame at a time, found by decoding from the start. */
  private BufferedImage frameAt(double seconds) throws IOException {
    try (VideoReader reader = VideoReader.open(video, VideoLimits.DEFAULT)) {
      for (VideoFrame frame = reader.next(); frame != null; frame = reader.next()) {
        if (frame.timestampSeconds() >= seconds - 1e-6) {
          return frame.image();
        }
      }
    }
    throw new AssertionError("no frame at " + seconds);
  }

  private static byte[] pixels(BufferedImage image) {
    return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
  }
}
