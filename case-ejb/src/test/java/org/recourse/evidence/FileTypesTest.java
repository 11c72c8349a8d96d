package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.vault.EvidenceVault;
import org.recourse.testmedia.TestImageFormats;
import org.recourse.testmedia.TestMedia;

/** Every image format evidence arrives in is recognised from its content and accepted. */
class FileTypesTest {

  private static final BufferedImage PICTURE = TestMedia.scene(41, 64, 48);

  private final FileTypes types = new FileTypes();

  static Stream<Arguments> images() {
    return Stream.of(
        Arguments.of("image/jpeg", TestMedia.jpeg(PICTURE, 0.9f)),
        Arguments.of(
            "image/jpeg",
            TestImageFormats.adobeCmykJpeg(TestImageFormats.cmyk(PICTURE), false, 0.9f)),
        Arguments.of("image/png", TestMedia.png(PICTURE)),
        Arguments.of(
            "image/gif", TestImageFormats.animatedGif(List.of(TestMedia.palette(PICTURE)))),
        Arguments.of("image/webp", TestImageFormats.webp(PICTURE, false)),
        Arguments.of("image/webp", TestImageFormats.webp(PICTURE, true)),
        Arguments.of("image/webp", TestImageFormats.animatedWebp(List.of(PICTURE, PICTURE))),
        Arguments.of("image/avif", TestImageFormats.avif(PICTURE)),
        Arguments.of("image/heic", ftyp("heic", "mif1", "heic")),
        Arguments.of("image/heic", ftyp("mif1", "mif1", "heic")),
        Arguments.of("image/heif", ftyp("mif1", "mif1", "miaf")),
        Arguments.of("image/tiff", TestImageFormats.tiff(PICTURE)),
        Arguments.of("image/bmp", TestImageFormats.bmp(PICTURE)),
        Arguments.of("image/vnd.adobe.photoshop", TestImageFormats.psd(PICTURE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("images")
  void imagesAreAcceptedAsTheirType(String expected, byte[] file) {
    assertEquals(Optional.of(expected), types.accepted(file, file.length));
    assertTrue(FileTypes.isImage(expected));
  }

  @Test
  void anMp4ListingAnImageBrandIsStillAVideo() {
    byte[] mp4 = ftyp("isom", "iso2", "mif1");

    assertEquals(Optional.empty(), types.accepted(mp4, mp4.length).filter(FileTypes::isImage));
  }

  @Test
  void theRefusalNamesEveryAcceptedImageFormat(@TempDir Path root) {
    byte[] master = new byte[32];
    new Random(3).nextBytes(master);
    Ingestor ingestor = new Ingestor(new EvidenceVault(root, master), types, 1 << 20);
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    EvidenceRejectedException refused =
        assertThrows(
            EvidenceRejectedException.class,
            () -> ingestor.ingest(new ByteArrayInputStream(zip), new byte[] {1}));

    assertEquals(Reason.UNSUPPORTED_TYPE, refused.reason());
    for (String format :
        List.of("JPEG", "PNG", "GIF", "WebP", "HEIC", "HEIF", "AVIF", "TIFF", "BMP", "PSD")) {
      assertTrue(refused.detail().contains(format), refused::detail);
    }
  }

  /** The start of an ISO base media file: an ftyp box with the brands, then an empty meta box. */
  private static byte[] ftyp(String major, String... compatible) {
    StringBuilder box = new StringBuilder();
    int size = 16 + 4 * compatible.length;
    box.append((char) 0).append((char) 0).append((char) 0).append((char) size);
    box.append("ftyp").append(major).append("\0\0\0\0");
    for (String brand : compatible) {
      box.append(brand);
    }
    box.append("\0\0\0\u0008meta");
    return box.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
