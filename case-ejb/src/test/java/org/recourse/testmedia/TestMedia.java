package org.recourse.testmedia;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The project's own test media: synthetic pictures drawn with Java2D from a fixed seed (a gradient
 * sky, overlapping shapes in solid and graded colours, lines, captions in {@link BitmapFont}, and
 * sensor-like noise), written in the formats evidence arrives in, turned the ways a camera tags
 * them and modified the ways a re-shared copy is (resized, cropped, blurred, captioned,
 * re-compressed). Every test that needs an image or a file takes it from here; the shared reference
 * vectors serve the conformance tests only ({@link ReferenceVectors}).
 *
 * <p>The same seed gives the same pixels and the same bytes on every run; {@link #file} writes a
 * fixture once into {@code target/test-media} of the module that asks for it, for tests that must
 * hand a browser a path.
 */
public final class TestMedia {

  /** The fixtures by name; each is made the first time it is asked for. */
  public enum Fixture {
    /** A 1600 by 1004 picture (1.6 MP, the size of the reference's bridge photo), baseline JPEG. */
    PHOTO_JPEG("photo.jpg"),
    /** The same pixels as a progressive JPEG. */
    PHOTO_PROGRESSIVE_JPEG("photo-progressive.jpg"),
    /** The same pixels as an 8-bit RGB PNG. */
    PHOTO_PNG("photo.png"),
    /** The same pixels as a 16-bit-per-channel RGB PNG. */
    PHOTO_PNG_16("photo-16bit.png"),
    /** The picture in 8-bit grey. */
    PHOTO_GREY_PNG("photo-grey.png"),
    /** The picture in 16-bit grey. */
    PHOTO_GREY_16_PNG("photo-grey-16bit.png"),
    /** The picture in a 216-colour palette. */
    PHOTO_PALETTE_PNG("photo-palette.png"),
    /** The picture with an alpha channel fading out towards the left edge. */
    PHOTO_ALPHA_PNG("photo-alpha.png"),
    /** The picture turned a quarter clockwise, stored that way (no Exif tag). */
    PHOTO_ROTATED_90_JPEG("photo-rotated-90.jpg"),
    /** The picture turned half round. */
    PHOTO_ROTATED_180_JPEG("photo-rotated-180.jpg"),
    /** The picture mirrored left to right. */
    PHOTO_FLIPPED_JPEG("photo-flipped.jpg"),
    /** A copy scaled to 800 by 502. */
    PHOTO_RESIZED_JPEG("photo-resized.jpg"),
    /**
     * A copy with 1% cut from every edge (PDQ, like any hash of the whole frame, is not made for
     * crops).
     */
    PHOTO_CROPPED_JPEG("photo-cropped.jpg"),
    /** A copy blurred a little (a 5-pixel box, twice). */
    PHOTO_BLURRED_JPEG("photo-blurred.jpg"),
    /** A copy with a caption band across the bottom. */
    PHOTO_CAPTIONED_JPEG("photo-captioned.jpg"),
    /** The baseline JPEG decoded and saved again at quality 0.4. */
    PHOTO_RECOMPRESSED_JPEG("photo-recompressed.jpg"),
    /** An unrelated 1432 by 812 picture with transparency, as a PNG (a screenshot's shape). */
    SCREENSHOT_PNG("screenshot.png"),
    /** An unrelated 512 by 512 picture. */
    SQUARE_JPEG("square.jpg"),
    /** An unrelated 640 by 480 picture. */
    STREET_JPEG("street.jpg"),
    /** An unrelated 480 by 640 picture (portrait). */
    PORTRAIT_JPEG("portrait.jpg"),
    /** A 34 by 42 picture, smaller than any thumbnail. */
    TINY_JPEG("tiny.jpg");

    private final String fileName;

    Fixture(String fileName) {
      this.fileName = fileName;
    }

    /** The name of the fixture's file in {@code target/test-media}. */
    public String fileName() {
      return fileName;
    }
  }

  /** The seed and size of the main picture every {@code PHOTO_*} fixture derives from. */
  public static final long PHOTO_SEED = 1;

  public static final int PHOTO_WIDTH = 1600;
  public static final int PHOTO_HEIGHT = 1004;

  private static final Map<Fixture, byte[]> BYTES = new ConcurrentHashMap<>();
  private static final Map<Long, BufferedImage> SCENES = new ConcurrentHashMap<>();

  private TestMedia() {}

  /** The bytes of a fixture (a copy; callers may change it). */
  public static byte[] bytes(Fixture fixture) {
    return BYTES.computeIfAbsent(fixture, TestMedia::make).clone();
  }

  /**
   * The fixture as a file under {@code target/test-media} of the working directory, written the
   * first time (and again if its content differs from what the generator makes now).
   */
  public static Path file(Fixture fixture) {
    return file(fixture.fileName(), bytes(fixture));
  }

  /** Writes {@code content} as {@code target/test-media/name} unless that file holds it already. */
  public static synchronized Path file(String name, byte[] content) {
    Path path = Paths.get("target", "test-media", name).toAbsolutePath();
    try {
      if (!Files.isRegularFile(path) || !Arrays.equals(Files.readAllBytes(path), content)) {
        Files.createDirectories(path.getParent());
        Files.write(path, content);
      }
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes every fixture into {@code args[0]} (default {@code target/test-media}). */
  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args.length > 0 ? args[0] : "target/test-media");
    Files.createDirectories(dir);
    for (Fixture fixture : Fixture.values()) {
      Files.write(dir.resolve(fixture.fileName()), bytes(fixture));
    }
  }

  /** The decoded main picture (a copy). */
  public static BufferedImage photo() {
    return scene(PHOTO_SEED, PHOTO_WIDTH, PHOTO_HEIGHT);
  }

  private static byte[] make(Fixture fixture) {
    BufferedImage photo = sharedScene(PHOTO_SEED, PHOTO_WIDTH, PHOTO_HEIGHT);
    return switch (fixture) {
      case PHOTO_JPEG -> jpeg(photo, 0.9f);
      case PHOTO_PROGRESSIVE_JPEG -> progressiveJpeg(photo, 0.9f);
      case PHOTO_PNG -> png(photo);
      case PHOTO_PNG_16 -> png(sixteenBit(photo));
      case PHOTO_GREY_PNG -> png(grey(photo, false));
      case PHOTO_GREY_16_PNG -> png(grey(photo, true));
      case PHOTO_PALETTE_PNG -> png(palette(photo));
      case PHOTO_ALPHA_PNG -> png(withAlphaFade(photo));
      case PHOTO_ROTATED_90_JPEG -> jpeg(oriented(photo, 6), 0.9f);
      case PHOTO_ROTATED_180_JPEG -> jpeg(oriented(photo, 3), 0.9f);
      case PHOTO_FLIPPED_JPEG -> jpeg(oriented(photo, 2), 0.9f);
      case PHOTO_RESIZED_JPEG -> jpeg(resized(photo, 800, 502), 0.9f);
      case PHOTO_CROPPED_JPEG -> jpeg(cropped(photo, 0.01), 0.9f);
      case PHOTO_BLURRED_JPEG -> jpeg(blurred(photo, 2), 0.9f);
      case PHOTO_CAPTIONED_JPEG -> jpeg(captioned(photo, "REPOSTED 2026-11-30 12:00"), 0.9f);
      case PHOTO_RECOMPRESSED_JPEG -> recompressed(jpeg(photo, 0.9f), 0.4f);
      case SCREENSHOT_PNG -> png(withAlphaFade(sharedScene(2, 1432, 812)));
      case SQUARE_JPEG -> jpeg(sharedScene(3, 512, 512), 0.9f);
      case STREET_JPEG -> jpeg(sharedScene(4, 640, 480), 0.9f);
      case PORTRAIT_JPEG -> jpeg(sharedScene(5, 480, 640), 0.9f);
      case TINY_JPEG -> jpeg(sharedScene(6, 34, 42), 0.9f);
    };
  }

  // ---------------------------------------------------------------- scenes

  /**
   * A picture of {@code width} by {@code height} pixels drawn from {@code seed}: the same seed and
   * size always give the same pixels. Different seeds give pictures PDQ finds unrelated.
   */
  public static BufferedImage scene(long seed, int width, int height) {
    return copy(sharedScene(seed, width, height));
  }

  private static BufferedImage sharedScene(long seed, int width, int height) {
    long key = seed * 1_000_003L * 1_000_003L + width * 1_000_003L + height;
    return SCENES.computeIfAbsent(key, k -> drawScene(seed, width, height));
  }

  private static BufferedImage drawScene(long seed, int width, int height) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setPaint(
          new GradientPaint(
              0, 0, colour(random), width * random.nextFloat(), height, colour(random)));
      g.fillRect(0, 0, width, height);
      int side = Math.max(1, Math.min(width, height));
      int shapes = 40 + random.nextInt(20);
      for (int i = 0; i < shapes; i++) {
        drawShape(g, random, width, height, side);
      }
      int captions = 2 + random.nextInt(3);
      for (int i = 0; i < captions; i++) {
        String text = word(random, 4 + random.nextInt(8));
        int scale = Math.max(1, side / 90 + random.nextInt(Math.max(1, side / 120 + 1)));
        BitmapFont.draw(
            g,
            text,
            random.nextInt(Math.max(1, width - BitmapFont.width(text, scale) / 2)),
            random.nextInt(Math.max(1, height - 7 * scale)),
            scale,
            colour(random));
      }
    } finally {
      g.dispose();
    }
    addNoise(image, random, 6);
    return image;
  }

  private static void drawShape(Graphics2D g, Random random, int width, int height, int side) {
    float reach = random.nextInt(4) == 0 ? 0.45f : 0.15f;
    int w = (int) (side * (0.03 + reach * random.nextFloat()));
    int h = (int) (side * (0.03 + reach * random.nextFloat()));
    int x = random.nextInt(Math.max(1, width)) - w / 4;
    int y = random.nextInt(Math.max(1, height)) - h / 4;
    switch (random.nextInt(3)) {
      case 0 -> g.setPaint(colour(random));
      case 1 -> g.setPaint(new GradientPaint(x, y, colour(random), x + w, y + h, colour(random)));
      default ->
          g.setPaint(
              new RadialGradientPaint(
                  x + w / 2f,
                  y + h / 2f,
                  Math.max(1, Math.max(w, h) / 2f),
                  new float[] {0f, 1f},
                  new Color[] {colour(random), colour(random)}));
    }
    g.setComposite(
        AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f + 0.45f * random.nextFloat()));
    switch (random.nextInt(5)) {
      case 0 -> g.fill(new Ellipse2D.Float(x, y, w, h));
      case 1 -> g.fillRect(x, y, w, h);
      case 2 -> g.fill(new RoundRectangle2D.Float(x, y, w, h, w / 3f, h / 3f));
      case 3 -> {
        Polygon polygon = new Polygon();
        int corners = 3 + random.nextInt(4);
        for (int c = 0; c < corners; c++) {
          polygon.addPoint(x + random.nextInt(Math.max(1, w)), y + random.nextInt(Math.max(1, h)));
        }
        g.fill(polygon);
      }
      default -> {
        g.setStroke(
            new BasicStroke(Math.max(1, side / 60f + random.nextInt(Math.max(1, side / 80)))));
        g.drawLine(x, y, x + w, y + h - random.nextInt(Math.max(1, 2 * h)));
      }
    }
    g.setComposite(AlphaComposite.SrcOver);
  }

  private static Color colour(Random random) {
    return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
  }

  private static String word(Random random, int length) {
    String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(letters.charAt(random.nextInt(letters.length())));
    }
    return word.toString();
  }

  private static void addNoise(BufferedImage image, Random random, int amplitude) {
    int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    for (int i = 0; i < rgb.length; i++) {
      int r = clamp(((rgb[i] >> 16) & 0xFF) + random.nextInt(2 * amplitude + 1) - amplitude);
      int gr = clamp(((rgb[i] >> 8) & 0xFF) + random.nextInt(2 * amplitude + 1) - amplitude);
      int b = clamp((rgb[i] & 0xFF) + random.nextInt(2 * amplitude + 1) - amplitude);
      rgb[i] = (r << 16) | (gr << 8) | b;
    }
    image.setRGB(0, 0, image.getWidth(), image.getHeight(), rgb, 0, image.getWidth());
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }

  // ---------------------------------------------------------------- encodings

  /** A baseline JPEG of {@code image} at {@code quality} (0 to 1). */
  public static byte[] jpeg(BufferedImage image, float quality) {
    return writeJpeg(image, quality, false);
  }

  /** A progressive JPEG of {@code image} at {@code quality} (0 to 1). */
  public static byte[] progressiveJpeg(BufferedImage image, float quality) {
    return writeJpeg(image, quality, true);
  }

  private static byte[] writeJpeg(BufferedImage image, float quality, boolean progressive) {
    BufferedImage rgb = opaqueRgb(image);
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      if (progressive) {
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      }
      writer.write(null, new IIOImage(rgb, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** A PNG of {@code image} in its own sample depth and colour type. */
  public static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", bytes)) {
        throw new IllegalStateException("No PNG writer for " + image);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Decodes {@code jpeg} and encodes it again at {@code quality}: a re-shared copy. */
  public static byte[] recompressed(byte[] jpeg, float quality) {
    return jpeg(decode(jpeg), quality);
  }

  /** Decodes an image with the JDK's own readers. */
  public static BufferedImage decode(byte[] encoded) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(encoded));
      if (image == null) {
        throw new IllegalArgumentException("Not an image the JDK reads");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- pixel layouts

  /** The picture with 16 bits per channel (each 8-bit value times 257, so it reads back alike). */
  public static BufferedImage sixteenBit(BufferedImage image) {
    ComponentColorModel model =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_sRGB),
            new int[] {16, 16, 16},
            false,
            false,
            java.awt.Transparency.OPAQUE,
            DataBuffer.TYPE_USHORT);
    WritableRaster raster =
        model.createCompatibleWritableRaster(image.getWidth(), image.getHeight());
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        raster.setSample(x, y, 0, ((rgb >> 16) & 0xFF) * 257);
        raster.setSample(x, y, 1, ((rgb >> 8) & 0xFF) * 257);
        raster.setSample(x, y, 2, (rgb & 0xFF) * 257);
      }
    }
    return new BufferedImage(model, raster, false, null);
  }

  /** The picture's luma (Rec. 601 weights) in 8 or 16 bits of grey. */
  public static BufferedImage grey(BufferedImage image, boolean sixteenBits) {
    BufferedImage grey =
        new BufferedImage(
            image.getWidth(),
            image.getHeight(),
            sixteenBits ? BufferedImage.TYPE_USHORT_GRAY : BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster raster = grey.getRaster();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        double luma =
            0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
        int level = (int) Math.round(luma);
        raster.setSample(x, y, 0, sixteenBits ? level * 257 : level);
      }
    }
    return grey;
  }

  /** The picture mapped to the nearest colour of a 6 by 6 by 6 palette (no dithering). */
  public static BufferedImage palette(BufferedImage image) {
    byte[] r = new byte[216];
    byte[] g = new byte[216];
    byte[] b = new byte[216];
    for (int i = 0; i < 216; i++) {
      r[i] = (byte) (i / 36 * 51);
      g[i] = (byte) (i / 6 % 6 * 51);
      b[i] = (byte) (i % 6 * 51);
    }
    IndexColorModel model = new IndexColorModel(8, 216, r, g, b);
    BufferedImage indexed =
        new BufferedImage(
            image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_INDEXED, model);
    WritableRaster raster = indexed.getRaster();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int index =
            nearestStep((rgb >> 16) & 0xFF) * 36
                + nearestStep((rgb >> 8) & 0xFF) * 6
                + nearestStep(rgb & 0xFF);
        raster.setSample(x, y, 0, index);
      }
    }
    return indexed;
  }

  private static int nearestStep(int value) {
    return (value + 25) / 51;
  }

  /**
   * The picture with an alpha channel: fully transparent at the left edge, fully opaque from a
   * quarter of the width on (a cut-out or a screenshot of a rounded window).
   */
  public static BufferedImage withAlphaFade(BufferedImage image) {
    BufferedImage argb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
    int opaqueFrom = Math.max(1, image.getWidth() / 4);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int alpha = Math.min(255, x * 255 / opaqueFrom);
        argb.setRGB(x, y, (alpha << 24) | (image.getRGB(x, y) & 0xFFFFFF));
      }
    }
    return argb;
  }

  // ---------------------------------------------------------------- turns and modifications

  /**
   * What a viewer shows for stored pixels {@code image} tagged with Exif orientation {@code
   * orientation} (1 to 8): 2 mirrors left to right, 3 turns half round, 4 mirrors top to bottom, 5
   * transposes, 6 turns a quarter clockwise, 7 transverses, 8 turns a quarter anticlockwise.
   */
  public static BufferedImage oriented(BufferedImage image, int orientation) {
    if (orientation < 1 || orientation > 8) {
      throw new IllegalArgumentException("Exif orientation " + orientation);
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swaps = orientation >= 5;
    BufferedImage shown =
        new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
    for (int dy = 0; dy < shown.getHeight(); dy++) {
      for (int dx = 0; dx < shown.getWidth(); dx++) {
        int sx;
        int sy;
        switch (orientation) {
          case 2 -> {
            sx = w - 1 - dx;
            sy = dy;
          }
          case 3 -> {
            sx = w - 1 - dx;
            sy = h - 1 - dy;
          }
          case 4 -> {
            sx = dx;
            sy = h - 1 - dy;
          }
          case 5 -> {
            sx = dy;
            sy = dx;
          }
          case 6 -> {
            sx = dy;
            sy = h - 1 - dx;
          }
          case 7 -> {
            sx = w - 1 - dy;
            sy = h - 1 - dx;
          }
          case 8 -> {
            sx = w - 1 - dy;
            sy = dx;
          }
          default -> {
            sx = dx;
            sy = dy;
          }
        }
        shown.setRGB(dx, dy, image.getRGB(sx, sy));
      }
    }
    return shown;
  }

  /** A copy scaled to {@code width} by {@code height} with bilinear interpolation. */
  public static BufferedImage resized(BufferedImage image, int width, int height) {
    BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return scaled;
  }

  /** A copy with {@code fraction} of the width and height cut from every edge. */
  public static BufferedImage cropped(BufferedImage image, double fraction) {
    int dx = (int) Math.round(image.getWidth() * fraction);
    int dy = (int) Math.round(image.getHeight() * fraction);
    return copy(image.getSubimage(dx, dy, image.getWidth() - 2 * dx, image.getHeight() - 2 * dy));
  }

  /** A copy blurred by two passes of a box of {@code 2 * radius + 1} pixels each way. */
  public static BufferedImage blurred(BufferedImage image, int radius) {
    int size = 2 * radius + 1;
    float[] weights = new float[size];
    Arrays.fill(weights, 1f / size);
    ConvolveOp across = new ConvolveOp(new Kernel(size, 1, weights), ConvolveOp.EDGE_NO_OP, null);
    ConvolveOp down = new ConvolveOp(new Kernel(1, size, weights), ConvolveOp.EDGE_NO_OP, null);
    BufferedImage result = copy(image);
    for (int pass = 0; pass < 2; pass++) {
      result = down.filter(across.filter(result, null), null);
    }
    return result;
  }

  /**
   * A copy with a translucent dark band across the bottom sixteenth, {@code text} on it in white.
   */
  public static BufferedImage captioned(BufferedImage image, String text) {
    BufferedImage result = copy(image);
    Graphics2D g = result.createGraphics();
    try {
      int band = Math.max(9, image.getHeight() / 16);
      g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
      g.setColor(new Color(20, 20, 20));
      g.fillRect(0, image.getHeight() - band, image.getWidth(), band);
      g.setComposite(AlphaComposite.SrcOver);
      int scale = Math.max(1, Math.min(band / 10, image.getWidth() / (6 * text.length() + 6)));
      BitmapFont.draw(
          g,
          text,
          scale * 3,
          image.getHeight() - band + (band - 7 * scale) / 2,
          scale,
          Color.WHITE);
    } finally {
      g.dispose();
    }
    return result;
  }

  /** An RGB copy of {@code image} (alpha laid over white). */
  public static BufferedImage copy(BufferedImage image) {
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  private static BufferedImage opaqueRgb(BufferedImage image) {
    return image.getType() == BufferedImage.TYPE_INT_RGB ? image : copy(image);
  }
}
