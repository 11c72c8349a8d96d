package org.recourse.evidence.image;

import java.io.IOException;

/**
 * An image declares more pixels than the server will decode. A few kilobytes of PNG or JPEG can
 * declare billions of pixels (a decompression bomb), so the declared size is checked before any
 * pixel is decoded and such an image is refused whatever its file size.
 */
public final class ImageTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final int declaredWidth;
  private final int declaredHeight;
  private final long limit;

  public ImageTooLargeException(ImageSize declared, long limit) {
    super(
        "The image declares "
            + declared.width()
            + " \u00d7 "
            + declared.height()
            + " pixels; at most "
            + limit
            + " are accepted");
    this.declaredWidth = declared.width();
    this.declaredHeight = declared.height();
    this.limit = limit;
  }

  /** Returns the size the image header declares. */
  public ImageSize declared() {
    return new ImageSize(declaredWidth, declaredHeight);
  }

  /** Returns the largest number of pixels accepted. */
  public long limit() {
    return limit;
  }
}
