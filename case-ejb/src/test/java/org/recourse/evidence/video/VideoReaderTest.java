package org.recourse.evidence.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.evidence.image.EvidenceImages;
import org.recourse.evidence.vault.EvidenceVault;
import org.recourse.evidence.vault.StoredBlob;
import org.recourse.testmedia.TestImageFormats;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;

class VideoReaderTest {

  @Test
  void readsEveryFrameWithItsTimestampAndTheHeaders() throws IOException {
    try (VideoReader reader =
        VideoReader.open(TestVideos.file(Video.SOURCE), VideoLimits.DEFAULT)) {
      VideoInfo info = reader.info();
      assertEquals(TestVideos.WIDTH, info.width());
      assertEquals(TestVideos.HEIGHT, info.height());
      assertEquals(TestVideos.FPS, info.framesPerSecond(), 1e-9);
      assertEquals(TestVideos.SECONDS, info.durationSeconds(), 0.11);
      assertEquals("mpeg4", info.codecName());
      int count = 0;
      for (VideoFrame frame = reader.next(); frame != null; frame = reader.next()) {
        assertEquals(count, frame.frameNumber());
        assertEquals(count / (double) TestVideos.FPS, frame.timestampSeconds(), 1e-6);
        assertEquals(TestVideos.WIDTH, frame.image().getWidth());
        count++;
      }
      assertEquals(TestVideos.FPS * TestVideos.SECONDS, count);
      assertNull(reader.next());
    }
  }

  @Test
  void skipsToTheFirstFrameAtOrAfterATimeWithTheSamePixelsAndNumbers() throws IOException {
    VideoFrame expected;
    try (VideoReader reader =
        VideoReader.open(TestVideos.file(Video.SOURCE), VideoLimits.DEFAULT)) {
      expected = reader.next();
      while (expected.frameNumber() < TestVideos.FPS) {
        expected = reader.next();
      }
    }
    try (VideoReader reader =
        VideoReader.open(TestVideos.file(Video.SOURCE), VideoLimits.DEFAULT)) {
      VideoFrame skippedTo = reader.nextAtOrAfter(1.0);

      assertEquals(TestVideos.FPS, skippedTo.frameNumber());
      assertEquals(1.0, skippedTo.timestampSeconds(), 1e-6);
      assertArrayEquals(pixels(expected), pixels(skippedTo));
      assertEquals(TestVideos.FPS + 1, reader.next().frameNumber());
      assertNull(reader.nextAtOrAfter(TestVideos.SECONDS + 1.0));
    }
  }

  private static byte[] pixels(VideoFrame frame) {
    return ((DataBufferByte) frame.image().getRaster().getDataBuffer()).getData();
  }

  @Test
  void readsFromMemoryTheFramesItReadsFromAFile() throws IOException {
    assertSameFrames(VideoSource.of(TestVideos.bytes(Video.SOURCE)), TestVideos.file(Video.SOURCE));
  }

  @Test
  void readsAStoredVideoThroughTheVaultsDecryptingChannel(@TempDir Path root) throws IOException {
    byte[] master = new byte[32];
    new Random(3).nextBytes(master);
    EvidenceVault vault = new EvidenceVault(root, master);
    byte[] associatedData = "recourse-evidence:v1:1:video".getBytes(StandardCharsets.UTF_8);
    StoredBlob blob;
    try (EvidenceVault.BlobWriter writer = vault.create(associatedData)) {
      writer.stream().write(TestVideos.bytes(Video.SOURCE));
      blob = writer.commit();
    }
    VideoSource stored = () -> vault.openSeekable(blob.blobId(), blob.wrappedKey(), associatedData);

    assertSameFrames(stored, TestVideos.file(Video.SOURCE));
  }

  @Test
  void seeksToATimeAndDecodesOnFromThere() throws IOException {
    try (VideoReader reader =
        VideoReader.open(VideoSource.of(TestVideos.bytes(Video.SOURCE)), VideoLimits.DEFAULT)) {
      reader.seek(2.0);
      VideoFrame frame = reader.next();
      while (frame != null && frame.timestampSeconds() < 2.0 - 1e-6) {
        frame = reader.next();
      }
      assertNotNull(frame);
      assertEquals(2.0, frame.timestampSeconds(), 1e-6);
      reader.seek(0.5);
      VideoFrame earlier = reader.next();
      assertNotNull(earlier);
      assertTrue(earlier.timestampSeconds() <= 0.5 + 1e-6, "seeking back lands at or before");
    }
  }

  @Test
  void aSourceThatCannotBeOpenedIsRefusedWithAMessage() {
    VideoSource broken =
        () -> {
          throw new IOException("gone");
        };
    UndecodableVideoException e =
        assertThrows(
            UndecodableVideoException.class, () -> VideoReader.open(broken, VideoLimits.DEFAULT));
    assertFalse(e.getMessage().isBlank());
  }

  @Test
  void badDataInMemoryIsRefusedLikeAFile() {
    byte[] video = TestVideos.bytes(Video.SOURCE);
    byte[] garbage = new byte[64 * 1024];
    new Random(11).nextBytes(garbage);
    for (byte[] bad :
        List.of(
            new byte[0],
            garbage,
            Arrays.copyOf(video, video.length / 2),
            Arrays.copyOf(video, 1000),
            TestMedia.bytes(TestMedia.Fixture.TINY_JPEG))) {
      UndecodableVideoException e =
          assertThrows(
              UndecodableVideoException.class,
              () -> {
                try (VideoReader reader =
                    VideoReader.open(VideoSource.of(bad), VideoLimits.DEFAULT)) {
                  while (reader.next() != null) {
                    // read to the end
                  }
                }
              });
      assertFalse(e.getMessage().isBlank());
    }
  }

  @Test
  void theSourcesChannelIsClosedWithTheReader() throws IOException {
    List<SeekableByteChannel> opened = new ArrayList<>();
    VideoSource source =
        () -> {
          SeekableByteChannel channel = VideoSource.of(TestVideos.bytes(Video.CLIP)).open();
          opened.add(channel);
          return channel;
        };
    try (VideoReader reader = VideoReader.open(source, VideoLimits.DEFAULT)) {
      assertNotNull(reader.next());
    }
    assertEquals(1, opened.size());
    assertFalse(opened.get(0).isOpen());
  }

  private static void assertSameFrames(VideoSource source, Path file) throws IOException {
    try (VideoReader fromSource = VideoReader.open(source, VideoLimits.DEFAULT);
        VideoReader fromFile = VideoReader.open(file, VideoLimits.DEFAULT)) {
      assertEquals(fromFile.info(), fromSource.info());
      int count = 0;
      for (VideoFrame expected = fromFile.next(); expected != null; expected = fromFile.next()) {
        VideoFrame actual = fromSource.next();
        assertNotNull(actual, "frame " + count);
        assertEquals(expected.timestampSeconds(), actual.timestampSeconds(), 1e-9);
        assertArrayEquals(pixels(expected), pixels(actual), "frame " + count);
        count++;
      }
      assertNull(fromSource.next());
      assertEquals(TestVideos.FPS * TestVideos.SECONDS, count);
    }
  }

  @Test
  void zeroBytesAreRefused() {
    assertRefused(new byte[0], "zero.mp4");
  }

  @Test
  void garbageIsRefused() {
    byte[] garbage = new byte[64 * 1024];
    new Random(7).nextBytes(garbage);
    assertRefused(garbage, "garbage.mp4");
  }

  @Test
  void aTruncatedVideoIsRefused() {
    byte[] video = TestVideos.bytes(Video.SOURCE);
    assertRefused(Arrays.copyOf(video, video.length / 2), "truncated.mp4");
  }

  @Test
  void aPictureIsNotAVideo() {
    assertRefused(TestMedia.bytes(TestMedia.Fixture.TINY_JPEG), "still.mp4");
  }

  @Test
  void framesLargerThanTheLimitAreRefusedBeforeDecoding() {
    UndecodableVideoException e =
        assertThrows(
            UndecodableVideoException.class,
            () ->
                VideoReader.open(
                    TestVideos.file(Video.SOURCE), new VideoLimits(Duration.ofMinutes(1), 200)));
    assertTrue(e.getMessage().contains("320 by 180"), e.getMessage());
  }

  @Test
  void framesOfMorePixelsThanTheLimitAreRefusedBeforeDecoding() {
    VideoLimits limits =
        new VideoLimits(
            Duration.ofMinutes(1), 8192, (long) TestVideos.WIDTH * TestVideos.HEIGHT - 1);

    UndecodableVideoException e =
        assertThrows(
            UndecodableVideoException.class,
            () -> VideoReader.open(VideoSource.of(TestVideos.bytes(Video.SOURCE)), limits));
    assertTrue(e.getMessage().contains("320 by 180"), e.getMessage());
    assertTrue(e.getMessage().contains("pixels a frame"), e.getMessage());
  }

  @Test
  void theDefaultPixelLimitAdmitsTwice4kButNot8192Squared() {
    assertTrue(VideoLimits.DEFAULT.maxPixels() >= 2L * 3840 * 2160);
    assertTrue(VideoLimits.DEFAULT.maxPixels() < 8192L * 8192);
  }

  @Test
  void decodingStopsAtTheTimeLimit() throws IOException {
    try (VideoReader reader =
        VideoReader.open(
            TestVideos.file(Video.SOURCE), new VideoLimits(Duration.ofNanos(1), 8192))) {
      UndecodableVideoException e = assertThrows(UndecodableVideoException.class, reader::next);
      assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }
  }

  @Test
  void openingAndClosingRepeatedlyDoesNotFail() throws IOException {
    Path video = TestVideos.file(Video.CLIP);
    for (int i = 0; i < 50; i++) {
      try (VideoReader reader = VideoReader.open(video, VideoLimits.DEFAULT)) {
        reader.next();
      }
    }
    byte[] broken = Arrays.copyOf(TestVideos.bytes(Video.CLIP), 1000);
    for (int i = 0; i < 50; i++) {
      assertRefused(broken, "broken.mp4");
    }
  }

  @Test
  void twentyFiveReadersOpenAtOnceEachReadAFrame() throws IOException {
    VideoSource source = VideoSource.of(TestVideos.bytes(Video.CLIP));
    List<VideoReader> readers = new ArrayList<>();
    try {
      for (int i = 0; i < 25; i++) {
        readers.add(VideoReader.open(source, VideoLimits.DEFAULT));
      }
      for (VideoReader reader : readers) {
        VideoFrame frame = reader.next();
        assertNotNull(frame);
        assertEquals(0, frame.frameNumber());
      }
      // HEIF images are read through the same custom I/O while the readers are open.
      BufferedImage avif =
          new EvidenceImages(100_000_000L)
              .decode(TestImageFormats.avif(TestMedia.scene(7, 64, 48)));
      assertEquals(64, avif.getWidth());
    } finally {
      readers.forEach(VideoReader::close);
    }
  }

  private static void assertRefused(byte[] content, String name) {
    Path file = TestMedia.file(name, content);
    UndecodableVideoException e =
        assertThrows(
            UndecodableVideoException.class,
            () -> {
              try (VideoReader reader = VideoReader.open(file, VideoLimits.DEFAULT)) {
                while (reader.next() != null) {
                  // read to the end
                }
              }
            });
    assertTrue(!e.getMessage().isBlank());
  }
}
