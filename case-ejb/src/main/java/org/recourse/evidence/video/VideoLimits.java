package org.recourse.evidence.video;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work one video may cost: decoding stops with an {@link UndecodableVideoException}
 * once it has run for {@code maxDecodeTime}, and a video whose frames are wider or taller than
 * {@code maxDimension} pixels, or hold more than {@code maxPixels} pixels, is refused before any
 * frame is decoded and again at any frame that grows past them (a stream may change size midway).
 * The pixel bound is what bounds memory: a decoded frame and its RGB copy take about five bytes a
 * pixel, and 8192 by 8192 would be 300 MB a frame.
 */
public record VideoLimits(Duration maxDecodeTime, int maxDimension, long maxPixels) {

  /** Twice 4K UHD (3840 by 2160): every camera and phone video, with room to spare. */
  public static final long DEFAULT_MAX_PIXELS = 2L * 3840 * 2160;

  /** Ten minutes and 8192 pixels: room for an hour of HD, no room for a decompression bomb. */
  public static final VideoLimits DEFAULT = new VideoLimits(Duration.ofMinutes(10), 8192);

  public VideoLimits {
    Objects.requireNonNull(maxDecodeTime, "maxDecodeTime");
    if (maxDecodeTime.isNegative() || maxDecodeTime.isZero()) {
      throw new IllegalArgumentException("maxDecodeTime must be positive: " + maxDecodeTime);
    }
    if (maxDimension < 1) {
      throw new IllegalArgumentException("maxDimension must be positive: " + maxDimension);
    }
    if (maxPixels < 1) {
      throw new IllegalArgumentException("maxPixels must be positive: " + maxPixels);
    }
  }

  /** Limits with at most {@link #DEFAULT_MAX_PIXELS} pixels a frame. */
  public VideoLimits(Duration maxDecodeTime, int maxDimension) {
    this(maxDecodeTime, maxDimension, DEFAULT_MAX_PIXELS);
  }
}
