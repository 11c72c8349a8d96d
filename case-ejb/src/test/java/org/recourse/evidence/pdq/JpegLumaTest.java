package org.recourse.evidence.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

class JpegLumaTest {

  private static final long NO_LIMIT = Long.MAX_VALUE;

  @Test
  void aPhotoIsReadAtTheSmallestScaleThatKeepsEverySideAtLeastTheMinimum() {
    JpegLuma.Plane plane = read(TestMedia.bytes(Fixture.PHOTO_JPEG), NO_LIMIT).orElseThrow();

    assertEquals(TestMedia.PHOTO_WIDTH / 2, plane.width());
    assertEquals(TestMedia.PHOTO_HEIGHT / 2, plane.height());
    assertEquals(plane.width() * plane.height(), plane.luma().length);
  }

  @Test
  void progressiveAndGreyPhotosAreReadToo() {
    BufferedImage grey = TestMedia.grey(TestMedia.photo(), false);

    assertTrue(read(TestMedia.bytes(Fixture.PHOTO_PROGRESSIVE_JPEG), NO_LIMIT).isPresent());
    assertTrue(read(TestMedia.jpeg(grey, 0.9f), NO_LIMIT).isPresent());
  }

  @Test
  void theLumaPlaneIsTheLuminanceOfTheDecodedPixels() {
    BufferedImage photo = TestMedia.photo();
    JpegLuma.Plane plane = read(TestMedia.jpeg(photo, 0.95f), NO_LIMIT).orElseThrow();

    double totalDifference = 0;
    for (int y = 0; y < plane.height(); y++) {
      for (int x = 0; x < plane.width(); x++) {
        double mean = 0;
        for (int dy = 0; dy < 2; dy++) {
          for (int dx = 0; dx < 2; dx++) {
            int rgb = photo.getRGB(2 * x + dx, 2 * y + dy);
            mean +=
                (0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF))
                    / 4;
          }
        }
        totalDifference += Math.abs(mean - plane.luma()[y * plane.width() + x]);
      }
    }
    double meanDifference = totalDifference / plane.luma().length;
    assertTrue(meanDifference < 2, () -> "luma is " + meanDifference + " levels off on average");
  }

  @Test
  void theDecodedPixelLimitScalesFurtherOrLeavesTheImageToTheGeneralDecoder() {
    byte[] photo = TestMedia.bytes(Fixture.PHOTO_JPEG);

    assertEquals(400, read(photo, 400 * 251).orElseThrow().width());
    assertTrue(read(photo, 100 * 50).isEmpty());
  }

  @Test
  void smallJpegsAndOtherFormatsAreLeftToTheGeneralDecoder() {
    assertTrue(read(TestMedia.bytes(Fixture.STREET_JPEG), NO_LIMIT).isEmpty());
    assertTrue(read(TestMedia.bytes(Fixture.TINY_JPEG), NO_LIMIT).isEmpty());
    assertTrue(read(TestMedia.bytes(Fixture.PHOTO_PNG), NO_LIMIT).isEmpty());
    assertTrue(read(new byte[0], NO_LIMIT).isEmpty());
  }

  @Test
  void aTruncatedJpegIsLeftToTheGeneralDecoder() {
    byte[] photo = TestMedia.bytes(Fixture.PHOTO_JPEG);
    byte[] truncated = java.util.Arrays.copyOf(photo, photo.length / 2);

    assertTrue(read(truncated, NO_LIMIT).isEmpty());
  }

  private static Optional<JpegLuma.Plane> read(byte[] jpeg, long maxDecodedPixels) {
    return JpegLuma.read(jpeg, PdqHasher.MAX_PIXELS, maxDecodedPixels);
  }
}
