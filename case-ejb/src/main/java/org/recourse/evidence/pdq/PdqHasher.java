package org.recourse.evidence.pdq;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Computes PDQ perceptual hashes, following "The TMK+PDQF and PDQ hashing algorithms"
 * (facebook/ThreatExchange, {@code hashing/hashing.pdf}).
 *
 * <p>The steps, all on the image as displayed (Exif orientation applied):
 *
 * <ol>
 *   <li>Luminance {@code Y = 0.299 R + 0.587 G + 0.114 B}, on the 0 to 255 scale.
 *   <li>A Jarosz filter: two rounds of a box filter along rows and then along columns, each box
 *       {@code ceil(dimension / 128)} pixels wide, which is a tent-shaped weighted average over
 *       blocks of about 1/64 of the image. The filtered image is sampled at the centres of a 64 by
 *       64 grid.
 *   <li>The 16 lowest non-constant frequencies of the 64-point DCT-II in each direction: {@code B =
 *       D A D'}, with {@code D[i][j] = sqrt(2/64) cos(pi (i + 1) (2j + 1) / 128)} for {@code i} in
 *       0..15. The constant term is left out, so the hash ignores overall brightness.
 *   <li>Bit {@code 16 i + j} is set when {@code B[i][j]} exceeds the median of the 256 coefficients
 *       (the lower median, the 128th smallest), so about half the bits are set.
 *   <li>Quality is the sum over the 64 by 64 grid of the absolute differences between neighbours,
 *       each scaled to percent of full range and truncated, divided by 90 and capped at 100.
 * </ol>
 *
 * <p>The description suggests resizing megapixel images to 512 by 512 before filtering, for speed.
 * With running sums the filter costs the same whatever its window, so images are filtered at the
 * resolution they are decoded at and the result does not depend on a resampling library. Decoders
 * and resamplers differ slightly between implementations, which is why hashes are compared by
 * distance and not equality.
 *
 * <p>To bound memory, {@link #hash(InputStream)} decodes images of more than {@value
 * #DEFAULT_DECODED_PIXEL_LIMIT} pixels at a reduced resolution (every second, third, ... pixel in
 * each direction), which still leaves each of the 64 by 64 blocks hundreds of pixels to average. A
 * plain JPEG photo it reads for its luminance only, scaled down in the DCT domain to no less than
 * {@value JpegLuma#MIN_SIDE} pixels a side ({@link JpegLuma}), which is what makes hashing an
 * uploaded photo as fast as the reference's.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class PdqHasher {

  /** Images with more pixels than this are refused rather than decoded. */
  public static final long MAX_PIXELS = 250_000_000L;

  static final long DEFAULT_DECODED_PIXEL_LIMIT = 1L << 24;

  private static final int GRID = 64;
  private static final int FREQUENCIES = 16;
  private static final float LUMA_RED = 0.299f;
  private static final float LUMA_GREEN = 0.587f;
  private static final float LUMA_BLUE = 0.114f;

  /** Each 8-bit level times its colour's luminance weight, the same floats as computed inline. */
  private static final float[] RED_SHARE = shares(LUMA_RED);

  private static final float[] GREEN_SHARE = shares(LUMA_GREEN);
  private static final float[] BLUE_SHARE = shares(LUMA_BLUE);

  /** {@code DCT[i][j]}: row {@code i} is the basis function of frequency {@code i + 1}. */
  private static final double[][] DCT = dctMatrix();

  private final long decodedPixelLimit;

  public PdqHasher() {
    this(DEFAULT_DECODED_PIXEL_LIMIT);
  }

  PdqHasher(long decodedPixelLimit) {
    if (decodedPixelLimit < GRID * GRID) {
      throw new IllegalArgumentException("Decoded pixel limit too small: " + decodedPixelLimit);
    }
    this.decodedPixelLimit = decodedPixelLimit;
  }

  /**
   * Decodes an image in any format ImageIO reads (JPEG, PNG, GIF, BMP, WBMP and any installed
   * plugins), applies the Exif orientation of a JPEG, and hashes it. The stream is read to the end
   * but not closed.
   *
   * @throws UnreadableImageException if the data is not a decodable image, or has more than {@link
   *     #MAX_PIXELS} pixels
   * @throws IOException if reading the stream fails
   */
  public PdqResult hash(InputStream image) throws IOException {
    return hash(image.readAllBytes());
  }

  /**
   * Hashes an image file held in memory, as {@link #hash(InputStream)} does. A plain JPEG photo is
   * read for its luminance only, at reduced resolution ({@link JpegLuma}); every other image is
   * decoded whole.
   *
   * @throws UnreadableImageException if the data is not a decodable image, or has more than {@link
   *     #MAX_PIXELS} pixels
   */
  public PdqResult hash(byte[] image) throws UnreadableImageException {
    Optional<PdqResult> photo = hashJpegLuma(image);
    if (photo.isPresent()) {
      return photo.get();
    }
    return hash(decode(image), ExifOrientation.fromJpeg(image));
  }

  /**
   * The hash of a plain JPEG photo read for its luminance only, at reduced resolution ({@link
   * JpegLuma}), with its Exif orientation applied; empty for every other image (another format, a
   * small, CMYK, 12-bit or damaged JPEG), which the caller decodes whole.
   */
  public Optional<PdqResult> hashJpegLuma(byte[] image) {
    Objects.requireNonNull(image, "image");
    return JpegLuma.read(image, MAX_PIXELS, decodedPixelLimit)
        .map(
            plane ->
                hashPlane(
                    plane.luma(), plane.width(), plane.height(), ExifOrientation.fromJpeg(image)));
  }

  /**
   * Hashes an already decoded image as it is stored; a {@code BufferedImage} carries no
   * orientation, so callers that decoded a rotated JPEG themselves must rotate it first.
   */
  public PdqResult hash(BufferedImage image) {
    return hash(image, ExifOrientation.NORMAL);
  }

  PdqResult hash(BufferedImage image, ExifOrientation orientation) {
    Objects.requireNonNull(image, "image");
    int width = image.getWidth();
    int height = image.getHeight();
    LumaRows rows = rowsOf(image);
    if (orientation == ExifOrientation.NORMAL) {
      return hashRows(rows, width, height);
    }
    float[] stored = new float[width * height];
    for (int y = 0; y < height; y++) {
      rows.read(y, stored, y * width);
    }
    return hashPlane(stored, width, height, orientation);
  }

  /** Hashes a plane of luminance, row by row as stored. */
  static PdqResult hashPlane(float[] stored, int width, int height, ExifOrientation orientation) {
    float[] luma = orientation.apply(stored, width, height);
    if (orientation.swapsDimensions()) {
      return hashRows(rowsOf(luma, height), height, width);
    }
    return hashRows(rowsOf(luma, width), width, height);
  }

  private static PdqResult hashRows(LumaRows rows, int width, int height) {
    float[] grid = jaroszDownsample(rows, width, height);
    return new PdqResult(hashGrid(grid), quality(grid));
  }

  private BufferedImage decode(byte[] bytes) throws UnreadableImageException {
    // An in-memory stream: ImageIO would otherwise spool the upload to a temporary file.
    try (ImageInputStream input =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw new UnreadableImageException("Not an image in a format this server can read");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        int width;
        int height;
        try {
          width = reader.getWidth(0);
          height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
          throw new UnreadableImageException("Cannot read the image header", e);
        }
        long pixels = (long) width * height;
        if (width <= 0 || height <= 0 || pixels > MAX_PIXELS) {
          throw new UnreadableImageException(
              "Image is " + width + " by " + height + "; at most " + MAX_PIXELS + " pixels");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = 1;
        while ((long) ceilDiv(width, step) * ceilDiv(height, step) > decodedPixelLimit) {
          step++;
        }
        param.setSourceSubsampling(step, step, 0, 0);
        try {
          return reader.read(0, param);
        } catch (IOException | RuntimeException e) {
          throw new UnreadableImageException("Cannot decode the image", e);
        }
      } finally {
        reader.dispose();
      }
    } catch (UnreadableImageException e) {
      throw e;
    } catch (IOException e) {
      throw new UnreadableImageException("Cannot read the image", e);
    }
  }

  /**
   * Luminance on the 0 to 255 scale, one row at a time: the filter reads each row once, top to
   * bottom, so a decoded image is never also held as a whole plane of floats.
   */
  @FunctionalInterface
  private interface LumaRows {
    /** Writes the luminance of row {@code y} into {@code into} from index {@code at}. */
    void read(int y, float[] into, int at);
  }

  private static LumaRows rowsOf(float[] plane, int width) {
    return (y, into, at) -> System.arraycopy(plane, y * width, into, at, width);
  }

  private static LumaRows rowsOf(BufferedImage image) {
    int width = image.getWidth();
    ColorModel colorModel = image.getColorModel();
    Raster raster = image.getRaster();
    if (colorModel.getColorSpace().getType() == ColorSpace.TYPE_GRAY
        && colorModel.getNumColorComponents() == 1) {
      // Grey samples are luminance already. getRGB would treat them as linear light and brighten
      // them on conversion to sRGB, unlike other decoders.
      float scale = 255f / ((1 << colorModel.getComponentSize(0)) - 1);
      int[] samples = new int[width];
      return (y, into, at) -> {
        raster.getSamples(0, y, width, 1, 0, samples);
        for (int x = 0; x < width; x++) {
          into[at + x] = samples[x] * scale;
        }
      };
    }
    if (colorModel instanceof ComponentColorModel
        && colorModel.getColorSpace().isCS_sRGB()
        && !colorModel.isAlphaPremultiplied()
        && colorModel.getNumColorComponents() == 3
        && colorModel.getComponentSize(0) == 8
        && colorModel.getComponentSize(1) == 8
        && colorModel.getComponentSize(2) == 8) {
      // The usual decoder output: reading samples skips getRGB's per-pixel colour model calls.
      if (raster.getDataBuffer() instanceof DataBufferByte bytes
          && raster.getSampleModel() instanceof PixelInterleavedSampleModel layout
          && raster.getSampleModelTranslateX() == 0
          && raster.getSampleModelTranslateY() == 0
          && bytes.getNumBanks() == 1) {
        return interleavedRows(bytes.getData(), layout, width);
      }
      int bands = raster.getNumBands();
      int[] samples = new int[width * bands];
      return (y, into, at) -> {
        raster.getPixels(0, y, width, 1, samples);
        for (int x = 0, from = 0; x < width; x++, from += bands) {
          into[at + x] =
              RED_SHARE[samples[from]]
                  + GREEN_SHARE[samples[from + 1]]
                  + BLUE_SHARE[samples[from + 2]];
        }
      };
    }
    int[] argb = new int[width];
    return (y, into, at) -> {
      image.getRGB(0, y, width, 1, argb, 0, width);
      for (int x = 0; x < width; x++) {
        int rgb = argb[x];
        into[at + x] =
            RED_SHARE[(rgb >> 16) & 0xFF] + GREEN_SHARE[(rgb >> 8) & 0xFF] + BLUE_SHARE[rgb & 0xFF];
      }
    };
  }

  /** Rows of interleaved 8-bit samples, read straight from the bytes. */
  private static LumaRows interleavedRows(
      byte[] data, PixelInterleavedSampleModel layout, int width) {
    int[] offsets = layout.getBandOffsets();
    int step = layout.getPixelStride();
    int scanline = layout.getScanlineStride();
    int red = offsets[0];
    int green = offsets[1];
    int blue = offsets[2];
    return (y, into, at) -> {
      for (int x = 0, from = y * scanline; x < width; x++, from += step) {
        into[at + x] =
            RED_SHARE[data[from + red] & 0xFF]
                + GREEN_SHARE[data[from + green] & 0xFF]
                + BLUE_SHARE[data[from + blue] & 0xFF];
      }
    };
  }

  /** {@link #jaroszDownsample(LumaRows, int, int)} of a plane held whole, row by row. */
  static float[] jaroszDownsample(float[] luma, int width, int height) {
    return jaroszDownsample(rowsOf(luma, width), width, height);
  }

  /**
   * Applies the Jarosz filter and samples the result on a 64 by 64 grid, row by row.
   *
   * <p>Box filters along rows and along columns commute, so the two rounds are done as both column
   * passes and then both row passes, which lets each pass work out only what is read later. The
   * first column pass slides a window down the image, keeping each column's sum over it, and so
   * reads every row once; each of its rows that lies in the window of one of the 64 sampled rows is
   * added into that row's sums, which is the second column pass, worked out at the sampled rows
   * only. The two row passes then run on those 64 rows, the last at the 64 sampled columns only.
   * Sums are kept in double precision and each mean is rounded to float once, as in four whole
   * passes in the reference's order; the result differs from those only by where the intermediate
   * floats round, far below anything a hash bit sees.
   */
  private static float[] jaroszDownsample(LumaRows rows, int width, int height) {
    int windowX = ceilDiv(width, 2 * GRID);
    int windowY = ceilDiv(height, 2 * GRID);
    int[] sampleX = samplePositions(width);
    int[] sampleY = samplePositions(height);
    int before = (windowY - 1) / 2;
    int after = windowY / 2;
    float[] ring = new float[windowY * width];
    double[] sums = new double[width];
    double[] sampled = new double[GRID * width];
    int read = 0;
    int dropped = 0;
    int first = 0;
    for (int y = 0; y < height; y++) {
      int lo = Math.max(0, y - before);
      int hi = Math.min(height - 1, y + after);
      for (; dropped < lo; dropped++) {
        addRow(sums, ring, (dropped % windowY) * width, -1);
      }
      for (; read <= hi; read++) {
        int at = (read % windowY) * width;
        rows.read(read, ring, at);
        addRow(sums, ring, at, 1);
      }
      while (first < GRID && Math.min(height - 1, sampleY[first] + after) < y) {
        first++;
      }
      double scale = 1.0 / (hi - lo + 1);
      for (int i = first; i < GRID && sampleY[i] - before <= y; i++) {
        for (int x = 0, at = i * width; x < width; x++, at++) {
          sampled[at] += (float) (sums[x] * scale);
        }
      }
    }
    float[] filtered = new float[GRID * width];
    for (int i = 0; i < GRID; i++) {
      int lo = Math.max(0, sampleY[i] - before);
      int hi = Math.min(height - 1, sampleY[i] + after);
      double scale = 1.0 / (hi - lo + 1);
      for (int x = 0, at = i * width; x < width; x++, at++) {
        filtered[at] = (float) (sampled[at] * scale);
      }
    }
    double[] prefix = new double[width + 1];
    float[] grid = new float[GRID * GRID];
    for (int i = 0; i < GRID; i++) {
      boxFilter(filtered, i * width, 1, width, windowX, prefix);
      boxFilterAt(filtered, i * width, 1, width, windowX, prefix, sampleX);
      for (int j = 0; j < GRID; j++) {
        grid[i * GRID + j] = filtered[i * width + sampleX[j]];
      }
    }
    return grid;
  }

  /** The centres of the 64 grid cells along an axis {@code n} long. */
  private static int[] samplePositions(int n) {
    int[] positions = new int[GRID];
    for (int i = 0; i < GRID; i++) {
      positions[i] = (int) ((i + 0.5) * n / GRID);
    }
    return positions;
  }

  /**
   * Adds {@code sign} times the row of {@code values} starting at {@code start} to {@code sums}.
   */
  private static void addRow(double[] sums, float[] values, int start, int sign) {
    if (sign > 0) {
      for (int x = 0; x < sums.length; x++) {
        sums[x] += values[start + x];
      }
    } else {
      for (int x = 0; x < sums.length; x++) {
        sums[x] -= values[start + x];
      }
    }
  }

  /**
   * Replaces each of {@code n} values, {@code stride} apart from {@code start}, by the mean over a
   * window of {@code window} values centred on it ({@code (window - 1) / 2} before, {@code window /
   * 2} after), the window being cut short at the ends. {@code prefix} is scratch space for the
   * running sums, which hold everything needed, so the values can be overwritten in place.
   */
  private static void boxFilter(
      float[] values, int start, int stride, int n, int window, double[] prefix) {
    runningSums(values, start, stride, n, prefix);
    int before = (window - 1) / 2;
    int after = window / 2;
    // Away from the ends the window is whole: no bounds to check and the same divisor throughout.
    int whole = Math.min(before, n);
    int ends = Math.max(whole, n - after);
    for (int i = 0; i < whole; i++) {
      values[start + i * stride] = windowMean(prefix, i, n, before, after);
    }
    double size = window;
    for (int i = whole, at = start + whole * stride; i < ends; i++, at += stride) {
      values[at] = (float) ((prefix[i + after + 1] - prefix[i - before]) / size);
    }
    for (int i = ends; i < n; i++) {
      values[start + i * stride] = windowMean(prefix, i, n, before, after);
    }
  }

  /** {@link #boxFilter} with only the values at the given indices replaced. */
  private static void boxFilterAt(
      float[] values, int start, int stride, int n, int window, double[] prefix, int[] indices) {
    runningSums(values, start, stride, n, prefix);
    int before = (window - 1) / 2;
    int after = window / 2;
    for (int i : indices) {
      values[start + i * stride] = windowMean(prefix, i, n, before, after);
    }
  }

  /** {@code prefix[i]} becomes the sum of the first {@code i} values. */
  private static void runningSums(float[] values, int start, int stride, int n, double[] prefix) {
    prefix[0] = 0;
    for (int i = 0, at = start; i < n; i++, at += stride) {
      prefix[i + 1] = prefix[i] + values[at];
    }
  }

  /** The mean over the window around value {@code i}, cut short at the ends. */
  private static float windowMean(double[] prefix, int i, int n, int before, int after) {
    int lo = Math.max(0, i - before);
    int hi = Math.min(n - 1, i + after);
    return (float) ((prefix[hi + 1] - prefix[lo]) / (hi - lo + 1));
  }

  private static PdqHash hashGrid(float[] grid) {
    double[] partial = new double[FREQUENCIES * GRID];
    for (int i = 0; i < FREQUENCIES; i++) {
      double[] basis = DCT[i];
      for (int r = 0; r < GRID; r++) {
        double weight = basis[r];
        int rowStart = r * GRID;
        for (int c = 0; c < GRID; c++) {
          partial[i * GRID + c] += weight * grid[rowStart + c];
        }
      }
    }
    double[] coefficients = new double[FREQUENCIES * FREQUENCIES];
    for (int i = 0; i < FREQUENCIES; i++) {
      for (int j = 0; j < FREQUENCIES; j++) {
        double[] basis = DCT[j];
        double sum = 0;
        for (int c = 0; c < GRID; c++) {
          sum += partial[i * GRID + c] * basis[c];
        }
        coefficients[i * FREQUENCIES + j] = sum;
      }
    }
    double[] sorted = coefficients.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2 - 1];
    boolean[] bits = new boolean[coefficients.length];
    for (int k = 0; k < coefficients.length; k++) {
      bits[k] = coefficients[k] > median;
    }
    return PdqHash.fromBits(bits);
  }

  private static int quality(float[] grid) {
    int gradientSum = 0;
    for (int i = 0; i < GRID; i++) {
      for (int j = 0; j < GRID; j++) {
        float here = grid[i * GRID + j];
        if (i + 1 < GRID) {
          gradientSum += (int) (Math.abs(here - grid[(i + 1) * GRID + j]) * 100 / 255);
        }
        if (j + 1 < GRID) {
          gradientSum += (int) (Math.abs(here - grid[i * GRID + j + 1]) * 100 / 255);
        }
      }
    }
    return Math.min(100, gradientSum / 90);
  }

  private static int ceilDiv(int dividend, int divisor) {
    return (dividend + divisor - 1) / divisor;
  }

  private static float[] shares(float weight) {
    float[] shares = new float[256];
    for (int level = 0; level < shares.length; level++) {
      shares[level] = weight * level;
    }
    return shares;
  }

  private static double[][] dctMatrix() {
    double[][] matrix = new double[FREQUENCIES][GRID];
    double scale = Math.sqrt(2.0 / GRID);
    for (int i = 0; i < FREQUENCIES; i++) {
      for (int j = 0; j < GRID; j++) {
        matrix[i][j] = scale * Math.cos(Math.PI / (2 * GRID) * (i + 1) * (2 * j + 1));
      }
    }
    return matrix;
  }
}
