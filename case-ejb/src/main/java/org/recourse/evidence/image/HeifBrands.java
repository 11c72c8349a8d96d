package org.recourse.evidence.image;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises HEIF images (ISO/IEC 23008-12) by the brands of their {@code ftyp} box: HEIC for HEVC
 * coded images (what phones write), AVIF for AV1 coded ones, plain HEIF for the structural brands
 * {@code mif1} and {@code msf1} alone. MP4 and MOV videos use the same box with other brands, which
 * is why the brands, not the box, decide.
 */
public final class HeifBrands {

  private static final Map<String, String> BRANDS =
      Map.ofEntries(
          Map.entry("heic", "image/heic"),
          Map.entry("heix", "image/heic"),
          Map.entry("heim", "image/heic"),
          Map.entry("heis", "image/heic"),
          Map.entry("hevc", "image/heic"),
          Map.entry("hevx", "image/heic"),
          Map.entry("avif", "image/avif"),
          Map.entry("avis", "image/avif"),
          Map.entry("mif1", "image/heif"),
          Map.entry("msf1", "image/heif"));

  private static final int BRAND_START = 8;
  private static final int COMPATIBLE_START = 16;

  private HeifBrands() {}

  /**
   * The media type of a HEIF image from its first {@code length} bytes, or empty if it is not one.
   * The major brand decides; when it is only structural ({@code mif1}, {@code msf1}) a coding brand
   * among the compatible ones makes it HEIC or AVIF. A file whose major brand is a video's is not
   * an image, whatever it lists as compatible.
   */
  public static Optional<String> mediaType(byte[] prefix, int length) {
    if (length < COMPATIBLE_START || !"ftyp".equals(ascii(prefix, 4))) {
      return Optional.empty();
    }
    long boxSize =
        ((prefix[0] & 0xFFL) << 24)
            | ((prefix[1] & 0xFF) << 16)
            | ((prefix[2] & 0xFF) << 8)
            | (prefix[3] & 0xFF);
    int end = (int) Math.min(boxSize, length);
    String major = BRANDS.get(ascii(prefix, BRAND_START));
    if (major == null) {
      // A video ("isom", "qt  ", ...), even one listing an image brand among its compatible ones.
      return Optional.empty();
    }
    String found = major;
    for (int at = COMPATIBLE_START; at + 4 <= end; at += 4) {
      String compatible = BRANDS.get(ascii(prefix, at));
      if (compatible != null && "image/heif".equals(found)) {
        found = compatible;
      }
    }
    return Optional.of(found);
  }

  private static String ascii(byte[] data, int at) {
    return new String(data, at, 4, StandardCharsets.ISO_8859_1);
  }
}
