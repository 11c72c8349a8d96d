package org.recourse.evidence.video;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work one video may cost: decoding stops with an {@link UndecodableVideoException}
 * once it has run for {@code maxDecodeTime}, and a video whose frames are wider or taller than
 * {@code maxDimension} pixels is refused before any frame is decoded.
 */
public record VideoLimits(Duration maxDecodeTime, int maxDimension) {

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
  }
}
