package org.recourse.evidence.image;

import java.time.Duration;
import org.recourse.evidence.pdq.UnreadableImageException;

/**
 * Decoding an image took longer than the server allows and was stopped. A small file can take
 * minutes to decode (a compressed bomb just under the pixel limit, a progressive JPEG with
 * thousands of scans), so every decode runs against a time limit; the upload itself is kept, only
 * its preview and perceptual hash are missing.
 */
public final class ImageDecodeTimeoutException extends UnreadableImageException {

  private static final long serialVersionUID = 1L;

  public ImageDecodeTimeoutException(Duration limit) {
    super("Decoding the image took longer than " + limit.toSeconds() + " seconds and was stopped");
  }
}
