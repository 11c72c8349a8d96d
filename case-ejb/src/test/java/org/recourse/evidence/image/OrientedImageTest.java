package org.recourse.evidence.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.evidence.pdq.ExifOrientation;

/**
 * Checks {@link ExifOrientation#apply(BufferedImage)} pixel by pixel on a picture stored as
 *
 * <pre>
 * a b c
 * d e f
 * </pre>
 *
 * against what the Exif specification says a viewer displays for each tag value.
 */
class OrientedImageTest {

  private static final String STORED = "abc/def";

  static Stream<Arguments> displayed() {
    return Stream.of(
        Arguments.of(1, "abc/def"),
        Arguments.of(2, "cba/fed"),
        Arguments.of(3, "fed/cba"),
        Arguments.of(4, "def/abc"),
        Arguments.of(5, "ad/be/cf"),
        Arguments.of(6, "da/eb/fc"),
        Arguments.of(7, "fc/eb/da"),
        Arguments.of(8, "cf/be/ad"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("displayed")
  void colourImageIsDisplayedAsTheSpecificationSays(int tagValue, String expected) {
    BufferedImage stored = picture(STORED, BufferedImage.TYPE_INT_RGB);

    BufferedImage displayed = ExifOrientation.fromTagValue(tagValue).apply(stored);

    assertEquals(expected, describe(displayed, BufferedImage.TYPE_INT_RGB));
    assertEquals(stored.getColorModel(), displayed.getColorModel());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("displayed")
  void greyAndTransparentImagesKeepTheirKindOfPixels(int tagValue, String expected) {
    for (int type : new int[] {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_4BYTE_ABGR}) {
      BufferedImage stored = picture(STORED, type);

      BufferedImage displayed = ExifOrientation.fromTagValue(tagValue).apply(stored);

      assertEquals(expected, describe(displayed, type));
      assertEquals(stored.getColorModel(), displayed.getColorModel());
    }
  }

  @Test
  void uprightImageIsReturnedUnchanged() {
    BufferedImage stored = picture(STORED, BufferedImage.TYPE_3BYTE_BGR);

    assertSame(stored, ExifOrientation.NORMAL.apply(stored));
  }

  /** Each letter is a pixel, a darker grey the further into the alphabet, half opaque if alpha. */
  private static BufferedImage picture(String rows, int type) {
    String[] lines = rows.split("/");
    BufferedImage image = new BufferedImage(lines[0].length(), lines.length, type);
    for (int y = 0; y < lines.length; y++) {
      for (int x = 0; x < lines[y].length(); x++) {
        int level = 250 - 40 * (lines[y].charAt(x) - 'a');
        int alpha = image.getColorModel().hasAlpha() ? 0x80 : 0xFF;
        image.setRGB(x, y, (alpha << 24) | (level << 16) | (level << 8) | level);
      }
    }
    return image;
  }

  /** Names each pixel by the letter that {@link #picture} gives the same colour in {@code type}. */
  private static String describe(BufferedImage image, int type) {
    StringBuilder rows = new StringBuilder();
    int[] reference = picture("abcdef", type).getRGB(0, 0, 6, 1, null, 0, 6);
    for (int y = 0; y < image.getHeight(); y++) {
      if (y > 0) {
        rows.append('/');
      }
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        char letter = '?';
        for (int i = 0; i < reference.length; i++) {
          if (reference[i] == rgb) {
            letter = (char) ('a' + i);
          }
        }
        rows.append(letter);
      }
    }
    return rows.toString();
  }
}
