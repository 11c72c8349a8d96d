package org.recourse.evidence.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.evidence.pdq.PdqResult;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * Checks that blurred thumbnails keep nothing recognisable and sharp thumbnails keep the picture.
 *
 * <p>"Recognisable" is measured two ways. PDQ is built to recognise a picture after resizing,
 * recompression and moderate blurring (the reference's {@code blur-a-lot.jpg} still matches), so a
 * blurred thumbnail PDQ no longer matches has lost what identifies the picture: measured at 256
 * pixels, blurred thumbnails of the test media are 56 to 128 bits from their originals, against a
 * match threshold of 31, while the sharp thumbnails are at most 24 bits away. And edges are what
 * shapes are seen by: in blurred thumbnails no two neighbouring pixels differ by more than 13 of
 * 255 levels in any channel (a smooth ramp), where the sharp thumbnails have steps of 100 and more.
 *
 * <p>PDQ's quality score is not a good measure of this and is checked only loosely. It sums the
 * brightness differences across a 64 by 64 grid, and broad areas of colour still differ from one
 * another after blurring: blurred thumbnails score 19 to 70, sharp ones 100.
 */
class ThumbnailsTest {

  private static final int MAX_SIDE = 256;

  private final EvidenceImages images = new EvidenceImages(100_000_000L);
  private final PdqHasher hasher = new PdqHasher();

  @ParameterizedTest
  @EnumSource(
      value = Fixture.class,
      names = {"PHOTO_JPEG", "SQUARE_JPEG", "STREET_JPEG", "PORTRAIT_JPEG", "SCREENSHOT_PNG"})
  void blurredThumbnailLosesWhatTheSharpThumbnailKeeps(Fixture fixture) throws IOException {
    BufferedImage original = images.decode(TestMedia.bytes(fixture));
    PdqHash originalHash = hasher.hash(original).hash();

    BufferedImage sharp = readJpeg(images.thumbnail(original, MAX_SIDE));
    BufferedImage blurred = readJpeg(images.blurredThumbnail(original, MAX_SIDE));

    assertEquals(EvidenceImages.fit(sizeOf(original), MAX_SIDE), sizeOf(sharp));
    assertEquals(sizeOf(sharp), sizeOf(blurred));
    assertEquals(MAX_SIDE, Math.max(sharp.getWidth(), sharp.getHeight()));

    PdqResult sharpPdq = hasher.hash(sharp);
    assertTrue(sharpPdq.quality() >= 90, () -> "sharp quality " + sharpPdq.quality());
    int sharpDistance = sharpPdq.hash().distanceTo(originalHash);
    assertTrue(
        sharpDistance <= PdqHash.MATCH_THRESHOLD,
        () -> "sharp thumbnail is " + sharpDistance + " bits from the original");
    assertTrue(steepestStep(sharp) >= 80, () -> "sharp steepest step " + steepestStep(sharp));

    PdqResult blurredPdq = hasher.hash(blurred);
    int blurredDistance = blurredPdq.hash().distanceTo(originalHash);
    assertTrue(
        blurredDistance > 45, () -> "blurred thumbnail is " + blurredDistance + " bits away");
    assertTrue(steepestStep(blurred) <= 20, () -> "blurred steepest step " + steepestStep(blurred));
    assertTrue(blurredPdq.quality() <= 75, () -> "blurred quality " + blurredPdq.quality());
  }

  @Test
  void thumbnailsOfASmallImageKeepItsSize() throws IOException {
    BufferedImage wee = images.decode(TestMedia.bytes(Fixture.TINY_JPEG));

    assertEquals(new ImageSize(34, 42), sizeOf(readJpeg(images.thumbnail(wee, MAX_SIDE))));
    assertEquals(new ImageSize(34, 42), sizeOf(readJpeg(images.blurredThumbnail(wee, MAX_SIDE))));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 12, 13, 100})
  void thumbnailsOfAnySizeFitTheLongerSide(int maxSide) throws IOException {
    BufferedImage bridge = images.decode(TestMedia.bytes(Fixture.PHOTO_ROTATED_90_JPEG));

    BufferedImage sharp = readJpeg(images.thumbnail(bridge, maxSide));
    BufferedImage blurred = readJpeg(images.blurredThumbnail(bridge, maxSide));

    assertEquals(maxSide, sharp.getHeight());
    assertEquals(sizeOf(sharp), sizeOf(blurred));
  }

  @Test
  void transparencyIsLaidOverWhiteAndThumbnailsAreOpaque() throws IOException {
    BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 64; x++) {
        // Left half: red, fully transparent. Right half: opaque blue.
        image.setRGB(x, y, x < 32 ? 0x00FF0000 : 0xFF0000FF);
      }
    }

    BufferedImage sharp = readJpeg(images.thumbnail(image, 64));
    BufferedImage blurred = readJpeg(images.blurredThumbnail(image, 64));

    assertFalse(sharp.getColorModel().hasAlpha());
    assertFalse(blurred.getColorModel().hasAlpha());
    assertColour(0xFFFFFF, sharp.getRGB(8, 16));
    assertColour(0x0000FF, sharp.getRGB(56, 16));
    assertColour(0xFFFFFF, blurred.getRGB(1, 16));
  }

  @Test
  void greyImageKeepsItsGreyLevel() throws IOException {
    BufferedImage grey = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 40; x++) {
        grey.getRaster().setSample(x, y, 0, 100);
      }
    }

    assertColour(0x646464, readJpeg(images.thumbnail(grey, 20)).getRGB(10, 10));
    assertColour(0x646464, readJpeg(images.blurredThumbnail(grey, 20)).getRGB(10, 10));
  }

  @Test
  void maxSideMustBePositive() {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    assertThrows(IllegalArgumentException.class, () -> images.thumbnail(image, 0));
    assertThrows(IllegalArgumentException.class, () -> images.blurredThumbnail(image, -1));
  }

  @Test
  void fitScalesTheLongerSideAndKeepsProportions() {
    assertEquals(new ImageSize(256, 161), EvidenceImages.fit(new ImageSize(1600, 1004), 256));
    assertEquals(new ImageSize(161, 256), EvidenceImages.fit(new ImageSize(1004, 1600), 256));
    assertEquals(new ImageSize(12, 1), EvidenceImages.fit(new ImageSize(5000, 20), 12));
    assertEquals(new ImageSize(30, 20), EvidenceImages.fit(new ImageSize(30, 20), 256));
  }

  /**
   * Returns the largest difference in any channel between horizontally or vertically adjacent
   * pixels.
   */
  private static int steepestStep(BufferedImage image) {
    int steepest = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int here = image.getRGB(x, y);
        if (x + 1 < image.getWidth()) {
          steepest = Math.max(steepest, channelDifference(here, image.getRGB(x + 1, y)));
        }
        if (y + 1 < image.getHeight()) {
          steepest = Math.max(steepest, channelDifference(here, image.getRGB(x, y + 1)));
        }
      }
    }
    return steepest;
  }

  private static int channelDifference(int rgb, int otherRgb) {
    int largest = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      largest = Math.max(largest, Math.abs(((rgb >> shift) & 0xFF) - ((otherRgb >> shift) & 0xFF)));
    }
    return largest;
  }

  /** JPEG is lossy, so colours are compared with a tolerance. */
  private static void assertColour(int expectedRgb, int actualRgb) {
    assertTrue(
        channelDifference(expectedRgb, actualRgb) <= 6,
        () -> String.format("expected #%06X, got #%06X", expectedRgb, actualRgb & 0xFFFFFF));
  }

  private static BufferedImage readJpeg(byte[] jpeg) throws IOException {
    assertEquals(0xFF, jpeg[0] & 0xFF);
    assertEquals(0xD8, jpeg[1] & 0xFF);
    return ImageIO.read(new ByteArrayInputStream(jpeg));
  }

  private static ImageSize sizeOf(BufferedImage image) {
    return new ImageSize(image.getWidth(), image.getHeight());
  }
}
