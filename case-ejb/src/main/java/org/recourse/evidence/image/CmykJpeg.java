package org.recourse.evidence.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Optional;

/**
 * Turns the four-channel samples of a CMYK or YCCK JPEG into RGB the way Meta's PDQ reference sees
 * them.
 *
 * <p>The reference ({@code pdq-photo-hasher} in facebook/ThreatExchange {@code pdq/cpp}) reads
 * files with CImg, which is built there without its own JPEG support and hands JPEGs to
 * ImageMagick; ImageMagick converts CMYK to RGB with the plain formula, per channel {@code R = 255
 * (1 - C/255) (1 - K/255)}, and ignores any embedded ICC profile unless told otherwise. The same
 * formula is used here, so a CMYK photo hashes as the reference hashes it (colour-managed
 * conversion, as TwelveMonkeys does by default, shifts the luminance by several levels and the hash
 * with it). The steps, as libjpeg and ImageMagick take them:
 *
 * <ol>
 *   <li>YCCK (Adobe transform 2) is first turned into CMYK: the first three channels are JFIF YCbCr
 *       for the inverted cyan, magenta and yellow ({@code C = 255 - R(Y, Cb, Cr)}), K is kept.
 *   <li>A file with an Adobe APP14 marker stores its samples inverted (Photoshop's convention), so
 *       every channel is then inverted back ({@code C = 255 - stored}).
 *   <li>{@code R = (255 - C)(255 - K) / 255}, likewise G from M and B from Y, rounded.
 * </ol>
 */
final class CmykJpeg {

  private static final int ADOBE_YCCK = 2;
  private static final int FULL = 255;

  private final boolean adobe;
  private final int transform;

  private CmykJpeg(boolean adobe, int transform) {
    this.adobe = adobe;
    this.transform = transform;
  }

  /**
   * The CMYK or YCCK encoding of a JPEG whose frame has four components, or empty if it has fewer
   * or its markers cannot be read before the first scan.
   */
  static Optional<CmykJpeg> of(byte[] jpeg) {
    boolean adobe = false;
    int transform = 0;
    int components = 0;
    int at = 2;
    while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
      int marker = jpeg[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++;
        continue;
      }
      int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
      int payload = at + 4;
      if (length < 2 || payload + length - 2 > jpeg.length || marker == 0xDA) {
        break;
      }
      if (marker == 0xEE && length >= 14 && isAdobe(jpeg, payload)) {
        adobe = true;
        transform = jpeg[payload + 11] & 0xFF;
      } else if (isStartOfFrame(marker) && length >= 8) {
        components = jpeg[payload + 5] & 0xFF;
      }
      at = payload + length - 2;
    }
    return components == 4 ? Optional.of(new CmykJpeg(adobe, transform)) : Optional.empty();
  }

  private static boolean isAdobe(byte[] jpeg, int at) {
    return jpeg[at] == 'A'
        && jpeg[at + 1] == 'd'
        && jpeg[at + 2] == 'o'
        && jpeg[at + 3] == 'b'
        && jpeg[at + 4] == 'e';
  }

  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  /** Whether the samples are stored inverted (an Adobe marker is present). */
  boolean inverted() {
    return adobe;
  }

  /** Whether the first three channels hold YCbCr (Adobe transform 2). */
  boolean ycck() {
    return adobe && transform == ADOBE_YCCK;
  }

  /** Converts the stored samples, as the JPEG decoder delivers them undecoded in colour. */
  BufferedImage toRgb(Raster stored) {
    int width = stored.getWidth();
    int height = stored.getHeight();
    BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] samples = new int[width * 4];
    int[] row = new int[width];
    int minX = stored.getMinX();
    int minY = stored.getMinY();
    for (int y = 0; y < height; y++) {
      stored.getPixels(minX, minY + y, width, 1, samples);
      for (int x = 0, at = 0; x < width; x++, at += 4) {
        int c = samples[at];
        int m = samples[at + 1];
        int yellow = samples[at + 2];
        int k = samples[at + 3];
        if (ycck()) {
          int luma = c;
          int cb = m - 128;
          int cr = yellow - 128;
          c = FULL - clamp(Math.round(luma + 1.402f * cr));
          m = FULL - clamp(Math.round(luma - 0.344136f * cb - 0.714136f * cr));
          yellow = FULL - clamp(Math.round(luma + 1.772f * cb));
        }
        if (adobe) {
          c = FULL - c;
          m = FULL - m;
          yellow = FULL - yellow;
          k = FULL - k;
        }
        row[x] = (plain(c, k) << 16) | (plain(m, k) << 8) | plain(yellow, k);
      }
      rgb.getRaster().setDataElements(0, y, width, 1, row);
    }
    return rgb;
  }

  /** One RGB channel from its complementary ink and black, both on the 0 to 255 scale. */
  static int plain(int ink, int black) {
    return Math.round((FULL - ink) * (FULL - black) / (float) FULL);
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(FULL, value));
  }
}
