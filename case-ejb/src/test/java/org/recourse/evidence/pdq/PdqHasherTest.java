package org.recourse.evidence.pdq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * The hasher's behaviour on the project's own test media ({@link TestMedia}): formats, turns,
 * modified copies, quality, Exif handling. Agreement with Meta's reference hashes is {@link
 * PdqConformanceTest}'s.
 */
class PdqHasherTest {

  /** The reference implementation's own tests accept this distance from its expected hashes. */
  private static final int REFERENCE_TOLERANCE = 16;

  private static final int UNRELATED_MINIMUM = 60;

  private final PdqHasher hasher = new PdqHasher();

  /**
   * Tags the generated photo with each Exif orientation and checks that the hash is that of the
   * pixels turned in memory the way a viewer shows them.
   */
  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void exifOrientationIsAppliedBeforeHashing(int orientation) throws IOException {
    byte[] upright = TestMedia.bytes(Fixture.PHOTO_JPEG);
    byte[] tagged = withExifOrientation(upright, orientation, orientation % 2 == 0);
    PdqHash expected =
        hasher.hash(TestMedia.oriented(TestMedia.decode(upright), orientation)).hash();

    PdqHash actual = hasher.hash(new ByteArrayInputStream(tagged)).hash();

    int distance = actual.distanceTo(expected);
    assertTrue(
        distance <= REFERENCE_TOLERANCE,
        () -> "orientation " + orientation + " is " + distance + " bits away");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Fixture.class,
      names = {
        "PHOTO_PROGRESSIVE_JPEG",
        "PHOTO_PNG",
        "PHOTO_PNG_16",
        "PHOTO_GREY_PNG",
        "PHOTO_PALETTE_PNG",
        "PHOTO_RESIZED_JPEG",
        "PHOTO_BLURRED_JPEG",
        "PHOTO_CAPTIONED_JPEG",
        "PHOTO_RECOMPRESSED_JPEG"
      })
  void everyFormatAndModifiedCopyOfThePhotoMatchesIt(Fixture copy) throws IOException {
    PdqHash original = hashBytes(TestMedia.bytes(Fixture.PHOTO_JPEG)).hash();

    int distance = hashBytes(TestMedia.bytes(copy)).hash().distanceTo(original);
    assertTrue(
        distance <= PdqHash.MATCH_THRESHOLD,
        () -> copy + " is " + distance + " bits from the original");
  }

  @Test
  void unrelatedImagesAreFarApart() throws IOException {
    List<Fixture> unrelated =
        List.of(
            Fixture.PHOTO_JPEG,
            Fixture.SCREENSHOT_PNG,
            Fixture.SQUARE_JPEG,
            Fixture.STREET_JPEG,
            Fixture.PORTRAIT_JPEG);
    for (int i = 0; i < unrelated.size(); i++) {
      for (int j = i + 1; j < unrelated.size(); j++) {
        int distance =
            hashBytes(TestMedia.bytes(unrelated.get(i)))
                .hash()
                .distanceTo(hashBytes(TestMedia.bytes(unrelated.get(j))).hash());
        String pair = unrelated.get(i) + " and " + unrelated.get(j);
        assertTrue(
            distance > UNRELATED_MINIMUM, () -> pair + " are only " + distance + " bits apart");
      }
    }
  }

  @Test
  void decodedImageWithAnOrientationHashesLikeThePictureRotatedInMemory() throws IOException {
    byte[] upright = TestMedia.bytes(Fixture.PHOTO_JPEG);
    BufferedImage stored = ImageIO.read(new ByteArrayInputStream(upright));
    BufferedImage rotatedClockwise =
        new BufferedImage(stored.getHeight(), stored.getWidth(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < stored.getHeight(); y++) {
      for (int x = 0; x < stored.getWidth(); x++) {
        rotatedClockwise.setRGB(stored.getHeight() - 1 - y, x, stored.getRGB(x, y));
      }
    }

    assertEquals(
        hasher.hash(rotatedClockwise), hasher.hash(stored, ExifOrientation.ROTATE_90_CLOCKWISE));
  }

  @Test
  void taggedJpegPhotoHashesLikeItsLuminanceRotatedInMemory() throws IOException {
    byte[] upright = TestMedia.bytes(Fixture.PHOTO_JPEG);
    JpegLuma.Plane stored =
        JpegLuma.read(upright, PdqHasher.MAX_PIXELS, PdqHasher.DEFAULT_DECODED_PIXEL_LIMIT)
            .orElseThrow();
    int width = stored.width();
    int height = stored.height();
    float[] rotatedClockwise = new float[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        rotatedClockwise[x * height + height - 1 - y] = stored.luma()[y * width + x];
      }
    }

    PdqResult fromTaggedFile = hasher.hash(withExifOrientation(upright, 6, false));

    assertEquals(
        PdqHasher.hashPlane(rotatedClockwise, height, width, ExifOrientation.NORMAL),
        fromTaggedFile);
  }

  @Test
  void orientationIsReadInBothByteOrders() throws IOException {
    byte[] upright = TestMedia.bytes(Fixture.PHOTO_JPEG);

    assertEquals(ExifOrientation.NORMAL, ExifOrientation.fromJpeg(upright));
    assertEquals(
        ExifOrientation.ROTATE_90_CLOCKWISE,
        ExifOrientation.fromJpeg(withExifOrientation(upright, 6, true)));
    assertEquals(
        ExifOrientation.ROTATE_90_ANTICLOCKWISE,
        ExifOrientation.fromJpeg(withExifOrientation(upright, 8, false)));
  }

  @Test
  void malformedExifIsTreatedAsUpright() {
    byte[] jpegStart = {(byte) 0xFF, (byte) 0xD8};
    assertEquals(ExifOrientation.NORMAL, ExifOrientation.fromJpeg(new byte[0]));
    assertEquals(ExifOrientation.NORMAL, ExifOrientation.fromJpeg(jpegStart));
    assertEquals(ExifOrientation.NORMAL, ExifOrientation.fromJpeg(pngSignature()));
    assertEquals(
        ExifOrientation.NORMAL, ExifOrientation.fromJpeg(withExifOrientation(jpegStart, 0, true)));
    assertEquals(
        ExifOrientation.NORMAL, ExifOrientation.fromJpeg(withExifOrientation(jpegStart, 9, true)));

    byte[] segmentLongerThanFile = withExifOrientation(jpegStart, 6, true);
    segmentLongerThanFile[5] = (byte) 0xFF;
    assertEquals(ExifOrientation.NORMAL, ExifOrientation.fromJpeg(segmentLongerThanFile));

    byte[] ifdBeyondSegment = withExifOrientation(jpegStart, 6, true);
    ifdBeyondSegment[4 + 2 + 6 + 4] = 0x7F;
    assertEquals(ExifOrientation.NORMAL, ExifOrientation.fromJpeg(ifdBeyondSegment));

    byte[] entriesBeyondSegment = withExifOrientation(jpegStart, 6, true);
    entriesBeyondSegment[4 + 2 + 6 + 8] = 0x7F;
    entriesBeyondSegment[4 + 2 + 6 + 10] = 0x13;
    assertEquals(ExifOrientation.NORMAL, ExifOrientation.fromJpeg(entriesBeyondSegment));

    byte[] orientationAsText = withExifOrientation(jpegStart, 6, true);
    orientationAsText[4 + 2 + 6 + 12] = 2;
    assertEquals(ExifOrientation.NORMAL, ExifOrientation.fromJpeg(orientationAsText));
  }

  @Test
  void truncatedOrCorruptedExifNeverThrows() throws IOException {
    byte[] upright = TestMedia.bytes(Fixture.PHOTO_JPEG);
    byte[] tagged = withExifOrientation(upright, 6, false);
    byte[] header = Arrays.copyOf(tagged, 600);
    for (int length = 0; length <= header.length; length++) {
      assertNotNull(ExifOrientation.fromJpeg(Arrays.copyOf(header, length)));
    }
    Random random = new Random(42);
    for (int trial = 0; trial < 5_000; trial++) {
      byte[] corrupted = header.clone();
      for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
        corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
      }
      assertNotNull(ExifOrientation.fromJpeg(corrupted));
    }
  }

  @Test
  void imagesAboveTheDecodedPixelLimitAreReadAtReducedResolutionAndStillMatch() throws IOException {
    byte[] photo = TestMedia.bytes(Fixture.PHOTO_JPEG);
    PdqHash fullResolution = hashBytes(photo).hash();

    PdqHash everySecondPixel =
        new PdqHasher(1600 * 1004 / 4 + 1000).hash(new ByteArrayInputStream(photo)).hash();

    int distance = everySecondPixel.distanceTo(fullResolution);
    assertTrue(
        distance <= REFERENCE_TOLERANCE,
        () -> "reduced-resolution hash is " + distance + " bits from the full-resolution one");
  }

  @Test
  void featurelessImageHasLowQualityAndPhotoHasFullQuality() throws IOException {
    BufferedImage grey = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < grey.getHeight(); y++) {
      for (int x = 0; x < grey.getWidth(); x++) {
        grey.setRGB(x, y, 0x808080);
      }
    }

    assertEquals(0, hasher.hash(grey).quality());
    assertEquals(100, hashBytes(TestMedia.bytes(Fixture.PHOTO_JPEG)).quality());
  }

  @Test
  void greyscaleImageHashesLikeItsColourOriginal() throws IOException {
    BufferedImage colour = TestMedia.decode(TestMedia.bytes(Fixture.PHOTO_JPEG));
    BufferedImage grey =
        new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster raster = grey.getRaster();
    for (int y = 0; y < colour.getHeight(); y++) {
      for (int x = 0; x < colour.getWidth(); x++) {
        int rgb = colour.getRGB(x, y);
        double luma =
            0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
        raster.setSample(x, y, 0, (int) Math.round(luma));
      }
    }

    int distance = hasher.hash(grey).hash().distanceTo(hasher.hash(colour).hash());
    assertTrue(distance <= 4, () -> "greyscale copy is " + distance + " bits away");
  }

  @ParameterizedTest(name = "{0} by {1}")
  @CsvSource({"1600, 1004", "1004, 1600", "640, 641", "129, 3000", "50, 70", "7, 3", "1, 1"})
  void jaroszFilterGivesTheResultOfFourWholePassesToWithinFloatRounding(int width, int height) {
    Random random = new Random(width * 31L + height);
    float[] luma = new float[width * height];
    for (int i = 0; i < luma.length; i++) {
      luma[i] = random.nextFloat() * 255;
    }

    float[] expected = fourWholePasses(luma.clone(), width, height);

    assertArrayEquals(expected, PdqHasher.jaroszDownsample(luma, width, height), 1e-3f);
  }

  /**
   * The Jarosz filter as described, with nothing left out: rows, columns, rows, columns, every
   * value of every pass, each mean taken from running sums in double precision, then the 64 by 64
   * samples.
   */
  private static float[] fourWholePasses(float[] luma, int width, int height) {
    int windowX = (width + 127) / 128;
    int windowY = (height + 127) / 128;
    for (int pass = 0; pass < 2; pass++) {
      for (int y = 0; y < height; y++) {
        meanOverWindows(luma, y * width, 1, width, windowX);
      }
      for (int x = 0; x < width; x++) {
        meanOverWindows(luma, x, width, height, windowY);
      }
    }
    float[] grid = new float[64 * 64];
    for (int i = 0; i < 64; i++) {
      for (int j = 0; j < 64; j++) {
        int y = (int) ((i + 0.5) * height / 64);
        int x = (int) ((j + 0.5) * width / 64);
        grid[i * 64 + j] = luma[y * width + x];
      }
    }
    return grid;
  }

  private static void meanOverWindows(float[] values, int start, int stride, int n, int window) {
    double[] sums = new double[n + 1];
    for (int i = 0; i < n; i++) {
      sums[i + 1] = sums[i] + values[start + i * stride];
    }
    for (int i = 0; i < n; i++) {
      int lo = Math.max(0, i - (window - 1) / 2);
      int hi = Math.min(n - 1, i + window / 2);
      values[start + i * stride] = (float) ((sums[hi + 1] - sums[lo]) / (hi - lo + 1));
    }
  }

  @Test
  void undecodableDataIsRejectedAsUnreadable() {
    byte[] text = "not an image".getBytes(StandardCharsets.US_ASCII);
    byte[] brokenJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB, 0, 4, 1, 2};

    assertThrows(UnreadableImageException.class, () -> hasher.hash(new ByteArrayInputStream(text)));
    assertThrows(
        UnreadableImageException.class, () -> hasher.hash(new ByteArrayInputStream(new byte[0])));
    assertThrows(
        UnreadableImageException.class, () -> hasher.hash(new ByteArrayInputStream(brokenJpeg)));
  }

  private PdqResult hashBytes(byte[] image) throws IOException {
    return hasher.hash(new ByteArrayInputStream(image));
  }

  /**
   * Returns {@code jpeg} with an Exif APP1 segment holding only an Orientation tag inserted after
   * the SOI marker and, if present, the JFIF APP0 segment.
   */
  static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
    ByteArrayOutputStream exif = new ByteArrayOutputStream();
    exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    exif.writeBytes(littleEndian ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'});
    writeUnsigned(exif, 42, 2, littleEndian);
    writeUnsigned(exif, 8, 4, littleEndian);
    writeUnsigned(exif, 1, 2, littleEndian);
    writeUnsigned(exif, 0x0112, 2, littleEndian);
    writeUnsigned(exif, 3, 2, littleEndian);
    writeUnsigned(exif, 1, 4, littleEndian);
    writeUnsigned(exif, orientation, 2, littleEndian);
    writeUnsigned(exif, 0, 2, littleEndian);
    writeUnsigned(exif, 0, 4, littleEndian);
    byte[] payload = exif.toByteArray();

    int insertAt = 2;
    if (jpeg.length >= 6 && (jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
      insertAt = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, insertAt);
    out.write(0xFF);
    out.write(0xE1);
    writeUnsigned(out, payload.length + 2, 2, false);
    out.writeBytes(payload);
    out.write(jpeg, insertAt, jpeg.length - insertAt);
    return out.toByteArray();
  }

  private static void writeUnsigned(
      ByteArrayOutputStream out, long value, int size, boolean littleEndian) {
    for (int i = 0; i < size; i++) {
      int shift = 8 * (littleEndian ? i : size - 1 - i);
      out.write((int) (value >>> shift) & 0xFF);
    }
  }

  private static byte[] pngSignature() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  }
}
