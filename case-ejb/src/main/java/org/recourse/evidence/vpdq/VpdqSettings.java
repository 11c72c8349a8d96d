package org.recourse.evidence.vpdq;

import java.util.Objects;
import org.recourse.evidence.video.VideoLimits;

/**
 * How a video is hashed.
 *
 * @param intervalSeconds one frame is kept per interval: the first whose timestamp is at or after
 *     each multiple of it, as the reference samples; 0 keeps every frame
 * @param pruneDistance a kept frame within this many bits of the previous kept frame is dropped as
 *     near-identical; negative keeps them all
 * @param cropBlackBars whether black bars found over the video are cut off before hashing (not in
 *     the reference)
 * @param fillStaticOverlays whether a static overlay found over moving footage (a logo, a
 *     watermark, a drawing burnt in) is painted over from the picture around it before hashing (not
 *     in the reference)
 * @param limits bounds on decoding
 */
public record VpdqSettings(
    double intervalSeconds,
    int pruneDistance,
    boolean cropBlackBars,
    boolean fillStaticOverlays,
    VideoLimits limits) {

  /** What the reference vectors were made with: every frame, nothing pruned, nothing cropped. */
  public static final VpdqSettings REFERENCE =
      new VpdqSettings(0, -1, false, false, VideoLimits.DEFAULT);

  /**
   * For storing evidence: one frame per second, bars cropped, overlays painted over, none pruned.
   */
  public static final VpdqSettings DEFAULT =
      new VpdqSettings(1, -1, true, true, VideoLimits.DEFAULT);

  public VpdqSettings {
    Objects.requireNonNull(limits, "limits");
    if (!(intervalSeconds >= 0) || Double.isInfinite(intervalSeconds)) {
      throw new IllegalArgumentException("interval must be 0 or more seconds: " + intervalSeconds);
    }
  }

  public VpdqSettings withCropBlackBars(boolean crop) {
    return new VpdqSettings(intervalSeconds, pruneDistance, crop, fillStaticOverlays, limits);
  }

  public VpdqSettings withFillStaticOverlays(boolean fill) {
    return new VpdqSettings(intervalSeconds, pruneDistance, cropBlackBars, fill, limits);
  }

  public VpdqSettings withInterval(double seconds) {
    return new VpdqSettings(seconds, pruneDistance, cropBlackBars, fillStaticOverlays, limits);
  }

  public VpdqSettings withPruneDistance(int distance) {
    return new VpdqSettings(intervalSeconds, distance, cropBlackBars, fillStaticOverlays, limits);
  }
}
