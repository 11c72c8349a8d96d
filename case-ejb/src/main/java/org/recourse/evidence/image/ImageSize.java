package org.recourse.evidence.image;

/**
 * The width and height in pixels that an image file declares in its header, or that a decoded image
 * has. The product, not either side, is what decides how much memory and time decoding costs, so
 * limits are placed on {@link #pixels()}.
 *
 * @param width at least 1
 * @param height at least 1
 */
public record ImageSize(int width, int height) {

  public ImageSize {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "An image is at least 1 by 1, got " + width + " by " + height);
    }
  }

  /** Returns {@code width * height}, which may exceed the range of an {@code int}. */
  public long pixels() {
    return (long) width * height;
  }
}
