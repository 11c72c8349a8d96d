package org.recourse.evidence.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.WritableRaster;

/**
 * Luminance of decoded frames on the 0 to 255 scale, {@code (299 R + 587 G + 114 B) / 1000} in
 * whole numbers, read a row at a time so that a frame is never also held as a plane. The decoder's
 * frames (interleaved 8-bit samples) are read straight from their bytes.
 */
final class Luminance {

  private final BufferedImage image;
  private final WritableRaster raster;
  private final int bands;
  private final int[] samples;
  private final byte[] bytes;
  private final int[] offsets;
  private final int pixelStride;
  private final int scanline;

  Luminance(BufferedImage image) {
    this.image = image;
    this.raster = image.getRaster();
    this.bands = raster.getNumBands();
    if (bands >= 3
        && raster.getDataBuffer() instanceof DataBufferByte data
        && data.getNumBanks() == 1
        && raster.getSampleModel() instanceof PixelInterleavedSampleModel layout
        && raster.getSampleModelTranslateX() == 0
        && raster.getSampleModelTranslateY() == 0) {
      this.bytes = data.getData();
      this.offsets = layout.getBandOffsets();
      this.pixelStride = layout.getPixelStride();
      this.scanline = layout.getScanlineStride();
      this.samples = null;
    } else {
      this.bytes = null;
      this.offsets = null;
      this.pixelStride = 0;
      this.scanline = 0;
      this.samples = new int[image.getWidth() * Math.max(bands, 1)];
    }
  }

  /** Writes the luminance of pixels {@code x} to {@code x + count - 1} of row {@code y}. */
  void row(int y, int x, int count, int[] into) {
    if (bytes != null) {
      int red = offsets[0];
      int green = offsets[1];
      int blue = offsets[2];
      for (int i = 0, at = y * scanline + x * pixelStride; i < count; i++, at += pixelStride) {
        into[i] =
            (299 * (bytes[at + red] & 0xFF)
                    + 587 * (bytes[at + green] & 0xFF)
                    + 114 * (bytes[at + blue] & 0xFF))
                / 1000;
      }
    } else if (bands >= 3) {
      raster.getPixels(x, y, count, 1, samples);
      for (int i = 0, at = 0; i < count; i++, at += bands) {
        into[i] = (299 * samples[at] + 587 * samples[at + 1] + 114 * samples[at + 2]) / 1000;
      }
    } else {
      image.getRGB(x, y, count, 1, samples, 0, count);
      for (int i = 0; i < count; i++) {
        int p = samples[i];
        into[i] = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
      }
    }
  }

  /** Sets pixel ({@code x}, {@code y}) to the grey of luminance {@code level} (0 to 255). */
  void setGrey(int x, int y, int level) {
    if (bytes != null) {
      int at = y * scanline + x * pixelStride;
      byte value = (byte) level;
      bytes[at + offsets[0]] = value;
      bytes[at + offsets[1]] = value;
      bytes[at + offsets[2]] = value;
    } else if (bands >= 3) {
      raster.setSample(x, y, 0, level);
      raster.setSample(x, y, 1, level);
      raster.setSample(x, y, 2, level);
    } else {
      image.setRGB(x, y, 0xFF000000 | level << 16 | level << 8 | level);
    }
  }

  /** The whole frame's luminance, {@code [y][x]}. */
  static int[][] plane(BufferedImage image) {
    Luminance luminance = new Luminance(image);
    int[][] luma = new int[image.getHeight()][image.getWidth()];
    for (int y = 0; y < luma.length; y++) {
      luminance.row(y, 0, image.getWidth(), luma[y]);
    }
    return luma;
  }
}
