package org.recourse.evidence.pdq;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Objects;

/**
 * The Exif Orientation tag (0x0112) of a JPEG, and the transform that turns the stored pixels into
 * the picture a viewer displays.
 *
 * <p>Cameras and phones commonly store pixels in sensor order and record the way the device was
 * held in this tag; browsers and image viewers honour it. A victim describing an image, and anyone
 * re-uploading it, sees the displayed picture, so that is what must be hashed: PDQ deliberately
 * gives each rotation and mirror image a different hash. The tag values and their meaning are those
 * of the Exif 2.3 specification (CIPA DC-008), section 4.6.4 A: value {@code n} says which visual
 * side the stored 0th row and 0th column are on.
 *
 * <p>Parsing is defensive because the bytes come from untrusted uploads: any malformed, truncated
 * or out-of-range structure yields {@link #NORMAL} rather than an exception.
 */
public enum ExifOrientation {
  /** 1: stored as displayed. */
  NORMAL(1),
  /** 2: stored mirrored left to right. */
  MIRROR_HORIZONTAL(2),
  /** 3: stored upside down. */
  ROTATE_180(3),
  /** 4: stored mirrored top to bottom. */
  MIRROR_VERTICAL(4),
  /** 5: stored mirrored about the top-left to bottom-right diagonal. */
  TRANSPOSE(5),
  /** 6: display by rotating the stored pixels 90 degrees clockwise. */
  ROTATE_90_CLOCKWISE(6),
  /** 7: stored mirrored about the top-right to bottom-left diagonal. */
  TRANSVERSE(7),
  /** 8: display by rotating the stored pixels 90 degrees anticlockwise. */
  ROTATE_90_ANTICLOCKWISE(8);

  private static final int ORIENTATION_TAG = 0x0112;
  private static final int TYPE_SHORT = 3;
  private static final int TYPE_LONG = 4;
  private static final int IFD_ENTRY_SIZE = 12;
  private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};

  private final int tagValue;

  ExifOrientation(int tagValue) {
    this.tagValue = tagValue;
  }

  /** Returns the Exif tag value, 1 to 8. */
  public int tagValue() {
    return tagValue;
  }

  /** Returns whether displaying the image exchanges its width and height. */
  public boolean swapsDimensions() {
    return tagValue >= 5;
  }

  /** Returns the orientation for an Exif tag value; values outside 1..8 give {@link #NORMAL}. */
  public static ExifOrientation fromTagValue(long value) {
    for (ExifOrientation orientation : values()) {
      if (orientation.tagValue == value) {
        return orientation;
      }
    }
    return NORMAL;
  }

  /**
   * Reads the orientation from the first Exif APP1 segment of a JPEG file. Anything that is not a
   * JPEG, has no Exif segment, has no orientation tag or is malformed gives {@link #NORMAL}.
   */
  public static ExifOrientation fromJpeg(byte[] file) {
    if (file == null || file.length < 4 || u8(file, 0) != 0xFF || u8(file, 1) != 0xD8) {
      return NORMAL;
    }
    int pos = 2;
    while (pos + 4 <= file.length) {
      if (u8(file, pos) != 0xFF) {
        return NORMAL;
      }
      int marker = u8(file, pos + 1);
      if (marker == 0xFF) {
        pos++;
        continue;
      }
      pos += 2;
      if (marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
        continue;
      }
      if (marker == 0xD9 || marker == 0xDA) {
        return NORMAL;
      }
      int segmentLength = readUnsigned(file, pos, 2, false);
      if (segmentLength < 2 || pos + segmentLength > file.length) {
        return NORMAL;
      }
      if (marker == 0xE1 && startsWith(file, pos + 2, segmentLength - 2, EXIF_HEADER)) {
        int tiffStart = pos + 2 + EXIF_HEADER.length;
        return fromTiff(file, tiffStart, segmentLength - 2 - EXIF_HEADER.length);
      }
      pos += segmentLength;
    }
    return NORMAL;
  }

  /** Reads the orientation from IFD0 of the TIFF structure at {@code data[start, start + len)}. */
  private static ExifOrientation fromTiff(byte[] data, int start, int len) {
    if (len < 8) {
      return NORMAL;
    }
    boolean littleEndian;
    if (u8(data, start) == 'I' && u8(data, start + 1) == 'I') {
      littleEndian = true;
    } else if (u8(data, start) == 'M' && u8(data, start + 1) == 'M') {
      littleEndian = false;
    } else {
      return NORMAL;
    }
    if (readUnsigned(data, start + 2, 2, littleEndian) != 42) {
      return NORMAL;
    }
    long ifd = readUnsignedLong(data, start + 4, 4, littleEndian);
    if (ifd < 8 || ifd + 2 > len) {
      return NORMAL;
    }
    int entries = readUnsigned(data, start + (int) ifd, 2, littleEndian);
    for (int i = 0; i < entries; i++) {
      long entry = ifd + 2 + (long) i * IFD_ENTRY_SIZE;
      if (entry + IFD_ENTRY_SIZE > len) {
        return NORMAL;
      }
      int at = start + (int) entry;
      if (readUnsigned(data, at, 2, littleEndian) != ORIENTATION_TAG) {
        continue;
      }
      int type = readUnsigned(data, at + 2, 2, littleEndian);
      if (type == TYPE_SHORT) {
        return fromTagValue(readUnsigned(data, at + 8, 2, littleEndian));
      }
      if (type == TYPE_LONG) {
        return fromTagValue(readUnsignedLong(data, at + 8, 4, littleEndian));
      }
      return NORMAL;
    }
    return NORMAL;
  }

  /**
   * Rearranges a row-major plane of stored pixels into display order.
   *
   * @param stored {@code width * height} values, row by row as stored in the file
   * @return the displayed plane, which is {@code height} wide and {@code width} high when {@link
   *     #swapsDimensions()}
   */
  float[] apply(float[] stored, int width, int height) {
    if (this == NORMAL) {
      return stored;
    }
    // Each stored pixel (x, y) lands at index origin + x * stepX + y * stepY of the output.
    int origin;
    int stepX;
    int stepY;
    switch (this) {
      case MIRROR_HORIZONTAL -> {
        origin = width - 1;
        stepX = -1;
        stepY = width;
      }
      case ROTATE_180 -> {
        origin = height * width - 1;
        stepX = -1;
        stepY = -width;
      }
      case MIRROR_VERTICAL -> {
        origin = (height - 1) * width;
        stepX = 1;
        stepY = -width;
      }
      case TRANSPOSE -> {
        origin = 0;
        stepX = height;
        stepY = 1;
      }
      case ROTATE_90_CLOCKWISE -> {
        origin = height - 1;
        stepX = height;
        stepY = -1;
      }
      case TRANSVERSE -> {
        origin = width * height - 1;
        stepX = -height;
        stepY = -1;
      }
      case ROTATE_90_ANTICLOCKWISE -> {
        origin = (width - 1) * height;
        stepX = -height;
        stepY = 1;
      }
      default -> throw new AssertionError(this);
    }
    float[] displayed = new float[stored.length];
    int from = 0;
    for (int y = 0; y < height; y++) {
      int to = origin + y * stepY;
      for (int x = 0; x < width; x++) {
        displayed[to] = stored[from++];
        to += stepX;
      }
    }
    return displayed;
  }

  /**
   * Returns the picture a viewer displays for an image decoded with this orientation: a new image
   * of the same colour model and sample layout, {@code height} wide and {@code width} high when
   * {@link #swapsDimensions()}, or {@code stored} itself for {@link #NORMAL}.
   */
  public BufferedImage apply(BufferedImage stored) {
    Objects.requireNonNull(stored, "stored");
    if (this == NORMAL) {
      return stored;
    }
    int width = stored.getWidth();
    int height = stored.getHeight();
    Raster from = stored.getRaster();
    WritableRaster to =
        swapsDimensions()
            ? from.createCompatibleWritableRaster(height, width)
            : from.createCompatibleWritableRaster(width, height);
    int bands = from.getNumBands();
    int[] row = new int[width * bands];
    // Stored row y becomes a displayed row (the first four orientations) or a displayed column,
    // read left to right or, where the transform mirrors it, right to left.
    boolean reversed =
        this == MIRROR_HORIZONTAL
            || this == ROTATE_180
            || this == TRANSVERSE
            || this == ROTATE_90_ANTICLOCKWISE;
    for (int y = 0; y < height; y++) {
      from.getPixels(0, y, width, 1, row);
      if (reversed) {
        reversePixels(row, bands);
      }
      switch (this) {
        case MIRROR_HORIZONTAL -> to.setPixels(0, y, width, 1, row);
        case ROTATE_180, MIRROR_VERTICAL -> to.setPixels(0, height - 1 - y, width, 1, row);
        case TRANSPOSE, ROTATE_90_ANTICLOCKWISE -> to.setPixels(y, 0, 1, width, row);
        case ROTATE_90_CLOCKWISE, TRANSVERSE -> to.setPixels(height - 1 - y, 0, 1, width, row);
        default -> throw new AssertionError(this);
      }
    }
    ColorModel colorModel = stored.getColorModel();
    return new BufferedImage(colorModel, to, colorModel.isAlphaPremultiplied(), null);
  }

  private static void reversePixels(int[] row, int bands) {
    for (int left = 0, right = row.length - bands; left < right; left += bands, right -= bands) {
      for (int band = 0; band < bands; band++) {
        int kept = row[left + band];
        row[left + band] = row[right + band];
        row[right + band] = kept;
      }
    }
  }

  private static boolean startsWith(byte[] data, int start, int len, byte[] prefix) {
    if (len < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[start + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int u8(byte[] data, int at) {
    return data[at] & 0xFF;
  }

  private static int readUnsigned(byte[] data, int at, int size, boolean littleEndian) {
    return (int) readUnsignedLong(data, at, size, littleEndian);
  }

  private static long readUnsignedLong(byte[] data, int at, int size, boolean littleEndian) {
    long value = 0;
    for (int i = 0; i < size; i++) {
      int b = u8(data, littleEndian ? at + size - 1 - i : at + i);
      value = (value << 8) | b;
    }
    return value;
  }
}
