package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.image.EvidenceImages;
import org.recourse.evidence.video.VideoLimits;
import org.recourse.evidence.video.VideoSource;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;

class PreviewsTest {

  private static final byte[] NOT_MEDIA =
      "secret-name.mp4 holds no picture at all".getBytes(StandardCharsets.US_ASCII);

  private final Previews previews =
      new Previews(new EvidenceImages(100_000_000L), VideoLimits.DEFAULT);

  @Test
  void anImageThatDoesNotDecodeHasNoPreviewAndAnswers422() {
    PreviewUnavailableException e =
        assertThrows(PreviewUnavailableException.class, () -> previews.image(NOT_MEDIA, false));

    assertEquals(422, e.status());
    assertFalse(e.detail().contains("secret"));
  }

  @Test
  void aVideoThatDoesNotDecodeHasNoPosterNorStrip() {
    for (PreviewKind kind : PreviewKind.values()) {
      PreviewUnavailableException e =
          assertThrows(
              PreviewUnavailableException.class,
              () -> previews.video(VideoSource.of(NOT_MEDIA), 4, kind, true),
              kind.name());
      assertEquals(422, e.status());
    }
  }

  @Test
  void anUncheckedFailureOfTheDecoderIsNoServerError() {
    VideoSource failing =
        () -> {
          throw new IllegalStateException("decoder tripped");
        };

    PreviewUnavailableException e =
        assertThrows(
            PreviewUnavailableException.class,
            () -> previews.video(failing, 4, PreviewKind.POSTER, false));
    assertFalse(e.detail().contains("tripped"));
  }

  @Test
  void aVideoHasAPosterAndAStripOfSixFrames() throws IOException {
    VideoSource video = VideoSource.of(TestVideos.bytes(Video.SOURCE));

    BufferedImage poster =
        read(previews.video(video, TestVideos.SECONDS, PreviewKind.POSTER, true));
    BufferedImage strip = read(previews.video(video, TestVideos.SECONDS, PreviewKind.STRIP, true));

    assertEquals(TestVideos.WIDTH, poster.getWidth());
    assertEquals(
        EvidenceService.STRIP_FRAMES * EvidenceService.STRIP_TILE_SIDE
            + (EvidenceService.STRIP_FRAMES - 1) * FrameStrip.GAP,
        strip.getWidth());
    assertTrue(strip.getHeight() <= EvidenceService.STRIP_TILE_SIDE);
  }

  @Test
  void previewsDecodeVideoForHalfAMinuteAtMostNotTheAnalysisTenMinutes() {
    Previews made = new Previews(new EvidenceImages(100_000_000L));

    assertTrue(made.videoLimits().maxDecodeTime().compareTo(Duration.ofSeconds(30)) <= 0);
    assertEquals(VideoLimits.DEFAULT.maxDimension(), made.videoLimits().maxDimension());
  }

  @Test
  void aPreviewStopsAtItsDecodeLimit() {
    Previews hurried =
        new Previews(new EvidenceImages(100_000_000L), new VideoLimits(Duration.ofNanos(1), 8192));
    VideoSource video = VideoSource.of(TestVideos.bytes(Video.SOURCE));

    assertThrows(
        PreviewUnavailableException.class,
        () -> hurried.video(video, TestVideos.SECONDS, PreviewKind.STRIP, false));
  }

  private static BufferedImage read(byte[] jpeg) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(jpeg));
  }
}
