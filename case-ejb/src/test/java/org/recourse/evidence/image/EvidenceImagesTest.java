package org.recourse.evidence.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.evidence.pdq.UnreadableImageException;

class EvidenceImagesTest {

  private static final long MAX_PIXELS = 100_000_000L;
  private static final String BRIDGE = "images/dih/bridge-1-original.jpg";
  private static final ImageSize BRIDGE_SIZE = new ImageSize(1600, 1004);

  /** Decoders and resamplers differ slightly; the PDQ reference tolerates this many bits. */
  private static final int PDQ_TOLERANCE = 16;

  private final EvidenceImages images = new EvidenceImages(MAX_PIXELS);
  private final PdqHasher hasher = new PdqHasher();

  @Test
  void probeReadsTheSizeAJpegOrPngHeaderDeclares() throws IOException {
    assertEquals(Optional.of(BRIDGE_SIZE), images.probe(TestImages.vector(BRIDGE)));
    assertEquals(
        Optional.of(new ImageSize(1432, 812)),
        images.probe(TestImages.vector("images/misc/c.png")));

    BufferedImage decoded = ImageIO.read(TestImages.vectorsDir().resolve(BRIDGE).toFile());
    assertEquals(BRIDGE_SIZE, new ImageSize(decoded.getWidth(), decoded.getHeight()));
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
    byte[] bomb = TestImages.jpegDeclaring(TestImages.vector(BRIDGE), 60_000, 50_000);
    assertEquals(Optional.of(new ImageSize(60_000, 50_000)), images.probe(bomb));

    ImageTooLargeException refused =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> assertThrows(ImageTooLargeException.class, () -> images.decode(bomb)));
    assertEquals(new ImageSize(60_000, 50_000), refused.declared());
  }

  @Test
  void anImageOfExactlyMaxPixelsIsAcceptedAndOnePixelMoreIsNot() throws IOException {
    byte[] bridge = TestImages.vector(BRIDGE);

    BufferedImage decoded = new EvidenceImages(BRIDGE_SIZE.pixels()).decode(bridge);
    assertEquals(BRIDGE_SIZE, sizeOf(decoded));

    EvidenceImages stricter = new EvidenceImages(BRIDGE_SIZE.pixels() - 1);
    assertThrows(ImageTooLargeException.class, () -> stricter.decode(bridge));
  }

  @Test
  void imageAboveTheDecodeLimitIsDecodedAtReducedResolutionAndStillHashesAlike()
      throws IOException {
    byte[] bridge = TestImages.vector(BRIDGE);
    PdqHash full = hasher.hash(images.decode(bridge)).hash();

    BufferedImage everySecond =
        new EvidenceImages(MAX_PIXELS, BRIDGE_SIZE.pixels() / 4).decode(bridge);
    BufferedImage everyThird =
        new EvidenceImages(MAX_PIXELS, BRIDGE_SIZE.pixels() / 4 - 1).decode(bridge);

    assertEquals(new ImageSize(800, 502), sizeOf(everySecond));
    assertEquals(new ImageSize(534, 335), sizeOf(everyThird));
    int distance = hasher.hash(everySecond).hash().distanceTo(full);
    assertTrue(distance <= PDQ_TOLERANCE, () -> "subsampled image is " + distance + " bits away");
  }

  /**
   * The upright bridge photo tagged with each Exif orientation must decode to the picture in {@code
   * images/dih} that a viewer would show. Those files count rotations anticlockwise and name a flip
   * by the axis it mirrors about: Exif 6, "rotate 90 degrees clockwise to display", shows {@code
   * bridge-4-rotate-270.jpg}.
   */
  static Stream<Arguments> orientations() {
    return Stream.of(
        Arguments.of(1, "bridge-1-original.jpg"),
        Arguments.of(2, "bridge-6-flipy.jpg"),
        Arguments.of(3, "bridge-3-rotate-180.jpg"),
        Arguments.of(4, "bridge-5-flipx.jpg"),
        Arguments.of(5, "bridge-7-flip-plus-1.jpg"),
        Arguments.of(6, "bridge-4-rotate-270.jpg"),
        Arguments.of(7, "bridge-8-flip-minus-1.jpg"),
        Arguments.of(8, "bridge-2-rotate-90.jpg"));
  }

  @ParameterizedTest(name = "orientation {0} decodes as {1}")
  @MethodSource("orientations")
  void decodedImageIsTurnedTheWayItsExifOrientationSays(int orientation, String displayedAs)
      throws IOException {
    byte[] tagged = TestImages.withOrientation(TestImages.vector(BRIDGE), orientation);
    BufferedImage expected = images.decode(TestImages.vector("images/dih/" + displayedAs));

    BufferedImage decoded = images.decode(tagged);

    assertEquals(sizeOf(expected), sizeOf(decoded));
    assertEquals(BRIDGE_SIZE, images.probe(tagged).orElseThrow(), "probe reports the stored size");
    int distance = hasher.hash(decoded).hash().distanceTo(hasher.hash(expected).hash());
    assertTrue(
        distance <= PDQ_TOLERANCE,
        () -> "decoded picture is " + distance + " bits from " + displayedAs);
  }

  @ParameterizedTest(name = "orientation {0}")
  @MethodSource("orientations")
  void hashOfTheDecodedImageEqualsTheHashOfTheFile(int orientation, String displayedAs)
      throws IOException {
    byte[] tagged = TestImages.withOrientation(TestImages.vector(BRIDGE), orientation);

    assertEquals(hasher.hash(new ByteArrayInputStream(tagged)), hasher.hash(images.decode(tagged)));
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new EvidenceImages(0));
    assertThrows(IllegalArgumentException.class, () -> new EvidenceImages(MAX_PIXELS, 0));
  }

  private static ImageSize sizeOf(BufferedImage image) {
    return new ImageSize(image.getWidth(), image.getHeight());
  }
}
