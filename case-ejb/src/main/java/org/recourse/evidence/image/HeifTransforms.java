package org.recourse.evidence.image;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.recourse.evidence.pdq.ExifOrientation;

/**
 * The rotation ({@code irot}) and mirroring ({@code imir}) a HEIF file asks for its primary image
 * (ISO/IEC 23008-12, 6.5.10 and 6.5.12), which FFmpeg 7.1 does not apply. Phones store a portrait
 * photo as the sensor saw it and add {@code irot}, so without it the picture, and its hash, would
 * lie on its side. An item has at most one of each (the format says so); only the first {@code
 * irot} and the first {@code imir} associated with the primary item are taken, in the order they
 * are associated, and combined into one orientation, so the picture is turned once however many
 * associations a hostile file lists. A file whose boxes cannot be followed is shown as stored.
 */
final class HeifTransforms {

  private final ExifOrientation orientation;

  private HeifTransforms(ExifOrientation orientation) {
    this.orientation = orientation;
  }

  /** The transforms of the primary item; none if the boxes cannot be read. */
  static HeifTransforms of(byte[] file) {
    try {
      return new HeifTransforms(combined(parse(file)));
    } catch (IndexOutOfBoundsException e) {
      return new HeifTransforms(ExifOrientation.NORMAL);
    }
  }

  /** The one orientation the file's rotation and mirroring come to. */
  ExifOrientation orientation() {
    return orientation;
  }

  /** The image turned and mirrored as the file asks. */
  BufferedImage apply(BufferedImage stored) {
    return orientation.apply(stored);
  }

  /**
   * The single orientation that shows a picture as {@code steps} applied in order do: found by
   * applying them to a small picture whose eight orientations all differ.
   */
  static ExifOrientation combined(List<ExifOrientation> steps) {
    if (steps.isEmpty()) {
      return ExifOrientation.NORMAL;
    }
    if (steps.size() == 1) {
      return steps.get(0);
    }
    BufferedImage probe = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < 6; i++) {
      probe.setRGB(i % 3, i / 3, i + 1);
    }
    BufferedImage expected = probe;
    for (ExifOrientation step : steps) {
      expected = step.apply(expected);
    }
    for (ExifOrientation candidate : ExifOrientation.values()) {
      if (samePixels(candidate.apply(probe), expected)) {
        return candidate;
      }
    }
    throw new AssertionError("Rotations and mirrorings compose to one of the eight orientations");
  }

  private static boolean samePixels(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return false;
    }
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The first {@code irot} and the first {@code imir} of the primary item, in their order. */
  private static List<ExifOrientation> parse(byte[] file) {
    int meta = child(file, 0, file.length, "meta");
    if (meta < 0) {
      return List.of();
    }
    int metaEnd = meta + size(file, meta);
    int start = meta + 12;
    int pitm = child(file, start, metaEnd, "pitm");
    int iprp = child(file, start, metaEnd, "iprp");
    if (pitm < 0 || iprp < 0) {
      return List.of();
    }
    long primary = file[pitm + 8] == 0 ? u16(file, pitm + 12) : u32(file, pitm + 12);
    int iprpEnd = iprp + size(file, iprp);
    int ipco = child(file, iprp + 8, iprpEnd, "ipco");
    int ipma = child(file, iprp + 8, iprpEnd, "ipma");
    if (ipco < 0 || ipma < 0) {
      return List.of();
    }
    List<Integer> properties = new ArrayList<>();
    for (int at = ipco + 8; at + 8 <= ipco + size(file, ipco); at += size(file, at)) {
      properties.add(at);
      if (size(file, at) < 8) {
        return List.of();
      }
    }
    int version = file[ipma + 8];
    boolean wide = (file[ipma + 11] & 1) != 0;
    long entries = u32(file, ipma + 12);
    int at = ipma + 16;
    List<ExifOrientation> steps = new ArrayList<>();
    boolean rotated = false;
    boolean mirrored = false;
    for (long entry = 0; entry < entries; entry++) {
      long item = version < 1 ? u16(file, at) : u32(file, at);
      at += version < 1 ? 2 : 4;
      int count = file[at++] & 0xFF;
      for (int i = 0; i < count; i++) {
        int index = wide ? (int) (u16(file, at) & 0x7FFF) : file[at] & 0x7F;
        at += wide ? 2 : 1;
        if (item == primary && index >= 1 && index <= properties.size()) {
          int property = properties.get(index - 1);
          String type = type(file, property);
          int value = file[property + 8] & 0xFF;
          if ("irot".equals(type) && !rotated) {
            rotated = true;
            steps.add(rotation(value & 3));
          } else if ("imir".equals(type) && !mirrored) {
            mirrored = true;
            steps.add(
                (value & 1) == 0
                    ? ExifOrientation.MIRROR_HORIZONTAL
                    : ExifOrientation.MIRROR_VERTICAL);
          }
        }
      }
    }
    return steps;
  }

  /** {@code irot} counts quarter turns anticlockwise. */
  private static ExifOrientation rotation(int quarters) {
    return switch (quarters) {
      case 1 -> ExifOrientation.ROTATE_90_ANTICLOCKWISE;
      case 2 -> ExifOrientation.ROTATE_180;
      case 3 -> ExifOrientation.ROTATE_90_CLOCKWISE;
      default -> ExifOrientation.NORMAL;
    };
  }

  private static int child(byte[] file, int from, int to, String type) {
    for (int at = from; at + 8 <= to; ) {
      int size = size(file, at);
      if (size < 8) {
        return -1;
      }
      if (type.equals(type(file, at))) {
        return at;
      }
      at += size;
    }
    return -1;
  }

  private static int size(byte[] file, int at) {
    long size = u32(file, at);
    return size > Integer.MAX_VALUE ? -1 : (int) size;
  }

  private static String type(byte[] file, int at) {
    return new String(file, at + 4, 4, StandardCharsets.ISO_8859_1);
  }

  private static long u16(byte[] file, int at) {
    return (file[at] & 0xFF) << 8 | file[at + 1] & 0xFF;
  }

  private static long u32(byte[] file, int at) {
    return (file[at] & 0xFFL) << 24
        | (file[at + 1] & 0xFF) << 16
        | (file[at + 2] & 0xFF) << 8
        | file[at + 3] & 0xFF;
  }
}
