package org.recourse.evidence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.evidence.image.EvidenceImages;
import org.recourse.evidence.video.VideoLimits;
import org.recourse.evidence.video.VideoSource;
import org.recourse.evidence.video.VideoStills;

/**
 * Makes the preview JPEGs of a stored item on demand: an image's thumbnail, a video's poster frame
 * or its strip of {@link EvidenceService#STRIP_FRAMES} frames, blurred unless revealed. A file that
 * does not decode, or a decoder that fails in any way on hostile data, gives a {@link
 * PreviewUnavailableException} (422) rather than a server error: the item is still there, only its
 * picture is missing.
 *
 * <p>A preview is made while a person waits, on a request thread, so a video's decoding has {@link
 * #VIDEO_LIMITS}: half a minute for the poster, and for the whole strip together (its frames are
 * read through one reader), rather than the ten minutes the analysis in the background may take.
 */
final class Previews {

  private static final Logger LOG = Logger.getLogger(Previews.class.getName());

  /** Thirty seconds of decoding per preview; frames as large as the analysis accepts. */
  static final VideoLimits VIDEO_LIMITS =
      new VideoLimits(
          Duration.ofSeconds(30),
          VideoLimits.DEFAULT.maxDimension(),
          VideoLimits.DEFAULT.maxPixels());

  private final EvidenceImages images;
  private final VideoLimits videoLimits;

  /** Previews of images decoded by {@code images}, of videos within {@link #VIDEO_LIMITS}. */
  Previews(EvidenceImages images) {
    this(images, VIDEO_LIMITS);
  }

  Previews(EvidenceImages images, VideoLimits videoLimits) {
    this.images = images;
    this.videoLimits = videoLimits;
  }

  /**
   * The preview of a stored item: an image's thumbnail read from the vault, or a video's poster
   * frame or strip decoded as it is read and seeked (never written out).
   */
  static byte[] ofItem(
      EvidenceStorage storage, EvidenceItem item, PreviewKind kind, boolean reveal) {
    Previews previews = new Previews(storage.images());
    if (FileTypes.isVideo(item.getMediaType())) {
      double duration = item.getDurationSeconds() == null ? 0 : item.getDurationSeconds();
      return previews.video(storage.videoSource(item), duration, kind, reveal);
    }
    try (InputStream in =
        storage.vault().open(item.getBlobId(), item.getWrappedKey(), item.associatedData())) {
      return previews.image(in.readAllBytes(), reveal);
    } catch (IOException e) {
      throw new UncheckedIOException("Evidence " + item.getId() + " cannot be read", e);
    }
  }

  VideoLimits videoLimits() {
    return videoLimits;
  }

  /** The thumbnail of an image file. */
  byte[] image(byte[] data, boolean reveal) {
    try {
      return thumbnail(images.decode(data), EvidenceService.PREVIEW_SIDE, reveal);
    } catch (IOException | RuntimeException e) {
      // UnreadableImageException and UndecodableVideoException are IOExceptions; a plugin or
      // FFmpeg tripping over hostile data throws unchecked ones.
      throw unavailable("The image cannot be decoded, so it has no preview", e);
    }
  }

  /** A video's poster frame or strip of frames; {@code durationSeconds} 0 if unknown. */
  byte[] video(VideoSource source, double durationSeconds, PreviewKind kind, boolean reveal) {
    VideoStills stills = new VideoStills(videoLimits);
    try {
      if (kind == PreviewKind.POSTER) {
        return thumbnail(
            stills.poster(source, durationSeconds), EvidenceService.PREVIEW_SIDE, reveal);
      }
      int side = EvidenceService.STRIP_TILE_SIDE;
      List<BufferedImage> tiles =
          stills.strip(
              source,
              durationSeconds,
              EvidenceService.STRIP_FRAMES,
              frame ->
                  reveal
                      ? images.thumbnailImage(frame, side)
                      : images.blurredThumbnailImage(frame, side));
      return images.jpeg(FrameStrip.join(tiles));
    } catch (IOException | RuntimeException e) {
      // UnreadableImageException and UndecodableVideoException are IOExceptions; a plugin or
      // FFmpeg tripping over hostile data throws unchecked ones.
      throw unavailable("The video cannot be decoded, so it has no preview", e);
    }
  }

  private byte[] thumbnail(BufferedImage image, int side, boolean reveal) throws IOException {
    return reveal ? images.thumbnail(image, side) : images.blurredThumbnail(image, side);
  }

  /** Logs the decoder's reason (its class and message, never the data) and answers 422. */
  private static PreviewUnavailableException unavailable(String message, Exception cause) {
    LOG.log(
        Level.INFO, () -> "No preview: " + cause.getClass().getName() + ": " + cause.getMessage());
    return new PreviewUnavailableException(message);
  }
}
