package org.recourse.evidence.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.Test;
import org.recourse.testmedia.TestImageFormats;
import org.recourse.testmedia.TestMedia;

/** Which reader decodes which format, independent of what ImageIO's global registry holds. */
class ImageReadersTest {

  private static final java.awt.image.BufferedImage PICTURE = TestMedia.scene(21, 96, 64);

  @Test
  void twelveMonkeysReadsJpegWebpTiffBmpAndPsd() throws IOException {
    assertReader(TestMedia.jpeg(PICTURE, 0.9f), "com.twelvemonkeys.imageio.plugins.jpeg.");
    assertReader(TestImageFormats.webp(PICTURE, true), "com.twelvemonkeys.imageio.plugins.webp.");
    assertReader(TestImageFormats.tiff(PICTURE), "com.twelvemonkeys.imageio.plugins.tiff.");
    assertReader(TestImageFormats.bmp(PICTURE), "com.twelvemonkeys.imageio.plugins.bmp.");
    assertReader(TestImageFormats.psd(PICTURE), "com.twelvemonkeys.imageio.plugins.psd.");
  }

  @Test
  void theRuntimeReadsPngAndGif() throws IOException {
    assertReader(TestMedia.png(PICTURE), "com.sun.imageio.plugins.png.");
    assertReader(
        TestImageFormats.animatedGif(List.of(TestMedia.palette(PICTURE))),
        "com.sun.imageio.plugins.gif.");
  }

  @Test
  void dataOnlyWbmpWouldClaimFindsNoReader() throws IOException {
    // Two zero bytes, then a width and a height: all a WBMP header is, and what much data starts
    // as.
    byte[] wbmpLike = {0, 0, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    assertEquals(Optional.empty(), readerFor(wbmpLike).map(reader -> reader.getClass()));
  }

  @Test
  void theListDoesNotDependOnTheGlobalRegistry() {
    assertTrue(
        ImageReaders.providers().stream()
            .anyMatch(p -> p.getClass().getName().endsWith("webp.WebPImageReaderSpi")));
    assertEquals(7, ImageReaders.providers().size());
  }

  private static void assertReader(byte[] file, String packagePrefix) throws IOException {
    ImageReader reader = readerFor(file).orElseThrow();
    try {
      assertTrue(
          reader.getClass().getName().startsWith(packagePrefix),
          () -> reader.getClass().getName() + " is not from " + packagePrefix);
    } finally {
      reader.dispose();
    }
  }

  private static Optional<ImageReader> readerFor(byte[] file) throws IOException {
    try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
      return ImageReaders.readerFor(input);
    }
  }
}
