package org.recourse.evidence.video;

import java.io.IOException;

/**
 * Thrown when a video cannot be analysed: empty, corrupt or truncated data, no video stream, a
 * codec the bundled FFmpeg does not decode, frames larger than the limit, or decoding that runs
 * longer than allowed. The message says which, in words fit for the evidence item.
 */
public class UndecodableVideoException extends IOException {

  private static final long serialVersionUID = 1L;

  public UndecodableVideoException(String message) {
    super(message);
  }

  public UndecodableVideoException(String message, Throwable cause) {
    super(message, cause);
  }
}
