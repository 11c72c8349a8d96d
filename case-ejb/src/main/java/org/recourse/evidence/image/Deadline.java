package org.recourse.evidence.image;

import java.time.Duration;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;

/**
 * The moment by which one decode must be done. ImageIO readers report their progress as they go;
 * once the time is up the listener asks the reader to abort, which the readers honour between rows
 * or tiles, and the decode then fails with {@link ImageDecodeTimeoutException}. The FFmpeg path
 * checks between packets.
 */
final class Deadline {

  private final Duration limit;
  private final long endNanos;

  private Deadline(Duration limit) {
    this.limit = limit;
    this.endNanos = System.nanoTime() + limit.toNanos();
  }

  static Deadline after(Duration limit) {
    return new Deadline(limit);
  }

  boolean passed() {
    return System.nanoTime() - endNanos > 0;
  }

  /** Throws if the time is up. */
  void check() throws ImageDecodeTimeoutException {
    if (passed()) {
      throw new ImageDecodeTimeoutException(limit);
    }
  }

  /** A listener that aborts {@code reader} once the time is up. */
  IIOReadProgressListener aborting(ImageReader reader) {
    return new IIOReadProgressListener() {
      @Override
      public void sequenceStarted(ImageReader source, int minIndex) {
        abortIfLate();
      }

      @Override
      public void sequenceComplete(ImageReader source) {
        abortIfLate();
      }

      @Override
      public void imageStarted(ImageReader source, int imageIndex) {
        abortIfLate();
      }

      @Override
      public void imageProgress(ImageReader source, float percentageDone) {
        abortIfLate();
      }

      @Override
      public void imageComplete(ImageReader source) {
        abortIfLate();
      }

      @Override
      public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        abortIfLate();
      }

      @Override
      public void thumbnailProgress(ImageReader source, float percentageDone) {
        abortIfLate();
      }

      @Override
      public void thumbnailComplete(ImageReader source) {
        abortIfLate();
      }

      @Override
      public void readAborted(ImageReader source) {
        // The decode's caller sees the deadline passed and reports it.
      }

      private void abortIfLate() {
        if (passed()) {
          reader.abort();
        }
      }
    };
  }
}
