package org.recourse.evidence.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class RgbPlaneTest {

  @Test
  void shrinkingAveragesTheAreaEachOutputPixelCovers() {
    // Three source pixels onto two output pixels: each output pixel covers one and a half.
    BufferedImage row = greyRow(0, 90, 180);

    BufferedImage shrunk = RgbPlane.shrink(row, 2, 1).toImage();

    assertEquals(grey(30), shrunk.getRGB(0, 0)); // (0 + 90 / 2) / 1.5
    assertEquals(grey(150), shrunk.getRGB(1, 0)); // (90 / 2 + 180) / 1.5
  }

  @Test
  void finePatternShrinksToItsAverageRatherThanAliasing() {
    BufferedImage stripes = new BufferedImage(100, 30, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 100; x++) {
        stripes.setRGB(x, y, x % 2 == 0 ? 0x000000 : 0xFEFEFE);
      }
    }

    BufferedImage shrunk = RgbPlane.shrink(stripes, 10, 3).toImage();

    for (int y = 0; y < 3; y++) {
      for (int x = 0; x < 10; x++) {
        assertEquals(grey(127), shrunk.getRGB(x, y));
      }
    }
  }

  @Test
  void shrinkingToTheSameSizeKeepsEveryPixel() {
    BufferedImage row = greyRow(3, 77, 200, 255);

    BufferedImage same = RgbPlane.shrink(row, 4, 1).toImage();

    for (int x = 0; x < 4; x++) {
      assertEquals(row.getRGB(x, 0), same.getRGB(x, 0));
    }
  }

  @Test
  void transparentPixelsAreReadAsLaidOverWhite() {
    BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(0, 0, 0x00FF0000);
    image.setRGB(1, 0, 0xFF102030);
    image.setRGB(2, 0, 0x80000000);

    BufferedImage opaque = RgbPlane.shrink(image, 3, 1).toImage();

    assertEquals(0xFFFFFF, opaque.getRGB(0, 0) & 0xFFFFFF);
    assertEquals(0x102030, opaque.getRGB(1, 0) & 0xFFFFFF);
    assertEquals(0x7F7F7F, opaque.getRGB(2, 0) & 0xFFFFFF); // 255 * (1 - 128 / 255)
  }

  @Test
  void greySamplesAreReadAsSrgbLevels() {
    BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
    grey.getRaster().setSample(0, 0, 0, 64);
    grey.getRaster().setSample(1, 0, 0, 128);

    BufferedImage read = RgbPlane.shrink(grey, 2, 1).toImage();

    assertEquals(grey(64), read.getRGB(0, 0));
    assertEquals(grey(128), read.getRGB(1, 0));
  }

  @Test
  void enlargingInterpolatesBetweenPixelCentres() {
    BufferedImage enlarged = RgbPlane.shrink(greyRow(0, 200), 2, 1).enlarge(4, 1).toImage();

    // Output centres at 0.5, 1.5, 2.5, 3.5 map to source positions -0.25, 0.25, 0.75, 1.25.
    assertEquals(grey(0), enlarged.getRGB(0, 0));
    assertEquals(grey(50), enlarged.getRGB(1, 0));
    assertEquals(grey(150), enlarged.getRGB(2, 0));
    assertEquals(grey(200), enlarged.getRGB(3, 0));
  }

  @Test
  void blurSpreadsAStepAndKeepsAFlatAreaFlat() {
    BufferedImage step = greyRow(0, 0, 0, 0, 240, 240, 240, 240);

    BufferedImage blurred = RgbPlane.shrink(step, 8, 1).blurred(1, 1).toImage();

    assertEquals(grey(0), blurred.getRGB(0, 0));
    assertEquals(grey(80), blurred.getRGB(4 - 1, 0));
    assertEquals(grey(160), blurred.getRGB(4, 0));
    assertEquals(grey(240), blurred.getRGB(7, 0));
  }

  @Test
  void shrinkRefusesToEnlarge() {
    BufferedImage row = greyRow(1, 2);
    assertThrows(IllegalArgumentException.class, () -> RgbPlane.shrink(row, 3, 1));
    assertThrows(IllegalArgumentException.class, () -> RgbPlane.shrink(row, 0, 1));
  }

  private static BufferedImage greyRow(int... levels) {
    BufferedImage row = new BufferedImage(levels.length, 1, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < levels.length; x++) {
      row.setRGB(x, 0, grey(levels[x]));
    }
    return row;
  }

  private static int grey(int level) {
    return 0xFF000000 | (level << 16) | (level << 8) | level;
  }
}
