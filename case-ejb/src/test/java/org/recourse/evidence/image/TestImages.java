package org.recourse.evidence.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Files crafted byte by byte for the image tests: headers that lie about their size, Exif tags
 * added to a JPEG. Pictures come from {@link org.recourse.testmedia.TestMedia}.
 */
final class TestImages {

  private TestImages() {}

  /**
   * Returns a PNG whose header declares {@code width} by {@code height} 8-bit greyscale pixels but
   * whose image data is a single compressed row: a file of about a hundred bytes that a decoder
   * trusting the header would try to allocate the whole declared image for.
   */
  static byte[] pngDeclaring(int width, int height) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    writeBigEndian(header, width, 4);
    writeBigEndian(header, height, 4);
    header.writeBytes(new byte[] {8, 0, 0, 0, 0}); // bit depth, grey, deflate, filter, no interlace
    writeChunk(png, "IHDR", header.toByteArray());
    writeChunk(png, "IDAT", deflate(new byte[1 + Math.min(width, 64)]));
    writeChunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /**
   * Returns {@code jpeg} with the width and height in its first start-of-frame segment replaced,
   * leaving the compressed data for the original size.
   */
  static byte[] jpegDeclaring(byte[] jpeg, int width, int height) {
    byte[] patched = jpeg.clone();
    int at = 2;
    while (at + 9 < patched.length) {
      int marker = patched[at + 1] & 0xFF;
      int length = ((patched[at + 2] & 0xFF) << 8) | (patched[at + 3] & 0xFF);
      if (marker >= 0xC0 && marker <= 0xC3) {
        // FF Cn, length, precision, then height and width, two bytes each.
        patched[at + 5] = (byte) (height >> 8);
        patched[at + 6] = (byte) height;
        patched[at + 7] = (byte) (width >> 8);
        patched[at + 8] = (byte) width;
        return patched;
      }
      at += 2 + length;
    }
    throw new IllegalArgumentException("No start-of-frame segment before the image data");
  }

  /**
   * Returns {@code jpeg} with an Exif segment whose only entry is the Orientation tag set to {@code
   * orientation}, inserted straight after the start-of-image marker (before any JFIF segment, which
   * decoders accept; Exif readers look for the first APP1 segment wherever it is).
   */
  static byte[] withOrientation(byte[] jpeg, int orientation) {
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    tiff.writeBytes("Exif\0\0MM".getBytes(StandardCharsets.US_ASCII));
    writeBigEndian(tiff, 42, 2);
    writeBigEndian(tiff, 8, 4); // IFD0 straight after the 8-byte TIFF header
    writeBigEndian(tiff, 1, 2); // one entry:
    writeBigEndian(tiff, 0x0112, 2); // Orientation,
    writeBigEndian(tiff, 3, 2); // SHORT,
    writeBigEndian(tiff, 1, 4); // one value,
    writeBigEndian(tiff, orientation, 2);
    writeBigEndian(tiff, 0, 2); // padding of the 4-byte value field
    writeBigEndian(tiff, 0, 4); // no next IFD
    byte[] segment = tiff.toByteArray();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    writeBigEndian(out, segment.length + 2, 2);
    out.writeBytes(segment);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** Returns a WebP (simple lossy, lossless or extended) whose headers declare the given size. */
  static byte[] webpDeclaring(byte[] webp, int width, int height) {
    byte[] patched = webp.clone();
    for (int at = 12; at + 8 <= patched.length; ) {
      String chunk = new String(patched, at, 4, StandardCharsets.US_ASCII);
      int size =
          (patched[at + 4] & 0xFF)
              | (patched[at + 5] & 0xFF) << 8
              | (patched[at + 6] & 0xFF) << 16
              | (patched[at + 7] & 0xFF) << 24;
      int data = at + 8;
      switch (chunk) {
        case "VP8X" -> {
          writeLittleEndian(patched, data + 4, width - 1, 3);
          writeLittleEndian(patched, data + 7, height - 1, 3);
        }
        case "VP8L" -> {
          // After the signature byte: width - 1 and height - 1 in 14 bits each, then 4 more bits.
          long bits = readLittleEndian(patched, data + 1, 4);
          bits = (bits & ~0x0FFF_FFFFL) | (width - 1) | (long) (height - 1) << 14;
          writeLittleEndian(patched, data + 1, bits, 4);
        }
        case "VP8 " -> {
          // After the 3-byte frame tag and the start code 9D 01 2A: 14-bit width and height.
          writeLittleEndian(patched, data + 6, width, 2);
          writeLittleEndian(patched, data + 8, height, 2);
        }
        default -> {}
      }
      at = data + size + (size & 1);
    }
    return patched;
  }

  /** Returns a TIFF whose first directory declares the given size (SHORT or LONG values). */
  static byte[] tiffDeclaring(byte[] tiff, int width, int height) {
    byte[] patched = tiff.clone();
    boolean little = patched[0] == 'I';
    int ifd = (int) read(patched, 4, 4, little);
    int entries = (int) read(patched, ifd, 2, little);
    for (int i = 0; i < entries; i++) {
      int entry = ifd + 2 + 12 * i;
      int tag = (int) read(patched, entry, 2, little);
      int type = (int) read(patched, entry + 2, 2, little);
      if (tag == 256 || tag == 257) {
        long value = Math.min(tag == 256 ? width : height, type == 3 ? 0xFFFF : Integer.MAX_VALUE);
        write(patched, entry + 8, value, type == 3 ? 2 : 4, little);
      }
    }
    return patched;
  }

  /** Returns a BMP whose header declares the given size. */
  static byte[] bmpDeclaring(byte[] bmp, int width, int height) {
    byte[] patched = bmp.clone();
    writeLittleEndian(patched, 18, width, 4);
    writeLittleEndian(patched, 22, height, 4);
    return patched;
  }

  /** Returns a PSD whose header declares the given size. */
  static byte[] psdDeclaring(byte[] psd, int width, int height) {
    byte[] patched = psd.clone();
    write(patched, 14, height, 4, false);
    write(patched, 18, width, 4, false);
    return patched;
  }

  /** Returns a GIF whose logical screen and first image descriptor declare the given size. */
  static byte[] gifDeclaring(byte[] gif, int width, int height) {
    byte[] patched = gif.clone();
    writeLittleEndian(patched, 6, width, 2);
    writeLittleEndian(patched, 8, height, 2);
    int flags = patched[10] & 0xFF;
    int at = 13 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 7) + 1)) : 0);
    while (at < patched.length && (patched[at] & 0xFF) == 0x21) {
      at += 2;
      while ((patched[at] & 0xFF) != 0) {
        at += (patched[at] & 0xFF) + 1;
      }
      at++;
    }
    if ((patched[at] & 0xFF) != 0x2C) {
      throw new IllegalArgumentException("No image descriptor where expected");
    }
    writeLittleEndian(patched, at + 5, width, 2);
    writeLittleEndian(patched, at + 7, height, 2);
    return patched;
  }

  /** Returns a HEIF file whose image spatial extents ({@code ispe}) declare the given size. */
  static byte[] heifDeclaring(byte[] heif, int width, int height) {
    byte[] patched = heif.clone();
    boolean found = false;
    for (int at = 0; at + 16 <= patched.length; at++) {
      if (patched[at] == 'i'
          && patched[at + 1] == 's'
          && patched[at + 2] == 'p'
          && patched[at + 3] == 'e') {
        write(patched, at + 8, width, 4, false);
        write(patched, at + 12, height, 4, false);
        found = true;
      }
    }
    if (!found) {
      throw new IllegalArgumentException("No ispe box");
    }
    return patched;
  }

  /**
   * Returns a PNG of {@code width} by {@code height} 8-bit grey pixels, all black, whose image data
   * really is there, compressed a thousandfold: a decompression bomb that stays under a pixel
   * limit. The rows are compressed one at a time, never held together.
   */
  static byte[] pngBomb(int width, int height) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    writeBigEndian(header, width, 4);
    writeBigEndian(header, height, 4);
    header.writeBytes(new byte[] {8, 0, 0, 0, 0});
    writeChunk(png, "IHDR", header.toByteArray());
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    byte[] row = new byte[1 + width];
    byte[] buffer = new byte[64 * 1024];
    for (int y = 0; y < height; y++) {
      deflater.setInput(row);
      while (!deflater.needsInput()) {
        compressed.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      compressed.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    writeChunk(png, "IDAT", compressed.toByteArray());
    writeChunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static long read(byte[] data, int at, int bytes, boolean little) {
    return little ? readLittleEndian(data, at, bytes) : readBigEndian(data, at, bytes);
  }

  private static void write(byte[] data, int at, long value, int bytes, boolean little) {
    if (little) {
      writeLittleEndian(data, at, value, bytes);
    } else {
      for (int i = 0; i < bytes; i++) {
        data[at + i] = (byte) (value >>> (8 * (bytes - 1 - i)));
      }
    }
  }

  private static long readBigEndian(byte[] data, int at, int bytes) {
    long value = 0;
    for (int i = 0; i < bytes; i++) {
      value = value << 8 | (data[at + i] & 0xFF);
    }
    return value;
  }

  private static long readLittleEndian(byte[] data, int at, int bytes) {
    long value = 0;
    for (int i = bytes - 1; i >= 0; i--) {
      value = value << 8 | (data[at + i] & 0xFF);
    }
    return value;
  }

  private static void writeLittleEndian(byte[] data, int at, long value, int bytes) {
    for (int i = 0; i < bytes; i++) {
      data[at + i] = (byte) (value >>> (8 * i));
    }
  }

  private static void writeChunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    writeBigEndian(png, data.length, 4);
    png.writeBytes(typeBytes);
    png.writeBytes(data);
    writeBigEndian(png, crc.getValue(), 4);
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater();
    deflater.setInput(data);
    deflater.finish();
    byte[] buffer = new byte[data.length + 64];
    int length = deflater.deflate(buffer);
    deflater.end();
    return Arrays.copyOf(buffer, length);
  }

  private static void writeBigEndian(ByteArrayOutputStream out, long value, int bytes) {
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift) & 0xFF);
    }
  }
}
