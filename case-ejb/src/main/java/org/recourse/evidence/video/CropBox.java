package org.recourse.evidence.video;

import java.awt.image.BufferedImage;

/**
 * The part of a frame that shows the picture, without black bars: {@code width} by {@code height}
 * pixels from ({@code x}, {@code y}).
 */
public record CropBox(int x, int y, int width, int height) {

  public CropBox {
    if (x < 0 || y < 0 || width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "Invalid crop " + x + "," + y + " " + width + "x" + height);
    }
  }

  /** The whole of a {@code width} by {@code height} frame. */
  public static CropBox whole(int width, int height) {
    return new CropBox(0, 0, width, height);
  }

  /** Whether this box leaves the frame of the given size uncut. */
  public boolean isWhole(int frameWidth, int frameHeight) {
    return x == 0 && y == 0 && width == frameWidth && height == frameHeight;
  }

  /**
   * The boxed part of {@code image}, sharing its pixels; the image itself when the box covers it or
   * does not fit it (a stream that changes size mid-way is hashed uncut).
   */
  public BufferedImage apply(BufferedImage image) {
    if (isWhole(image.getWidth(), image.getHeight())
        || x + width > image.getWidth()
        || y + height > image.getHeight()) {
      return image;
    }
    return image.getSubimage(x, y, width, height);
  }
}
