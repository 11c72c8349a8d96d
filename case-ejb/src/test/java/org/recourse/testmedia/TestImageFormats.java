package org.recourse.testmedia;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The image formats beyond JPEG and PNG that evidence arrives in, written from the generator's
 * pictures: WebP (lossy, lossless, with alpha, animated) and AVIF with FFmpeg ({@link
 * StillEncoder}); CMYK and YCCK JPEGs as Photoshop writes them (Adobe APP14 marker, samples stored
 * inverted); TIFF, BMP and GIF with the JDK's writers; PSD byte by byte (no Java writer exists);
 * PNGs in the bit depths and colour types the JDK writes only when asked (1, 2 and 4 bits, grey
 * with alpha, 16 bits with alpha, interlaced). HEIC cannot be made: the bundled FFmpeg has no HEVC
 * encoder.
 *
 * <p>Every method is deterministic: the same picture gives the same bytes.
 */
public final class TestImageFormats {

  private static final int FULL = 255;

  private TestImageFormats() {}

  // ---------------------------------------------------------------- FFmpeg

  /** A WebP of the picture, lossless or lossy at quality 90; alpha is kept if it has any. */
  public static byte[] webp(BufferedImage image, boolean lossless) {
    return StillEncoder.encode(
        List.of(image),
        "libwebp",
        AV_PIX_FMT_BGRA,
        "webp",
        lossless ? Map.of("lossless", "1") : Map.of("quality", "90"),
        ".webp");
  }

  /** An animated lossless WebP showing the frames in turn, ten a second. */
  public static byte[] animatedWebp(List<BufferedImage> frames) {
    return StillEncoder.encode(
        frames, "libwebp_anim", AV_PIX_FMT_BGRA, "webp", Map.of("lossless", "1"), ".webp");
  }

  /** An AVIF (AV1 still picture, 4:2:0) of the picture, at high quality. */
  public static byte[] avif(BufferedImage image) {
    return StillEncoder.encode(
        List.of(image),
        "libaom-av1",
        AV_PIX_FMT_YUV420P,
        "avif",
        Map.of("cpu-used", "8", "crf", "12", "still-picture", "1"),
        ".avif");
  }

  /**
   * An AVIF whose primary image is a grid of {@code columns} by {@code rows} AV1 tiles, as phones
   * store large photos (ISO/IEC 23008-12, 6.6.2.3 "Image grid"): each tile is encoded alone with
   * {@link #avif}, its coded data and configuration taken from that file, and a {@code grid} item
   * referring to them ({@code dimg}) says how they are laid out and how large the picture is. The
   * picture is padded on the right and bottom to whole tiles of even size; the grid declares its
   * own size, so readers cut the padding off.
   */
  public static byte[] gridAvif(BufferedImage image, int columns, int rows) {
    return gridAvif(image, columns, rows, 0);
  }

  /**
   * {@link #gridAvif} whose grid also carries an {@code irot} property: the stored picture is to be
   * shown turned {@code quarterTurns} quarters anticlockwise, as phones mark portrait photos.
   */
  public static byte[] gridAvif(BufferedImage image, int columns, int rows, int quarterTurns) {
    int tileWidth = (image.getWidth() + columns - 1) / columns + 1 & ~1;
    int tileHeight = (image.getHeight() + rows - 1) / rows + 1 & ~1;
    BufferedImage padded =
        new BufferedImage(tileWidth * columns, tileHeight * rows, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = padded.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    int tiles = columns * rows;
    byte[][] coded = new byte[tiles][];
    byte[] first = null;
    for (int i = 0; i < tiles; i++) {
      byte[] tile =
          avif(
              padded.getSubimage(
                  i % columns * tileWidth, i / columns * tileHeight, tileWidth, tileHeight));
      first = first == null ? tile : first;
      coded[i] = Boxes.payload(tile, "mdat");
    }
    ByteArrayOutputStream grid = new ByteArrayOutputStream();
    grid.writeBytes(new byte[] {0, 0, (byte) (rows - 1), (byte) (columns - 1)});
    bigEndian(grid, image.getWidth(), 2);
    bigEndian(grid, image.getHeight(), 2);
    int gridId = tiles + 1;

    ByteArrayOutputStream infos = new ByteArrayOutputStream();
    bigEndian(infos, tiles + 1, 2);
    for (int id = 1; id <= gridId; id++) {
      ByteArrayOutputStream infe = new ByteArrayOutputStream();
      bigEndian(infe, id, 2);
      bigEndian(infe, 0, 2);
      infe.writeBytes((id == gridId ? "grid" : "av01").getBytes(StandardCharsets.US_ASCII));
      infe.write(0);
      infos.writeBytes(Boxes.full("infe", 2, id == gridId ? 0 : 1, infe.toByteArray()));
    }
    ByteArrayOutputStream dimg = new ByteArrayOutputStream();
    bigEndian(dimg, gridId, 2);
    bigEndian(dimg, tiles, 2);
    for (int id = 1; id <= tiles; id++) {
      bigEndian(dimg, id, 2);
    }
    ByteArrayOutputStream gridSize = new ByteArrayOutputStream();
    bigEndian(gridSize, image.getWidth(), 4);
    bigEndian(gridSize, image.getHeight(), 4);
    ByteArrayOutputStream properties = new ByteArrayOutputStream();
    properties.writeBytes(Boxes.box(first, "ispe"));
    properties.writeBytes(Boxes.box(first, "av1C"));
    properties.writeBytes(Boxes.box(first, "pixi"));
    properties.writeBytes(Boxes.full("ispe", 0, 0, gridSize.toByteArray()));
    properties.writeBytes(Boxes.plain("irot", new byte[] {(byte) (quarterTurns & 3)}));
    ByteArrayOutputStream associations = new ByteArrayOutputStream();
    bigEndian(associations, gridId, 4);
    for (int id = 1; id <= tiles; id++) {
      bigEndian(associations, id, 2);
      associations.writeBytes(new byte[] {3, 1, (byte) 0x82, 3});
    }
    bigEndian(associations, gridId, 2);
    associations.writeBytes(quarterTurns == 0 ? new byte[] {1, 4} : new byte[] {2, 4, (byte) 0x85});
    byte[] iprp =
        Boxes.plain(
            "iprp",
            concat(
                Boxes.plain("ipco", properties.toByteArray()),
                Boxes.full("ipma", 0, 0, associations.toByteArray())));

    byte[] ftyp = Boxes.box(first, "ftyp");
    byte[] hdlr = Boxes.box(first, "hdlr");
    byte[] pitm = Boxes.full("pitm", 0, 0, new byte[] {0, (byte) gridId});
    byte[] iinf = Boxes.full("iinf", 0, 0, infos.toByteArray());
    byte[] iref = Boxes.full("iref", 0, 0, Boxes.plain("dimg", dimg.toByteArray()));
    int ilocLength = 12 + 4 + 14 * gridId;
    int metaLength =
        12 + hdlr.length + pitm.length + ilocLength + iinf.length + iref.length + iprp.length;
    long offset = ftyp.length + metaLength + 8;
    ByteArrayOutputStream locations = new ByteArrayOutputStream();
    locations.writeBytes(new byte[] {0x44, 0});
    bigEndian(locations, gridId, 2);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (int id = 1; id <= gridId; id++) {
      byte[] item = id == gridId ? grid.toByteArray() : coded[id - 1];
      bigEndian(locations, id, 2);
      bigEndian(locations, 0, 2);
      bigEndian(locations, 1, 2);
      bigEndian(locations, offset + data.size(), 4);
      bigEndian(locations, item.length, 4);
      data.writeBytes(item);
    }
    byte[] iloc = Boxes.full("iloc", 0, 0, locations.toByteArray());
    byte[] meta = Boxes.full("meta", 0, 0, concat(hdlr, pitm, iloc, iinf, iref, iprp));
    if (meta.length != metaLength || iloc.length != ilocLength) {
      throw new IllegalStateException("Box sizes miscounted");
    }
    return concat(ftyp, meta, Boxes.plain("mdat", data.toByteArray()));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Reading and writing ISO base media boxes, as much as {@link #gridAvif} needs. */
  private static final class Boxes {

    /** The whole first box of the type at any depth of meta/iprp/ipco, header included. */
    static byte[] box(byte[] file, String type) {
      int at = find(file, 0, file.length, type);
      int size = (int) readBig(file, at, 4);
      return java.util.Arrays.copyOfRange(file, at, at + size);
    }

    static byte[] payload(byte[] file, String type) {
      byte[] box = box(file, type);
      return java.util.Arrays.copyOfRange(box, 8, box.length);
    }

    private static int find(byte[] file, int from, int to, String type) {
      for (int at = from; at + 8 <= to; ) {
        int size = (int) readBig(file, at, 4);
        String name = new String(file, at + 4, 4, StandardCharsets.US_ASCII);
        if (name.equals(type)) {
          return at;
        }
        int inside =
            switch (name) {
              case "meta" -> 12;
              case "iprp", "ipco" -> 8;
              default -> -1;
            };
        if (inside > 0) {
          int found = find(file, at + inside, at + size, type);
          if (found >= 0) {
            return found;
          }
        }
        at += size;
      }
      if (from == 0) {
        throw new IllegalArgumentException("No " + type + " box");
      }
      return -1;
    }

    static byte[] plain(String type, byte[] content) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      bigEndian(out, 8 + content.length, 4);
      out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(content);
      return out.toByteArray();
    }

    static byte[] full(String type, int version, int flags, byte[] content) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(version);
      out.write(flags >> 16);
      out.write(flags >> 8);
      out.write(flags);
      out.writeBytes(content);
      return plain(type, out.toByteArray());
    }

    private static long readBig(byte[] data, int at, int bytes) {
      long value = 0;
      for (int i = 0; i < bytes; i++) {
        value = value << 8 | (data[at + i] & 0xFF);
      }
      return value;
    }
  }

  // ---------------------------------------------------------------- CMYK JPEG

  /**
   * The CMYK samples of an RGB picture by the plain formula's inverse: {@code K = 255 - max(R, G,
   * B)}, {@code C = 255 (255 - R - K) / (255 - K)} and likewise M and Y. Four bands of bytes.
   */
  public static Raster cmyk(BufferedImage rgb) {
    int width = rgb.getWidth();
    int height = rgb.getHeight();
    WritableRaster cmyk =
        Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int pixel = rgb.getRGB(x, y);
        int r = (pixel >> 16) & 0xFF;
        int g = (pixel >> 8) & 0xFF;
        int b = pixel & 0xFF;
        int k = FULL - Math.max(r, Math.max(g, b));
        int white = FULL - k;
        int c = white == 0 ? 0 : Math.round(FULL * (white - r) / (float) white);
        int m = white == 0 ? 0 : Math.round(FULL * (white - g) / (float) white);
        int yellow = white == 0 ? 0 : Math.round(FULL * (white - b) / (float) white);
        cmyk.setPixel(x, y, new int[] {c, m, yellow, k});
      }
    }
    return cmyk;
  }

  /**
   * What a reader following ImageMagick shows for CMYK samples: {@code R = (255 - C)(255 - K) /
   * 255}, likewise G from M and B from Y.
   */
  public static BufferedImage plainRgb(Raster cmyk) {
    BufferedImage rgb =
        new BufferedImage(cmyk.getWidth(), cmyk.getHeight(), BufferedImage.TYPE_INT_RGB);
    int[] sample = new int[4];
    for (int y = 0; y < cmyk.getHeight(); y++) {
      for (int x = 0; x < cmyk.getWidth(); x++) {
        cmyk.getPixel(x, y, sample);
        int k = FULL - sample[3];
        int r = Math.round((FULL - sample[0]) * k / (float) FULL);
        int g = Math.round((FULL - sample[1]) * k / (float) FULL);
        int b = Math.round((FULL - sample[2]) * k / (float) FULL);
        rgb.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return rgb;
  }

  /**
   * A JPEG of CMYK samples as Photoshop writes one: an Adobe APP14 marker and every sample stored
   * inverted. With {@code ycck} the marker says transform 2 and the inverted cyan, magenta and
   * yellow are stored as JFIF YCbCr (the complement of what is stored undoes the inversion, so the
   * YCbCr is that of C, M and Y themselves); black is stored inverted either way.
   */
  public static byte[] adobeCmykJpeg(Raster cmyk, boolean ycck, float quality) {
    int width = cmyk.getWidth();
    int height = cmyk.getHeight();
    WritableRaster stored =
        Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
    int[] sample = new int[4];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        cmyk.getPixel(x, y, sample);
        if (ycck) {
          double c = sample[0];
          double m = sample[1];
          double yellow = sample[2];
          double luma = 0.299 * c + 0.587 * m + 0.114 * yellow;
          stored.setPixel(
              x,
              y,
              new int[] {
                clamp(luma),
                clamp(128 + (yellow - luma) / 1.772),
                clamp(128 + (c - luma) / 1.402),
                FULL - sample[3]
              });
        } else {
          stored.setPixel(
              x,
              y,
              new int[] {FULL - sample[0], FULL - sample[1], FULL - sample[2], FULL - sample[3]});
        }
      }
    }
    byte[] raw = rasterJpeg(stored, quality);
    byte[] adobe = {
      (byte) 0xFF,
      (byte) 0xEE,
      0,
      14,
      'A',
      'd',
      'o',
      'b',
      'e',
      0,
      100,
      0,
      0,
      0,
      0,
      (byte) (ycck ? 2 : 0)
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(raw, 0, 2);
    out.writeBytes(adobe);
    out.write(raw, 2, raw.length - 2);
    return out.toByteArray();
  }

  private static int clamp(double value) {
    return (int) Math.max(0, Math.min(FULL, Math.round(value)));
  }

  /** The JDK's JPEG writer stores a four-band raster's samples as they are, with no marker. */
  private static byte[] rasterJpeg(Raster raster, float quality) {
    ImageWriter writer = runtimeWriter("jpeg", "com.sun.imageio.plugins.jpeg");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(raster, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  // ---------------------------------------------------------------- JDK writers

  /** A TIFF (LZW) of the picture, with the JDK's writer. */
  public static byte[] tiff(BufferedImage image) {
    ImageWriter writer = runtimeWriter("tiff", "com.sun.imageio.plugins.tiff");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("LZW");
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** A 24-bit BMP of the picture. */
  public static byte[] bmp(BufferedImage image) {
    BufferedImage bgr = copyAs(image, BufferedImage.TYPE_3BYTE_BGR);
    ImageWriter writer = runtimeWriter("bmp", "com.sun.imageio.plugins.bmp");
    return write(writer, new IIOImage(bgr, null, null), null);
  }

  /**
   * An animated GIF showing the frames in turn; each frame should already use at most 256 colours
   * (e.g. {@link TestMedia#palette}), which the writer then keeps exactly.
   */
  public static byte[] animatedGif(List<BufferedImage> frames) {
    ImageWriter writer = runtimeWriter("gif", "com.sun.imageio.plugins.gif");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage frame : frames) {
        ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(frame);
        IIOMetadata metadata = writer.getDefaultImageMetadata(type, null);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", "10");
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        metadata.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(frame, null, metadata), null);
      }
      writer.endWriteSequence();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** A PNG of the picture written interlaced (Adam7). */
  public static byte[] interlacedPng(BufferedImage image) {
    ImageWriter writer = runtimeWriter("png", "com.sun.imageio.plugins.png");
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    return write(writer, new IIOImage(image, null, null), param);
  }

  /**
   * The picture's luma in {@code bits} (1, 2 or 4) bits of grey, packed; the JDK writes it as a
   * grey PNG of that bit depth.
   */
  public static BufferedImage lowBitGrey(BufferedImage image, int bits) {
    int levels = 1 << bits;
    byte[] ramp = new byte[levels];
    for (int i = 0; i < levels; i++) {
      ramp[i] = (byte) (i * FULL / (levels - 1));
    }
    IndexColorModel model = new IndexColorModel(bits, levels, ramp, ramp, ramp);
    BufferedImage packed =
        new BufferedImage(
            image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_BINARY, model);
    WritableRaster raster = packed.getRaster();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        double luma =
            0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
        raster.setSample(x, y, 0, (int) Math.round(luma * (levels - 1) / FULL));
      }
    }
    return packed;
  }

  /** The picture in 8-bit grey with an alpha channel that fades in from the left edge. */
  public static BufferedImage greyWithAlpha(BufferedImage image) {
    ComponentColorModel model =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_GRAY),
            new int[] {8, 8},
            true,
            false,
            Transparency.TRANSLUCENT,
            DataBuffer.TYPE_BYTE);
    return withSamples(image, model, 8);
  }

  /** The picture with 16 bits per channel and a 16-bit alpha channel fading in from the left. */
  public static BufferedImage sixteenBitWithAlpha(BufferedImage image) {
    ComponentColorModel model =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_sRGB),
            new int[] {16, 16, 16, 16},
            true,
            false,
            Transparency.TRANSLUCENT,
            DataBuffer.TYPE_USHORT);
    return withSamples(image, model, 16);
  }

  private static BufferedImage withSamples(
      BufferedImage image, ComponentColorModel model, int bits) {
    WritableRaster raster =
        model.createCompatibleWritableRaster(image.getWidth(), image.getHeight());
    int scale = bits == 16 ? 257 : 1;
    int opaqueFrom = Math.max(1, image.getWidth() / 4);
    boolean grey = model.getNumColorComponents() == 1;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int alpha = Math.min(FULL, x * FULL / opaqueFrom);
        if (grey) {
          int luma = (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
          raster.setPixel(x, y, new int[] {luma * scale, alpha * scale});
        } else {
          raster.setPixel(x, y, new int[] {r * scale, g * scale, b * scale, alpha * scale});
        }
      }
    }
    return new BufferedImage(model, raster, false, null);
  }

  // ---------------------------------------------------------------- PSD

  /**
   * A Photoshop file of the picture: version 1, three 8-bit RGB channels, no colour mode data, no
   * resources, no layers, and the merged image stored raw, channel after channel (Adobe Photoshop
   * File Formats Specification, "File Header Section" to "Image Data Section").
   */
  public static byte[] psd(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {'8', 'B', 'P', 'S'});
    bigEndian(out, 1, 2);
    out.writeBytes(new byte[6]);
    bigEndian(out, 3, 2);
    bigEndian(out, height, 4);
    bigEndian(out, width, 4);
    bigEndian(out, 8, 2);
    bigEndian(out, 3, 2);
    bigEndian(out, 0, 4);
    bigEndian(out, 0, 4);
    bigEndian(out, 0, 4);
    bigEndian(out, 0, 2);
    for (int shift = 16; shift >= 0; shift -= 8) {
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          out.write((image.getRGB(x, y) >> shift) & 0xFF);
        }
      }
    }
    return out.toByteArray();
  }

  private static void bigEndian(ByteArrayOutputStream out, long value, int bytes) {
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift) & 0xFF);
    }
  }

  // ---------------------------------------------------------------- helpers

  private static ImageWriter runtimeWriter(String format, String packageName) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
    while (writers.hasNext()) {
      ImageWriter writer = writers.next();
      if (writer.getClass().getName().startsWith(packageName)) {
        return writer;
      }
    }
    throw new IllegalStateException("This Java runtime has no " + format + " writer");
  }

  private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, image, param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static BufferedImage copyAs(BufferedImage image, int type) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
    java.awt.Graphics2D g = copy.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return copy;
  }
}
