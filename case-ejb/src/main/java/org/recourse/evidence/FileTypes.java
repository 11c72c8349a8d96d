package org.recourse.evidence;

import java.util.Map;
import java.util.Optional;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.recourse.evidence.image.HeifBrands;

/**
 * The kinds of file evidence may be, recognised from the content (Apache Tika's magic bytes), never
 * from the uploaded name or the browser's declared type: a "photo.jpg" that is really a script or
 * an archive is refused. Accepted: images ({@value #IMAGE_FORMATS}), video (MP4, MOV, WebM, MKV),
 * PDF, saved web pages (HTML, MHTML), web archives (WARC, ISO 28500, as web captures make them) and
 * plain text.
 *
 * <p>HEIF images (HEIC, AVIF) share their container with MP4 and MOV; the brands in their {@code
 * ftyp} box tell them apart ({@link HeifBrands}), and they are recognised before Tika is asked.
 */
public final class FileTypes {

  /** The image formats accepted and analysed, as named to the person uploading. */
  public static final String IMAGE_FORMATS =
      "JPEG, PNG, GIF, WebP, HEIC, HEIF, AVIF, TIFF, BMP, PSD";

  /** The beginning of a file that detection looks at. */
  public static final int PREFIX_BYTES = 64 * 1024;

  /** Detected type to the type recorded (aliases and close relatives folded together). */
  private static final Map<String, String> ACCEPTED =
      Map.ofEntries(
          Map.entry("image/jpeg", "image/jpeg"),
          Map.entry("image/png", "image/png"),
          Map.entry("image/webp", "image/webp"),
          Map.entry("image/gif", "image/gif"),
          Map.entry("image/heic", "image/heic"),
          Map.entry("image/heic-sequence", "image/heic"),
          Map.entry("image/heif", "image/heif"),
          Map.entry("image/heif-sequence", "image/heif"),
          Map.entry("image/avif", "image/avif"),
          Map.entry("image/tiff", "image/tiff"),
          Map.entry("image/bmp", "image/bmp"),
          Map.entry("image/x-ms-bmp", "image/bmp"),
          Map.entry("image/vnd.adobe.photoshop", "image/vnd.adobe.photoshop"),
          Map.entry("video/mp4", "video/mp4"),
          Map.entry("video/x-m4v", "video/mp4"),
          Map.entry("video/quicktime", "video/quicktime"),
          Map.entry("video/webm", "video/webm"),
          Map.entry("application/pdf", "application/pdf"),
          Map.entry("text/html", "text/html"),
          Map.entry("application/xhtml+xml", "text/html"),
          Map.entry("multipart/related", "multipart/related"),
          Map.entry("message/rfc822", "multipart/related"),
          Map.entry("text/plain", "text/plain"),
          Map.entry("application/warc", "application/warc"));

  private static final String MATROSKA = "application/x-matroska";
  private static final String QUICKTIME = "video/quicktime";

  private final Detector detector = MimeTypes.getDefaultMimeTypes();

  /**
   * The accepted type of a file, from its first bytes (up to {@link #PREFIX_BYTES}), or empty if
   * evidence may not be of that type.
   */
  public Optional<String> accepted(byte[] prefix, int length) {
    Optional<String> heif = HeifBrands.mediaType(prefix, length);
    if (heif.isPresent()) {
      return heif;
    }
    String detected = detect(prefix, length);
    if (MATROSKA.equals(detected)) {
      return Optional.of(isWebm(prefix, length) ? "video/webm" : "video/x-matroska");
    }
    if (QUICKTIME.equals(detected) && isoMediaBrand(prefix, length)) {
      return Optional.of("video/mp4");
    }
    return Optional.ofNullable(ACCEPTED.get(detected));
  }

  /**
   * MP4 and QuickTime share one box structure; Tika calls an MP4 whose major brand it does not list
   * (FFmpeg's {@code isom}, for one) QuickTime. The major brand in the leading {@code ftyp} box
   * tells them apart: {@code qt} is QuickTime, any other is an ISO base media (MP4) file.
   */
  private static boolean isoMediaBrand(byte[] prefix, int length) {
    return length >= 12
        && prefix[4] == 'f'
        && prefix[5] == 't'
        && prefix[6] == 'y'
        && prefix[7] == 'p'
        && !(prefix[8] == 'q' && prefix[9] == 't');
  }

  /**
   * WebM is a Matroska container whose EBML header names the document type "webm" (element id
   * 0x4282); Tika's magic stops at Matroska, so the header is read here.
   */
  private static boolean isWebm(byte[] prefix, int length) {
    int end = Math.min(length, 64) - 6;
    for (int i = 0; i < end; i++) {
      if (prefix[i] == 0x42
          && prefix[i + 1] == (byte) 0x82
          && prefix[i + 2] == (byte) 0x84
          && prefix[i + 3] == 'w'
          && prefix[i + 4] == 'e'
          && prefix[i + 5] == 'b'
          && prefix[i + 6] == 'm') {
        return true;
      }
    }
    return false;
  }

  /** The type Tika recognises, without parameters ("application/octet-stream" if none). */
  public String detect(byte[] prefix, int length) {
    try (var input = new java.io.ByteArrayInputStream(prefix, 0, length)) {
      MediaType type = detector.detect(input, new Metadata());
      return type.getBaseType().toString();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Reading from memory failed", e);
    }
  }

  /** Whether previews and perceptual hashes can be made of this type. */
  public static boolean isImage(String mediaType) {
    return mediaType != null && mediaType.startsWith("image/");
  }

  /** Whether the type is a video. */
  public static boolean isVideo(String mediaType) {
    return mediaType != null && mediaType.startsWith("video/");
  }
}
