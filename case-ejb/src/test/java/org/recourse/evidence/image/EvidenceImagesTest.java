package org.recourse.evidence.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.evidence.pdq.UnreadableImageException;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

class EvidenceImagesTest {

  private static final long MAX_PIXELS = 100_000_000L;
  private static final ImageSize PHOTO_SIZE =
      new ImageSize(TestMedia.PHOTO_WIDTH, TestMedia.PHOTO_HEIGHT);

  /** Decoders and resamplers differ slightly; the PDQ reference tolerates this many bits. */
  private static final int PDQ_TOLERANCE = 16;

  private final EvidenceImages images = new EvidenceImages(MAX_PIXELS);
  private final PdqHasher hasher = new PdqHasher();

  @Test
  void imageIoKeepsEveryStreamInMemoryOnceEvidenceImagesAreInUse() {
    new EvidenceImages(MAX_PIXELS);

    assertFalse(ImageIO.getUseCache(), "ImageIO would spool evidence to java.io.tmpdir");
  }

  @Test
  void probeReadsTheSizeAJpegOrPngHeaderDeclares() throws IOException {
    assertEquals(Optional.of(PHOTO_SIZE), images.probe(photo()));
    assertEquals(
        Optional.of(new ImageSize(1432, 812)),
        images.probe(TestMedia.bytes(Fixture.SCREENSHOT_PNG)));

    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo()));
    assertEquals(PHOTO_SIZE, new ImageSize(decoded.getWidth(), decoded.getHeight()));
  }

  static List<byte[]> notImages() {
    byte[] pngSignatureOnly = Arrays.copyOf(TestImages.pngDeclaring(10, 10), 8);
    byte[] jpegWithoutFrame = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB, 0, 4, 1, 2};
    return List.of(
        "not an image".getBytes(StandardCharsets.US_ASCII),
        new byte[0],
        pngSignatureOnly,
        jpegWithoutFrame,
        TestImages.pngDeclaring(0, 10));
  }

  @ParameterizedTest
  @MethodSource("notImages")
  void dataWithoutAReadableHeaderProbesEmptyAndIsUnreadable(byte[] data) {
    assertEquals(Optional.empty(), images.probe(data));
    assertThrows(UnreadableImageException.class, () -> images.decode(data));
  }

  @Test
  void pngDeclaringTenBillionPixelsIsRefusedBeforeAnyPixelIsDecoded() {
    byte[] bomb = TestImages.pngDeclaring(100_000, 100_000);
    assertTrue(bomb.length < 200, () -> "the crafted PNG has " + bomb.length + " bytes");
    assertEquals(Optional.of(new ImageSize(100_000, 100_000)), images.probe(bomb));

    // Decoding would need at least 10 GB for the pixels; the refusal takes milliseconds.
    ImageTooLargeException refused =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> assertThrows(ImageTooLargeException.class, () -> images.decode(bomb)));

    assertEquals(new ImageSize(100_000, 100_000), refused.declared());
    assertEquals(MAX_PIXELS, refused.limit());
    assertEquals(
        "The image declares 100000 \u00d7 100000 pixels; at most 100000000 are accepted",
        refused.getMessage());
  }

  @Test
  void jpegWhoseFrameHeaderDeclaresAHugeSizeIsRefused() throws IOException {
    byte[] bomb = TestImages.jpegDeclaring(photo(), 60_000, 50_000);
    assertEquals(Optional.of(new ImageSize(60_000, 50_000)), images.probe(bomb));

    ImageTooLargeException refused =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> assertThrows(ImageTooLargeException.class, () -> images.decode(bomb)));
    assertEquals(new ImageSize(60_000, 50_000), refused.declared());
  }

  @Test
  void anImageOfExactlyMaxPixelsIsAcceptedAndOnePixelMoreIsNot() throws IOException {
    byte[] bridge = photo();

    BufferedImage decoded = new EvidenceImages(PHOTO_SIZE.pixels()).decode(bridge);
    assertEquals(PHOTO_SIZE, sizeOf(decoded));

    EvidenceImages stricter = new EvidenceImages(PHOTO_SIZE.pixels() - 1);
    assertThrows(ImageTooLargeException.class, () -> stricter.decode(bridge));
  }

  @Test
  void imageAboveTheDecodeLimitIsDecodedAtReducedResolutionAndStillHashesAlike()
      throws IOException {
    byte[] bridge = photo();
    PdqHash full = hasher.hash(images.decode(bridge)).hash();

    BufferedImage everySecond =
        new EvidenceImages(MAX_PIXELS, PHOTO_SIZE.pixels() / 4).decode(bridge);
    BufferedImage everyThird =
        new EvidenceImages(MAX_PIXELS, PHOTO_SIZE.pixels() / 4 - 1).decode(bridge);

    assertEquals(new ImageSize(800, 502), sizeOf(everySecond));
    assertEquals(new ImageSize(534, 335), sizeOf(everyThird));
    int distance = hasher.hash(everySecond).hash().distanceTo(full);
    assertTrue(distance <= PDQ_TOLERANCE, () -> "subsampled image is " + distance + " bits away");
  }

  /**
   * The generated photo tagged with each Exif orientation must decode to the picture a viewer would
   * show: the stored pixels turned in memory as {@link TestMedia#oriented} does (Exif 6, "rotate 90
   * degrees clockwise to display", is a quarter turn clockwise).
   */
  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void decodedImageIsTurnedTheWayItsExifOrientationSays(int orientation) throws IOException {
    byte[] tagged = TestImages.withOrientation(photo(), orientation);
    BufferedImage expected = TestMedia.oriented(images.decode(photo()), orientation);

    BufferedImage decoded = images.decode(tagged);

    assertEquals(sizeOf(expected), sizeOf(decoded));
    assertEquals(PHOTO_SIZE, images.probe(tagged).orElseThrow(), "probe reports the stored size");
    int distance = hasher.hash(decoded).hash().distanceTo(hasher.hash(expected).hash());
    assertTrue(
        distance <= PDQ_TOLERANCE,
        () -> "orientation " + orientation + " is " + distance + " bits from the turned pixels");
  }

  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void hashOfTheDecodedImageIsWithinTheToleranceOfTheHashOfTheFile(int orientation)
      throws IOException {
    byte[] tagged = TestImages.withOrientation(photo(), orientation);

    // The hasher reads a JPEG photo's file for its luma plane only, scaled down while decoding;
    // the decoded image is the whole RGB picture, so the two differ by the decoders' rounding.
    int distance =
        hasher
            .hash(new ByteArrayInputStream(tagged))
            .hash()
            .distanceTo(hasher.hash(images.decode(tagged)).hash());
    assertTrue(
        distance <= PDQ_TOLERANCE,
        () ->
            "orientation "
                + orientation
                + ": the file and the decoded image "
                + distance
                + " bits apart");
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new EvidenceImages(0));
    assertThrows(IllegalArgumentException.class, () -> new EvidenceImages(MAX_PIXELS, 0));
  }

  private static byte[] photo() {
    return TestMedia.bytes(Fixture.PHOTO_JPEG);
  }

  private static ImageSize sizeOf(BufferedImage image) {
    return new ImageSize(image.getWidth(), image.getHeight());
  }
}
