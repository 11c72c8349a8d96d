package org.recourse.evidence.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * An opaque RGB picture held as floating-point samples, three per pixel, row by row, on the 0 to
 * 255 sRGB scale, so that resampling and blurring a thumbnail round only once, when the result is
 * turned back into an image.
 *
 * <p>Pictures enter through {@link #shrink}, which lays any transparency over white: a thumbnail is
 * always a JPEG, and a transparent area is shown as the white page it would appear on rather than
 * as whatever colour a decoder left in its fully transparent pixels.
 */
final class RgbPlane {

  private static final int CHANNELS = 3;
  private static final float WHITE = 255f;

  private final int width;
  private final int height;
  private final float[] samples;

  private RgbPlane(int width, int height, float[] samples) {
    this.width = width;
    this.height = height;
    this.samples = samples;
  }

  /**
   * Reduces {@code source} to {@code width} by {@code height} by area averaging: each output pixel
   * is the mean of the source area it covers, partly covered source pixels counting in proportion.
   * Unlike sampling, this lets every source pixel contribute, so fine detail cannot alias into
   * false patterns, and it is exact for any ratio. The source is read one row at a time.
   *
   * @throws IllegalArgumentException if the output is not at least 1 by 1 and at most the source
   *     size in each direction
   */
  static RgbPlane shrink(BufferedImage source, int width, int height) {
    int sourceWidth = source.getWidth();
    int sourceHeight = source.getHeight();
    if (width < 1 || height < 1 || width > sourceWidth || height > sourceHeight) {
      throw new IllegalArgumentException(
          "Cannot shrink "
              + sourceWidth
              + " by "
              + sourceHeight
              + " to "
              + width
              + " by "
              + height);
    }
    Coverage columns = Coverage.of(sourceWidth, width);
    Coverage rows = Coverage.of(sourceHeight, height);
    RowReader reader = new RowReader(source);
    float[] sourceRow = new float[sourceWidth * CHANNELS];
    double[] reducedRow = new double[width * CHANNELS];
    double[] sums = new double[width * height * CHANNELS];
    for (int y = 0; y < sourceHeight; y++) {
      reader.read(y, sourceRow);
      Arrays.fill(reducedRow, 0);
      for (int x = 0; x < sourceWidth; x++) {
        int to = columns.target[x] * CHANNELS;
        double first = columns.firstWeight[x];
        double second = columns.secondWeight[x];
        for (int c = 0; c < CHANNELS; c++) {
          float value = sourceRow[x * CHANNELS + c];
          reducedRow[to + c] += first * value;
          if (second > 0) {
            reducedRow[to + CHANNELS + c] += second * value;
          }
        }
      }
      int to = rows.target[y] * width * CHANNELS;
      addScaled(sums, to, reducedRow, rows.firstWeight[y]);
      if (rows.secondWeight[y] > 0) {
        addScaled(sums, to + width * CHANNELS, reducedRow, rows.secondWeight[y]);
      }
    }
    float[] samples = new float[sums.length];
    for (int i = 0; i < sums.length; i++) {
      samples[i] = (float) sums[i];
    }
    return new RgbPlane(width, height, samples);
  }

  /**
   * Enlarges the picture to {@code newWidth} by {@code newHeight} by bilinear interpolation between
   * pixel centres, the edge pixels extending to the border.
   */
  RgbPlane enlarge(int newWidth, int newHeight) {
    if (newWidth < width || newHeight < height) {
      throw new IllegalArgumentException(
          "Cannot enlarge " + width + " by " + height + " to " + newWidth + " by " + newHeight);
    }
    int[] left = new int[newWidth];
    float[] rightShare = new float[newWidth];
    for (int x = 0; x < newWidth; x++) {
      double at = clamp((x + 0.5) * width / newWidth - 0.5, width - 1);
      left[x] = (int) at;
      rightShare[x] = (float) (at - left[x]);
    }
    float[] result = new float[newWidth * newHeight * CHANNELS];
    for (int y = 0; y < newHeight; y++) {
      double at = clamp((y + 0.5) * height / newHeight - 0.5, height - 1);
      int top = (int) at;
      int bottom = Math.min(top + 1, height - 1);
      float bottomShare = (float) (at - top);
      for (int x = 0; x < newWidth; x++) {
        int right = Math.min(left[x] + 1, width - 1);
        for (int c = 0; c < CHANNELS; c++) {
          float upper = mix(sample(left[x], top, c), sample(right, top, c), rightShare[x]);
          float lower = mix(sample(left[x], bottom, c), sample(right, bottom, c), rightShare[x]);
          result[(y * newWidth + x) * CHANNELS + c] = mix(upper, lower, bottomShare);
        }
      }
    }
    return new RgbPlane(newWidth, newHeight, result);
  }

  /**
   * Returns the picture blurred by {@code passes} rounds of a box filter {@code 2 * radius + 1}
   * pixels wide, along rows and then along columns; three rounds come close to a Gaussian blur with
   * a standard deviation of about {@code radius}. Near the border each box is cut short to the
   * pixels inside the picture, so the edges are not darkened.
   */
  RgbPlane blurred(int radius, int passes) {
    float[] result = samples.clone();
    double[] prefix = new double[Math.max(width, height) + 1];
    for (int pass = 0; pass < passes; pass++) {
      for (int y = 0; y < height; y++) {
        for (int c = 0; c < CHANNELS; c++) {
          boxFilter(result, (y * width) * CHANNELS + c, CHANNELS, width, radius, prefix);
        }
      }
      for (int x = 0; x < width; x++) {
        for (int c = 0; c < CHANNELS; c++) {
          boxFilter(result, x * CHANNELS + c, width * CHANNELS, height, radius, prefix);
        }
      }
    }
    return new RgbPlane(width, height, result);
  }

  /** Returns the picture as an 8-bit sRGB image without alpha. */
  BufferedImage toImage() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int at = (y * width + x) * CHANNELS;
        row[x] =
            (toByte(samples[at]) << 16) | (toByte(samples[at + 1]) << 8) | toByte(samples[at + 2]);
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
    return image;
  }

  private float sample(int x, int y, int channel) {
    return samples[(y * width + x) * CHANNELS + channel];
  }

  /**
   * Replaces each of {@code n} values, {@code stride} apart from {@code start}, by the mean of the
   * values within {@code radius} of it, using running sums kept in {@code prefix}.
   */
  private static void boxFilter(
      float[] values, int start, int stride, int n, int radius, double[] prefix) {
    prefix[0] = 0;
    for (int i = 0, at = start; i < n; i++, at += stride) {
      prefix[i + 1] = prefix[i] + values[at];
    }
    for (int i = 0, at = start; i < n; i++, at += stride) {
      int lo = Math.max(0, i - radius);
      int hi = Math.min(n - 1, i + radius);
      values[at] = (float) ((prefix[hi + 1] - prefix[lo]) / (hi - lo + 1));
    }
  }

  private static void addScaled(double[] into, int offset, double[] values, double weight) {
    for (int i = 0; i < values.length; i++) {
      into[offset + i] += weight * values[i];
    }
  }

  private static double clamp(double value, int max) {
    return Math.max(0, Math.min(max, value));
  }

  private static float mix(float from, float to, float share) {
    return from + (to - from) * share;
  }

  private static int toByte(float value) {
    return Math.max(0, Math.min(255, Math.round(value)));
  }

  /**
   * How the pixels of a source axis {@code n} long share out among the pixels of an output axis
   * {@code m <= n} long. In units of {@code 1 / (n m)}, source pixel {@code i} spans {@code [i m,
   * (i + 1) m)} and output pixel {@code j} spans {@code [j n, (j + 1) n)}; as an output pixel is at
   * least as long as a source pixel, a source pixel overlaps at most two output pixels, {@code
   * target[i]} and the one after it. The weights are the overlaps as fractions of an output pixel,
   * so the weights received by each output pixel sum to 1.
   */
  private record Coverage(int[] target, double[] firstWeight, double[] secondWeight) {

    static Coverage of(int n, int m) {
      int[] target = new int[n];
      double[] firstWeight = new double[n];
      double[] secondWeight = new double[n];
      for (int i = 0; i < n; i++) {
        long start = (long) i * m;
        long end = start + m;
        int j = (int) (start / n);
        long boundary = (long) (j + 1) * n;
        target[i] = j;
        if (boundary < end) {
          firstWeight[i] = (double) (boundary - start) / n;
          secondWeight[i] = (double) (end - boundary) / n;
        } else {
          firstWeight[i] = (double) m / n;
        }
      }
      return new Coverage(target, firstWeight, secondWeight);
    }
  }

  /**
   * Reads rows of any decoded image as sRGB laid over white. Greyscale images are read from their
   * samples: Java's grey colour space is linear, so converting through it would brighten the
   * mid-tones of a grey JPEG or PNG, whose values are meant as sRGB grey levels by every viewer.
   */
  private static final class RowReader {

    private final BufferedImage image;
    private final Raster raster;
    private final boolean grey;
    private final boolean alphaPremultiplied;
    private final float greyScale;
    private final float alphaScale;
    private final int[] pixels;

    RowReader(BufferedImage image) {
      this.image = image;
      this.raster = image.getRaster();
      ColorModel colorModel = image.getColorModel();
      this.grey =
          colorModel.getColorSpace().getType() == ColorSpace.TYPE_GRAY
              && colorModel.getNumColorComponents() == 1;
      this.alphaPremultiplied = colorModel.isAlphaPremultiplied();
      this.greyScale = grey ? WHITE / ((1 << colorModel.getComponentSize(0)) - 1) : 1;
      this.alphaScale =
          grey && colorModel.hasAlpha() ? 1f / ((1 << colorModel.getComponentSize(1)) - 1) : 0;
      this.pixels = new int[image.getWidth() * (grey ? raster.getNumBands() : 1)];
    }

    /** Fills {@code rgb} with row {@code y}, three samples per pixel. */
    void read(int y, float[] rgb) {
      int width = image.getWidth();
      if (grey) {
        readGrey(y, width, rgb);
        return;
      }
      image.getRGB(0, y, width, 1, pixels, 0, width);
      for (int x = 0; x < width; x++) {
        int argb = pixels[x];
        float alpha = (argb >>> 24) / WHITE;
        float background = (1 - alpha) * WHITE;
        rgb[x * CHANNELS] = alpha * ((argb >> 16) & 0xFF) + background;
        rgb[x * CHANNELS + 1] = alpha * ((argb >> 8) & 0xFF) + background;
        rgb[x * CHANNELS + 2] = alpha * (argb & 0xFF) + background;
      }
    }

    private void readGrey(int y, int width, float[] rgb) {
      raster.getPixels(0, y, width, 1, pixels);
      int bands = raster.getNumBands();
      for (int x = 0; x < width; x++) {
        float level = pixels[x * bands] * greyScale;
        if (alphaScale > 0) {
          float alpha = pixels[x * bands + 1] * alphaScale;
          level = (alphaPremultiplied ? level : alpha * level) + (1 - alpha) * WHITE;
        }
        rgb[x * CHANNELS] = level;
        rgb[x * CHANNELS + 1] = level;
        rgb[x * CHANNELS + 2] = level;
      }
    }
  }
}
