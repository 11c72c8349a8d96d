package org.recourse.evidence.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.evidence.pdq.UnreadableImageException;
import org.recourse.testmedia.TestImageFormats;
import org.recourse.testmedia.TestMedia;

/**
 * Hostile and damaged files of every format: each either decodes to a picture of its declared size
 * (a JPEG with a missing tail shows what is there) or is refused with {@link
 * UnreadableImageException} or {@link ImageTooLargeException}, within seconds, and never with any
 * other exception. Sizes are checked before any pixel is decoded, and a bomb under the pixel limit
 * is decoded subsampled and stopped at the time limit.
 */
class EvidenceImagesBadInputTest {

  private static final long MAX_PIXELS = 100_000_000L;
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final BufferedImage PICTURE = TestMedia.scene(31, 320, 200);

  private final EvidenceImages images = new EvidenceImages(MAX_PIXELS);

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("JPEG", TestMedia.jpeg(PICTURE, 0.9f)),
        Arguments.of("progressive JPEG", TestMedia.progressiveJpeg(PICTURE, 0.9f)),
        Arguments.of(
            "CMYK JPEG",
            TestImageFormats.adobeCmykJpeg(TestImageFormats.cmyk(PICTURE), false, 0.9f)),
        Arguments.of("PNG", TestMedia.png(PICTURE)),
        Arguments.of("GIF", TestImageFormats.animatedGif(List.of(TestMedia.palette(PICTURE)))),
        Arguments.of("WebP lossy", TestImageFormats.webp(PICTURE, false)),
        Arguments.of("WebP lossless", TestImageFormats.webp(PICTURE, true)),
        Arguments.of("TIFF", TestImageFormats.tiff(PICTURE)),
        Arguments.of("BMP", TestImageFormats.bmp(PICTURE)),
        Arguments.of("PSD", TestImageFormats.psd(PICTURE)),
        Arguments.of("AVIF", TestImageFormats.avif(PICTURE)),
        Arguments.of("AVIF grid", TestImageFormats.gridAvif(PICTURE, 2, 2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void truncatedFilesDecodeWhatIsThereOrAreRefusedClearly(String name, byte[] file) {
    for (int length : new int[] {file.length * 9 / 10, file.length / 2, 40, 12}) {
      byte[] truncated = Arrays.copyOf(file, length);
      assertPictureOrRefusal(name + " cut to " + length + " bytes", truncated);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void corruptFilesDecodeToSomethingOrAreRefusedClearly(String name, byte[] file) {
    for (int every : new int[] {7, 101}) {
      byte[] corrupt = file.clone();
      for (int at = 40; at < corrupt.length; at += every) {
        corrupt[at] ^= 0x5A;
      }
      assertPictureOrRefusal(name + " with every " + every + "th byte flipped", corrupt);
    }
  }

  static Stream<Arguments> absurdSizes() {
    return Stream.of(
        Arguments.of(
            "WebP lossy",
            TestImages.webpDeclaring(TestImageFormats.webp(PICTURE, false), 16383, 16383)),
        Arguments.of(
            "WebP lossless",
            TestImages.webpDeclaring(TestImageFormats.webp(PICTURE, true), 16383, 16383)),
        Arguments.of(
            "TIFF", TestImages.tiffDeclaring(TestImageFormats.tiff(PICTURE), 65535, 65535)),
        Arguments.of("BMP", TestImages.bmpDeclaring(TestImageFormats.bmp(PICTURE), 50000, 50000)),
        Arguments.of("PSD", TestImages.psdDeclaring(TestImageFormats.psd(PICTURE), 30000, 30000)),
        Arguments.of(
            "GIF",
            TestImages.gifDeclaring(
                TestImageFormats.animatedGif(List.of(TestMedia.palette(PICTURE))), 65535, 65535)),
        Arguments.of("JPEG", TestImages.jpegDeclaring(TestMedia.jpeg(PICTURE, 0.9f), 65000, 65000)),
        Arguments.of("PNG", TestImages.pngDeclaring(100_000, 100_000)),
        Arguments.of(
            "AVIF", TestImages.heifDeclaring(TestImageFormats.avif(PICTURE), 40000, 40000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("absurdSizes")
  void absurdDeclaredSizesAreRefusedBeforeDecoding(String name, byte[] bomb) {
    Optional<ImageSize> declared = images.probe(bomb);
    assertTrue(
        declared.map(size -> size.pixels() > MAX_PIXELS).orElse(false),
        () -> name + " probes as " + declared);

    ImageTooLargeException refused =
        assertTimeoutPreemptively(
            Duration.ofSeconds(3),
            () -> assertThrows(ImageTooLargeException.class, () -> images.decode(bomb)));

    assertEquals(declared.orElseThrow(), refused.declared());
  }

  @Test
  void bombUnderThePixelLimitIsDecodedAtReducedResolution() throws IOException {
    byte[] bomb = TestImages.pngBomb(6000, 5000);
    assertTrue(bomb.length < 100_000, () -> "the bomb has " + bomb.length + " bytes");
    EvidenceImages limited = new EvidenceImages(MAX_PIXELS, 4_000_000L);

    BufferedImage decoded = assertTimeoutPreemptively(BOUND, () -> limited.decode(bomb));

    assertTrue(
        (long) decoded.getWidth() * decoded.getHeight() <= 4_000_000L,
        () -> decoded.getWidth() + " by " + decoded.getHeight());
  }

  @Test
  void decodingThatRunsPastTheTimeLimitIsStopped() {
    byte[] bomb = TestImages.pngBomb(12_000, 8_000);
    EvidenceImages impatient =
        new EvidenceImages(MAX_PIXELS, EvidenceImages.DEFAULT_DECODE_LIMIT, Duration.ofMillis(20));

    ImageDecodeTimeoutException stopped =
        assertTimeoutPreemptively(
            BOUND,
            () -> assertThrows(ImageDecodeTimeoutException.class, () -> impatient.decode(bomb)));

    assertTrue(stopped.getMessage().contains("took longer than"), stopped::getMessage);
  }

  @Test
  void heicThatFfmpegCannotReadIsRefusedClearly() {
    byte[] heic = new byte[64];
    byte[] ftyp = "\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(ftyp, 0, heic, 0, ftyp.length);

    assertEquals(Optional.empty(), images.probe(heic));
    assertThrows(UnreadableImageException.class, () -> images.decode(heic));
  }

  private void assertPictureOrRefusal(String name, byte[] file) {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            BufferedImage decoded = images.decode(file);
            assertTrue(decoded.getWidth() > 0 && decoded.getHeight() > 0, name);
          } catch (UnreadableImageException | ImageTooLargeException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), name);
          } catch (IOException | RuntimeException e) {
            fail(name + " failed with " + e, e);
          }
        },
        name + " took too long");
  }
}
