package org.recourse.evidence.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.testmedia.TestImageFormats;
import org.recourse.testmedia.TestMedia;

/**
 * Every format evidence arrives in decodes, at its size, to the pixels Meta's PDQ reference would
 * hash for the same file, and so to a PDQ hash within the reference's tolerance of the hash of
 * those pixels: the picture itself for lossless formats, the picture within coding loss for lossy
 * ones, the colour channels (alpha not applied) for transparent ones, the first frame of an
 * animation, 16-bit samples scaled to 8 bits and CMYK by the plain formula ({@link CmykJpeg}).
 */
class EvidenceImagesFormatsTest {

  /** The PDQ reference's own tests accept this distance. */
  private static final int PDQ_TOLERANCE = 16;

  private static final BufferedImage PICTURE = TestMedia.scene(11, 640, 400);
  private static final BufferedImage OTHER = TestMedia.scene(12, 640, 400);

  private final EvidenceImages images = new EvidenceImages(100_000_000L);
  private final PdqHasher hasher = new PdqHasher();

  static Stream<Arguments> formats() {
    BufferedImage alpha = TestMedia.withAlphaFade(PICTURE);
    BufferedImage palette = TestMedia.palette(PICTURE);
    Raster cmyk = TestImageFormats.cmyk(PICTURE);
    return Stream.of(
        case_("WebP lossless", () -> TestImageFormats.webp(PICTURE, true), PICTURE),
        case_("WebP lossy", () -> TestImageFormats.webp(PICTURE, false), PICTURE),
        case_("WebP lossless with alpha", () -> TestImageFormats.webp(alpha, true), PICTURE),
        case_("WebP lossy with alpha", () -> TestImageFormats.webp(alpha, false), PICTURE),
        case_(
            "animated WebP, first frame",
            () -> TestImageFormats.animatedWebp(List.of(PICTURE, OTHER)),
            PICTURE),
        case_("AVIF", () -> TestImageFormats.avif(PICTURE), PICTURE),
        case_(
            "AVIF grid of 2 by 2 tiles, cropped to its declared size",
            () -> TestImageFormats.gridAvif(PICTURE.getSubimage(0, 0, 630, 390), 2, 2),
            PICTURE.getSubimage(0, 0, 630, 390)),
        case_(
            "AVIF grid marked to be turned a quarter anticlockwise (irot), as phones mark portraits",
            () -> TestImageFormats.gridAvif(PICTURE, 2, 2, 1),
            TestMedia.oriented(PICTURE, 8)),
        case_("AVIF grid of 3 by 1 tiles", () -> TestImageFormats.gridAvif(PICTURE, 3, 1), PICTURE),
        case_("TIFF", () -> TestImageFormats.tiff(PICTURE), PICTURE),
        case_("BMP", () -> TestImageFormats.bmp(PICTURE), PICTURE),
        case_("PSD", () -> TestImageFormats.psd(PICTURE), PICTURE),
        case_(
            "animated GIF, first frame",
            () -> TestImageFormats.animatedGif(List.of(palette, TestMedia.palette(OTHER))),
            palette),
        case_("PNG interlaced", () -> TestImageFormats.interlacedPng(PICTURE), PICTURE),
        case_("PNG 8-bit palette", () -> TestMedia.png(palette), palette),
        case_("PNG RGBA", () -> TestMedia.png(alpha), PICTURE),
        case_(
            "PNG 16-bit RGBA",
            () -> TestMedia.png(TestImageFormats.sixteenBitWithAlpha(PICTURE)),
            PICTURE),
        case_("PNG 16-bit RGB", () -> TestMedia.png(TestMedia.sixteenBit(PICTURE)), PICTURE),
        case_(
            "PNG 8-bit grey",
            () -> TestMedia.png(TestMedia.grey(PICTURE, false)),
            TestMedia.grey(PICTURE, false)),
        case_(
            "PNG 16-bit grey",
            () -> TestMedia.png(TestMedia.grey(PICTURE, true)),
            TestMedia.grey(PICTURE, false)),
        case_(
            "PNG grey with alpha",
            () -> TestMedia.png(TestImageFormats.greyWithAlpha(PICTURE)),
            TestMedia.grey(PICTURE, false)),
        case_(
            "PNG 4-bit grey",
            () -> TestMedia.png(TestImageFormats.lowBitGrey(PICTURE, 4)),
            TestImageFormats.lowBitGrey(PICTURE, 4)),
        case_(
            "PNG 2-bit grey",
            () -> TestMedia.png(TestImageFormats.lowBitGrey(PICTURE, 2)),
            TestImageFormats.lowBitGrey(PICTURE, 2)),
        case_(
            "PNG 1-bit grey",
            () -> TestMedia.png(TestImageFormats.lowBitGrey(PICTURE, 1)),
            TestImageFormats.lowBitGrey(PICTURE, 1)),
        case_("JPEG baseline", () -> TestMedia.jpeg(PICTURE, 0.9f), PICTURE),
        case_("JPEG progressive", () -> TestMedia.progressiveJpeg(PICTURE, 0.9f), PICTURE),
        case_(
            "JPEG CMYK (Adobe)",
            () -> TestImageFormats.adobeCmykJpeg(cmyk, false, 0.95f),
            TestImageFormats.plainRgb(cmyk)),
        case_(
            "JPEG YCCK (Adobe)",
            () -> TestImageFormats.adobeCmykJpeg(cmyk, true, 0.95f),
            TestImageFormats.plainRgb(cmyk)));
  }

  private static Arguments case_(String name, Supplier<byte[]> file, BufferedImage expected) {
    return Arguments.of(name, file, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void decodesToThePixelsTheReferenceHashes(
      String name, Supplier<byte[]> file, BufferedImage expected) throws IOException {
    byte[] bytes = file.get();

    BufferedImage decoded = images.decode(bytes);

    assertEquals(expected.getWidth(), decoded.getWidth(), name + " width");
    assertEquals(expected.getHeight(), decoded.getHeight(), name + " height");
    PdqHash hash = hasher.hash(decoded).hash();
    int distance = hash.distanceTo(hasher.hash(expected).hash());
    assertTrue(
        distance <= PDQ_TOLERANCE,
        () -> name + " hashes " + distance + " bits from the pixels the reference sees");
    assertTrue(
        hash.distanceTo(hasher.hash(OTHER).hash()) > 3 * PDQ_TOLERANCE,
        () -> name + " must not hash like an unrelated picture");
    // The probe reports the size as stored, before any turn the file asks for.
    assertEquals(
        (long) expected.getWidth() * expected.getHeight(),
        images.probe(bytes).orElseThrow().pixels(),
        name + " probe");
  }

  @Test
  void losslessFormatsGiveBackTheExactPixels() throws IOException {
    for (byte[] file :
        List.of(
            TestImageFormats.webp(PICTURE, true),
            TestImageFormats.tiff(PICTURE),
            TestImageFormats.bmp(PICTURE),
            TestImageFormats.psd(PICTURE),
            TestImageFormats.interlacedPng(PICTURE))) {
      BufferedImage decoded = images.decode(file);
      assertEquals(0, differingPixels(PICTURE, decoded));
    }
  }

  @ParameterizedTest(name = "YCCK {0}")
  @ValueSource(booleans = {false, true})
  void cmykIsConvertedByThePlainFormulaNotThroughAColourProfile(boolean ycck) throws IOException {
    Raster cmyk = TestImageFormats.cmyk(PICTURE);
    BufferedImage plain = TestImageFormats.plainRgb(cmyk);

    BufferedImage decoded = images.decode(TestImageFormats.adobeCmykJpeg(cmyk, ycck, 1f));

    // JPEG coding at full quality moves a sample by a level or two, not more on average.
    assertTrue(
        meanChannelDifference(plain, decoded) < 2.0,
        () -> "mean difference " + meanChannelDifference(plain, decoded));
  }

  @Test
  void alphaIsNotAppliedForHashing() throws IOException {
    BufferedImage transparent = TestMedia.withAlphaFade(PICTURE);

    BufferedImage decoded = images.decode(TestMedia.png(transparent));

    // The reference hashes the R, G and B planes; PICTURE's colours are stored under the alpha.
    assertEquals(hasher.hash(PICTURE), hasher.hash(decoded));
  }

  @Test
  void sixteenBitSamplesAreScaledToEightBitsRounded() throws IOException {
    BufferedImage sixteen = TestImageFormats.sixteenBitWithAlpha(TestMedia.scene(13, 8, 8));
    int[][] values = {{0x1234, 0xFEDC, 0x0080, 0xFFFF}, {0x0000, 0x7F7F, 0x8080, 0xFFFF}};
    for (int x = 0; x < values.length; x++) {
      sixteen.getRaster().setPixel(x, 0, values[x]);
    }

    BufferedImage decoded = images.decode(TestMedia.png(sixteen));

    for (int x = 0; x < values.length; x++) {
      int rgb = decoded.getRGB(x, 0);
      int[] expected = values[x];
      assertEquals(Math.round(expected[0] / 257f), (rgb >> 16) & 0xFF, "red at " + x);
      assertEquals(Math.round(expected[1] / 257f), (rgb >> 8) & 0xFF, "green at " + x);
      assertEquals(Math.round(expected[2] / 257f), rgb & 0xFF, "blue at " + x);
    }
  }

  private static int differingPixels(BufferedImage expected, BufferedImage actual) {
    int differing = 0;
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        if ((expected.getRGB(x, y) & 0xFFFFFF) != (actual.getRGB(x, y) & 0xFFFFFF)) {
          differing++;
        }
      }
    }
    return differing;
  }

  private static double meanChannelDifference(BufferedImage expected, BufferedImage actual) {
    long sum = 0;
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        int a = expected.getRGB(x, y);
        int b = actual.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          sum += Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
        }
      }
    }
    return sum / (3.0 * expected.getWidth() * expected.getHeight());
  }
}
