package org.recourse.evidence.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.recourse.evidence.pdq.ExifOrientation;
import org.recourse.evidence.pdq.UnreadableImageException;

/**
 * Reads evidence images safely and makes the thumbnails the case file shows of them.
 *
 * <p>Evidence images are intimate images of the people Recourse works for. Staff see them first
 * only as a {@linkplain #blurredThumbnail blurred thumbnail} made here on the server, in which no
 * body, face or setting can be made out, and the {@linkplain #thumbnail sharp thumbnail} is fetched
 * only when a user explicitly reveals one image. The browser therefore never receives a picture it
 * is asked to blur: a blur done in CSS still delivers the picture, which stays in the cache and is
 * shown by any client that ignores the style.
 *
 * <p>The files are uploaded by victims and found on hostile sites, so they are untrusted:
 *
 * <ul>
 *   <li>An image header can declare far more pixels than its file size suggests (a decompression
 *       bomb: a few kilobytes of PNG can declare 10<sup>10</sup> pixels). {@link #decode} reads the
 *       declared size first and refuses an image of more than {@code maxPixels} pixels before any
 *       pixel is decoded; an accepted image is decoded at reduced resolution (every second, third,
 *       ... pixel in each direction) when it has more than {@code decodeLimit} pixels, which bounds
 *       the memory a decoded image takes.
 *   <li>Decoding stops after {@code maxDecodeTime} ({@link ImageDecodeTimeoutException}), and a
 *       reader that fails in any way, also with an unchecked exception from a plugin tripping over
 *       hostile data, is reported as {@link UnreadableImageException}: the upload is kept and only
 *       its analysis is missing.
 *   <li>Decoding reads from memory only. ImageIO otherwise spools a stream it cannot seek into a
 *       temporary file, and an evidence image must never reach the disk unencrypted; the same holds
 *       for writing the thumbnails.
 * </ul>
 *
 * <p>Formats: JPEG (also CMYK and YCCK, and with a damaged or missing tail, of which what is there
 * is shown), PNG in every bit depth and colour type, GIF and animated WebP by their first frame,
 * WebP, TIFF, BMP and PSD through the readers {@link ImageReaders} names, and HEIC, HEIF and AVIF
 * through FFmpeg ({@link HeifImages}). The pixels handed on are those Meta's PDQ reference would
 * see for the same file, so that the hashes agree with it:
 *
 * <ul>
 *   <li>CMYK and YCCK JPEGs are converted with the plain formula ImageMagick uses, not through
 *       their ICC profile ({@link CmykJpeg});
 *   <li>transparency is left in the image: PDQ hashes the colour channels and never looks at alpha,
 *       as the reference reads only the R, G and B planes of a four-channel image (thumbnails lay
 *       the picture over white, see {@link RgbPlane});
 *   <li>16-bit samples are scaled to 8 bits ({@code round(v / 257)}), as ImageMagick's 8-bit output
 *       does; grey stays grey (its value is its luminance), a palette is looked up.
 * </ul>
 *
 * <p>Decoded images are turned the way a viewer displays them, by the Exif orientation of a JPEG
 * (Exif 2.3, CIPA DC-008, 4.6.4 A), so that thumbnails and hashes show the picture as the victim
 * and anyone re-uploading it sees it. Thumbnails are new JPEG files, opaque (transparency laid over
 * white) and carrying none of the original's metadata, such as the place a photo was taken.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class EvidenceImages {

  static {
    // ImageIO spools a stream it cannot seek, and every stream a plugin opens for itself through
    // ImageIO.createImageInputStream (TwelveMonkeys' TIFF and BMP readers do), to a file in
    // java.io.tmpdir unless told not to: evidence plaintext on disk. Set here, where every decode
    // and thumbnail begins, so that it holds in the server (EvidenceStorage makes an instance
    // before anything is read) and equally in unit tests and tools that use this class alone.
    ImageIO.setUseCache(false);
  }

  /** Decoded images are subsampled to at most this many pixels unless a limit is given. */
  public static final long DEFAULT_DECODE_LIMIT = 16_777_216L;

  /** Decoding one image stops after this long unless a limit is given. */
  public static final Duration DEFAULT_DECODE_TIME = Duration.ofSeconds(20);

  /**
   * Blurred thumbnails keep no more detail than a picture this many pixels on its longer side
   * holds: a few blobs of colour, not enough to recognise a person, a tattoo or a room.
   */
  static final int BLUR_RESOLUTION = 12;

  private static final float SHARP_QUALITY = 0.85f;
  private static final float BLURRED_QUALITY = 0.75f;
  private static final int BLUR_PASSES = 3;

  private final long maxPixels;
  private final long decodeLimit;
  private final Duration maxDecodeTime;

  /**
   * Refuses images declaring more than {@code maxPixels} pixels and decodes the others to at most
   * {@value #DEFAULT_DECODE_LIMIT} pixels.
   */
  public EvidenceImages(long maxPixels) {
    this(maxPixels, DEFAULT_DECODE_LIMIT);
  }

  /**
   * Refuses images declaring more than {@code maxPixels} pixels and decodes the others to at most
   * {@code decodeLimit} pixels.
   */
  public EvidenceImages(long maxPixels, long decodeLimit) {
    this(maxPixels, decodeLimit, DEFAULT_DECODE_TIME);
  }

  /**
   * Refuses images declaring more than {@code maxPixels} pixels, decodes the others to at most
   * {@code decodeLimit} pixels and stops a decode that runs longer than {@code maxDecodeTime}.
   */
  public EvidenceImages(long maxPixels, long decodeLimit, Duration maxDecodeTime) {
    if (maxDecodeTime == null || maxDecodeTime.isNegative() || maxDecodeTime.isZero()) {
      throw new IllegalArgumentException("maxDecodeTime must be positive, got " + maxDecodeTime);
    }
    if (maxPixels < 1) {
      throw new IllegalArgumentException("maxPixels must be positive, got " + maxPixels);
    }
    if (decodeLimit < 1) {
      throw new IllegalArgumentException("decodeLimit must be positive, got " + decodeLimit);
    }
    this.maxPixels = maxPixels;
    this.decodeLimit = decodeLimit;
    this.maxDecodeTime = maxDecodeTime;
  }

  /** The most pixels an image may declare. */
  public long maxPixels() {
    return maxPixels;
  }

  /**
   * Reads only the header of an image, decoding no pixels, and returns the size it declares (as
   * stored, before any Exif orientation). Empty if no installed ImageIO reader recognises the data
   * or its header cannot be read.
   */
  public Optional<ImageSize> probe(byte[] image) {
    Objects.requireNonNull(image, "image");
    try {
      if (HeifImages.isHeif(image)) {
        return Optional.of(HeifImages.probe(image));
      }
      return Optional.of(withReader(image, (reader, declared) -> declared));
    } catch (IOException | RuntimeException e) {
      // Unrecognised or unreadable data is what an empty answer means.
      return Optional.empty();
    }
  }

  /**
   * Decodes the first image in {@code image}, in any format ImageIO reads, and returns it as it is
   * displayed (Exif orientation applied), subsampled to at most the decode limit's pixels.
   *
   * @throws ImageTooLargeException if the header declares more than {@code maxPixels} pixels; no
   *     pixel has then been decoded
   * @throws UnreadableImageException if the data is not an image ImageIO can read, or is corrupt
   * @throws IOException if the data could not be read for another reason
   */
  public BufferedImage decode(byte[] image) throws IOException {
    Objects.requireNonNull(image, "image");
    Deadline deadline = Deadline.after(maxDecodeTime);
    if (HeifImages.isHeif(image)) {
      try {
        return HeifImages.decode(image, maxPixels, decodeLimit, deadline);
      } catch (RuntimeException e) {
        throw new UnreadableImageException("Cannot decode the image", e);
      }
    }
    BufferedImage stored =
        withReader(
            image,
            (reader, declared) -> {
              if (declared.pixels() > maxPixels) {
                throw new ImageTooLargeException(declared, maxPixels);
              }
              ImageReadParam param = reader.getDefaultReadParam();
              int step = subsamplingStep(declared, decodeLimit);
              param.setSourceSubsampling(step, step, 0, 0);
              reader.addIIOReadProgressListener(deadline.aborting(reader));
              BufferedImage decoded;
              try {
                Optional<CmykJpeg> cmyk =
                    ImageReaders.isJpeg(reader) ? CmykJpeg.of(image) : Optional.empty();
                decoded =
                    cmyk.isPresent()
                        ? cmyk.get().toRgb(reader.readRaster(0, param))
                        : reader.read(0, param);
              } catch (IOException | RuntimeException e) {
                deadline.check();
                throw new UnreadableImageException("Cannot decode the image", e);
              }
              deadline.check();
              if (decoded == null) {
                throw new UnreadableImageException("Cannot decode the image");
              }
              return decoded;
            });
    return ExifOrientation.fromJpeg(image).apply(stored);
  }

  /**
   * Returns a JPEG thumbnail of {@code image} in which nothing can be recognised: the size of
   * {@link #thumbnail}, but holding no more detail than a picture {@value #BLUR_RESOLUTION} pixels
   * on its longer side, smoothly enlarged and then blurred so that no blocks or edges remain. What
   * is left is the overall colours and light, enough to tell images apart in a list.
   *
   * @param image a decoded image, as returned by {@link #decode}
   * @param maxSide the longest the thumbnail's longer side may be, at least 1
   */
  public byte[] blurredThumbnail(BufferedImage image, int maxSide) throws IOException {
    return jpeg(blurredThumbnailImage(image, maxSide), BLURRED_QUALITY);
  }

  /** The picture {@link #blurredThumbnail} encodes, for composing with others before encoding. */
  public BufferedImage blurredThumbnailImage(BufferedImage image, int maxSide) {
    ImageSize size = thumbnailSize(image, maxSide);
    ImageSize coarse =
        fit(new ImageSize(image.getWidth(), image.getHeight()), Math.min(BLUR_RESOLUTION, maxSide));
    int longSide = Math.max(size.width(), size.height());
    int coarseLongSide = Math.max(coarse.width(), coarse.height());
    // About half a coarse pixel: enough to smooth the creases of bilinear enlargement.
    int radius = Math.max(1, Math.round(longSide / (2f * coarseLongSide)));
    RgbPlane blurred =
        RgbPlane.shrink(image, coarse.width(), coarse.height())
            .enlarge(size.width(), size.height())
            .blurred(radius, BLUR_PASSES);
    return blurred.toImage();
  }

  /**
   * Returns a JPEG thumbnail of {@code image}, reduced by area averaging so that its longer side is
   * at most {@code maxSide} pixels; a smaller image keeps its size and is never enlarged.
   *
   * @param image a decoded image, as returned by {@link #decode}
   * @param maxSide the longest the thumbnail's longer side may be, at least 1
   */
  public byte[] thumbnail(BufferedImage image, int maxSide) throws IOException {
    return jpeg(thumbnailImage(image, maxSide), SHARP_QUALITY);
  }

  /** The picture {@link #thumbnail} encodes, for composing with others before encoding. */
  public BufferedImage thumbnailImage(BufferedImage image, int maxSide) {
    ImageSize size = thumbnailSize(image, maxSide);
    return RgbPlane.shrink(image, size.width(), size.height()).toImage();
  }

  /**
   * Encodes an opaque picture composed of thumbnails (such as a video's strip of frames) as a JPEG
   * of a sharp thumbnail's quality, in memory and without metadata.
   */
  public byte[] jpeg(BufferedImage composed) throws IOException {
    return jpeg(composed, SHARP_QUALITY);
  }

  private static ImageSize thumbnailSize(BufferedImage image, int maxSide) {
    Objects.requireNonNull(image, "image");
    if (maxSide < 1) {
      throw new IllegalArgumentException("maxSide must be positive, got " + maxSide);
    }
    return fit(new ImageSize(image.getWidth(), image.getHeight()), maxSide);
  }

  /** Returns {@code size} scaled down, keeping its proportions, to at most {@code longSide}. */
  static ImageSize fit(ImageSize size, int longSide) {
    int width = size.width();
    int height = size.height();
    if (width <= longSide && height <= longSide) {
      return size;
    }
    if (width >= height) {
      return new ImageSize(longSide, scaledSide(height, longSide, width));
    }
    return new ImageSize(scaledSide(width, longSide, height), longSide);
  }

  private static int scaledSide(int side, int newLongSide, int longSide) {
    return (int) Math.max(1, Math.round((double) side * newLongSide / longSide));
  }

  /** Returns the smallest step at which every step-th pixel in each direction fits the limit. */
  static int subsamplingStep(ImageSize declared, long decodeLimit) {
    int step = 1;
    while ((long) ceilDiv(declared.width(), step) * ceilDiv(declared.height(), step)
        > decodeLimit) {
      step++;
    }
    return step;
  }

  static int ceilDiv(int dividend, int divisor) {
    return (int) (((long) dividend + divisor - 1) / divisor);
  }

  /**
   * Opens {@code image} in memory with the first of {@link ImageReaders} that recognises it, reads
   * the size its header declares and hands both to {@code task}; the reader reads no further than
   * the header unless the task asks it to.
   */
  private static <T> T withReader(byte[] image, ReaderTask<T> task) throws IOException {
    try (ImageInputStream input =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
      ImageReader reader =
          ImageReaders.readerFor(input)
              .orElseThrow(
                  () ->
                      new UnreadableImageException(
                          "Not an image in a format this server can read"));
      try {
        reader.setInput(input, true, true);
        return task.run(reader, declaredSize(reader));
      } finally {
        reader.dispose();
      }
    } catch (ImageTooLargeException | UnreadableImageException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // A reader failing in a way of its own is still only an image that cannot be read.
      throw new UnreadableImageException("Cannot read the image", e);
    }
  }

  private static ImageSize declaredSize(ImageReader reader) throws UnreadableImageException {
    int width;
    int height;
    try {
      width = reader.getWidth(0);
      height = reader.getHeight(0);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableImageException("Cannot read the image header", e);
    }
    if (width < 1 || height < 1) {
      throw new UnreadableImageException(
          "The image header declares " + width + " by " + height + " pixels");
    }
    return new ImageSize(width, height);
  }

  /** Encodes an opaque RGB image as a baseline JPEG, in memory, without metadata. */
  private static byte[] jpeg(BufferedImage rgb, float quality) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    if (!writers.hasNext()) {
      throw new IllegalStateException("This Java runtime has no JPEG writer");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(output);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(rgb, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  @FunctionalInterface
  private interface ReaderTask<T> {
    T run(ImageReader reader, ImageSize declared) throws IOException;
  }
}
