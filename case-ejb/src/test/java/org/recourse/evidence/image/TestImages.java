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
