package org.recourse.evidence.pdq;

import java.io.IOException;

/** Thrown when the bytes handed to {@link PdqHasher} cannot be decoded as a supported image. */
public class UnreadableImageException extends IOException {

  private static final long serialVersionUID = 1L;

  public UnreadableImageException(String message) {
    super(message);
  }

  public UnreadableImageException(String message, Throwable cause) {
    super(message, cause);
  }
}
