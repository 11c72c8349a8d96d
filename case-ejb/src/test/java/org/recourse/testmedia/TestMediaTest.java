package org.recourse.testmedia;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.testmedia.TestMedia.Fixture;
import org.w3c.dom.Node;

/**
 * The generator's promises, which the functional tests build on: the same bytes every time; every
 * format in the layout it claims; every modified copy of the photo a PDQ match of it; unrelated
 * pictures far apart.
 */
class TestMediaTest {

  private final PdqHasher hasher = new PdqHasher();

  @Test
  void theSameSeedGivesTheSameBytes() {
    assertArrayEquals(
        TestMedia.jpeg(TestMedia.scene(77, 300, 200), 0.8f),
        TestMedia.jpeg(TestMedia.scene(77, 300, 200), 0.8f));
    BufferedImage first = TestMedia.scene(78, 64, 48);
    BufferedImage again = TestMedia.scene(78, 64, 48);
    first.setRGB(0, 0, 0);
    assertEquals(again.getRGB(5, 5), TestMedia.scene(78, 64, 48).getRGB(5, 5));
    assertTrue(again.getRGB(0, 0) == TestMedia.scene(78, 64, 48).getRGB(0, 0), "copies are own");
  }

  @Test
  void pngLayoutsAreWhatTheirNamesSay() throws IOException {
    assertPng(Fixture.PHOTO_PNG, "8", "RGB");
    assertPng(Fixture.PHOTO_PNG_16, "16", "RGB");
    assertPng(Fixture.PHOTO_GREY_PNG, "8", "Grayscale");
    assertPng(Fixture.PHOTO_GREY_16_PNG, "16", "Grayscale");
    assertPng(Fixture.PHOTO_PALETTE_PNG, "8", "Palette");
    assertPng(Fixture.PHOTO_ALPHA_PNG, "8", "RGBAlpha");
    assertPng(Fixture.SCREENSHOT_PNG, "8", "RGBAlpha");
  }

  @Test
  void progressiveAndBaselineJpegsDifferInTheirFrameMarker() {
    assertTrue(hasMarker(TestMedia.bytes(Fixture.PHOTO_JPEG), 0xC0), "baseline SOF0");
    assertTrue(
        hasMarker(TestMedia.bytes(Fixture.PHOTO_PROGRESSIVE_JPEG), 0xC2), "progressive SOF2");
  }

  @Test
  void sizesAreThoseTheFixturesPromise() {
    assertSize(Fixture.PHOTO_JPEG, 1600, 1004);
    assertSize(Fixture.PHOTO_ROTATED_90_JPEG, 1004, 1600);
    assertSize(Fixture.PHOTO_RESIZED_JPEG, 800, 502);
    assertSize(Fixture.SCREENSHOT_PNG, 1432, 812);
    assertSize(Fixture.SQUARE_JPEG, 512, 512);
    assertSize(Fixture.TINY_JPEG, 34, 42);
  }

  @ParameterizedTest
  @EnumSource(
      value = Fixture.class,
      names = {
        "PHOTO_PROGRESSIVE_JPEG",
        "PHOTO_PNG",
        "PHOTO_PNG_16",
        "PHOTO_GREY_PNG",
        "PHOTO_GREY_16_PNG",
        "PHOTO_PALETTE_PNG",
        "PHOTO_RESIZED_JPEG",
        "PHOTO_CROPPED_JPEG",
        "PHOTO_BLURRED_JPEG",
        "PHOTO_CAPTIONED_JPEG",
        "PHOTO_RECOMPRESSED_JPEG"
      })
  void everyCopyOfThePhotoMatchesIt(Fixture copy) throws IOException {
    PdqHash photo = hash(Fixture.PHOTO_JPEG);
    int distance = hash(copy).distanceTo(photo);
    assertTrue(
        distance <= PdqHash.MATCH_THRESHOLD, () -> copy + " is " + distance + " bits from photo");
  }

  @Test
  void turnedCopiesOfThePhotoHashAsTheTurnedPixels() throws IOException {
    BufferedImage photo = TestMedia.decode(TestMedia.bytes(Fixture.PHOTO_JPEG));
    int quarter =
        hash(Fixture.PHOTO_ROTATED_90_JPEG)
            .distanceTo(hasher.hash(TestMedia.oriented(photo, 6)).hash());
    int half =
        hash(Fixture.PHOTO_ROTATED_180_JPEG)
            .distanceTo(hasher.hash(TestMedia.oriented(photo, 3)).hash());
    assertTrue(quarter <= 16 && half <= 16, () -> quarter + " and " + half + " bits");
  }

  @Test
  void unrelatedPicturesAreFarApart() throws IOException {
    List<Fixture> unrelated =
        List.of(
            Fixture.PHOTO_JPEG,
            Fixture.SCREENSHOT_PNG,
            Fixture.SQUARE_JPEG,
            Fixture.STREET_JPEG,
            Fixture.PORTRAIT_JPEG,
            Fixture.TINY_JPEG);
    List<PdqHash> hashes = new ArrayList<>();
    for (Fixture fixture : unrelated) {
      hashes.add(hash(fixture));
    }
    for (int i = 0; i < hashes.size(); i++) {
      for (int j = i + 1; j < hashes.size(); j++) {
        int distance = hashes.get(i).distanceTo(hashes.get(j));
        String pair = unrelated.get(i) + " and " + unrelated.get(j);
        assertTrue(distance > 60, () -> pair + " are only " + distance + " bits apart");
      }
    }
  }

  @Test
  void filesAreWrittenUnderTargetOnceAndHoldTheBytes() throws IOException {
    var path = TestMedia.file(Fixture.TINY_JPEG);
    assertTrue(path.endsWith("target/test-media/tiny.jpg"), path::toString);
    assertArrayEquals(TestMedia.bytes(Fixture.TINY_JPEG), java.nio.file.Files.readAllBytes(path));
  }

  private PdqHash hash(Fixture fixture) throws IOException {
    return hasher.hash(new ByteArrayInputStream(TestMedia.bytes(fixture))).hash();
  }

  private static void assertSize(Fixture fixture, int width, int height) {
    BufferedImage image = TestMedia.decode(TestMedia.bytes(fixture));
    assertEquals(width + "x" + height, image.getWidth() + "x" + image.getHeight(), fixture.name());
  }

  private static void assertPng(Fixture fixture, String bitDepth, String colourType)
      throws IOException {
    try (ImageInputStream in =
        ImageIO.createImageInputStream(new ByteArrayInputStream(TestMedia.bytes(fixture)))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      IIOMetadata metadata = reader.getImageMetadata(0);
      Node header = ((Node) metadata.getAsTree("javax_imageio_png_1.0")).getFirstChild(); // IHDR
      assertEquals("IHDR", header.getNodeName());
      assertEquals(
          bitDepth, header.getAttributes().getNamedItem("bitDepth").getNodeValue(), fixture.name());
      assertEquals(
          colourType,
          header.getAttributes().getNamedItem("colorType").getNodeValue(),
          fixture.name());
      reader.dispose();
    }
  }

  private static boolean hasMarker(byte[] jpeg, int marker) {
    for (int i = 0; i + 1 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
        return true;
      }
    }
    return false;
  }
}
