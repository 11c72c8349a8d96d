package org.recourse.evidence.video;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Picks the still frames a video is previewed by, seeking to each time rather than decoding the
 * whole video: the poster is the frame a tenth into the video (past black leaders and titles), the
 * strip frames at the middles of equal parts of it. Each is the first frame shown at or after its
 * time, or the last frame if the video ends first. A strip's frames are made into what is kept of
 * them (a thumbnail) each as it is read, so that a strip holds thumbnails, not full frames.
 */
public final class VideoStills {

  /** Where the poster frame is, as a share of the duration. */
  static final double POSTER_AT = 0.1;

  private final VideoLimits limits;

  public VideoStills(VideoLimits limits) {
    this.limits = limits;
  }

  /** The poster frame of a video lasting {@code durationSeconds} (0 if unknown: its first). */
  public BufferedImage poster(VideoSource video, double durationSeconds)
      throws UndecodableVideoException {
    return framesAt(video, List.of(Math.max(0, durationSeconds) * POSTER_AT), Function.identity())
        .get(0);
  }

  /** {@code count} frames spread evenly over a video lasting {@code durationSeconds}. */
  public List<BufferedImage> strip(VideoSource video, double durationSeconds, int count)
      throws UndecodableVideoException {
    return strip(video, durationSeconds, count, Function.identity());
  }

  /**
   * {@code count} frames spread evenly over a video lasting {@code durationSeconds}, each turned by
   * {@code keep} (into a thumbnail, say) as soon as it has been read.
   */
  public <T> List<T> strip(
      VideoSource video, double durationSeconds, int count, Function<BufferedImage, T> keep)
      throws UndecodableVideoException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      times.add(Math.max(0, durationSeconds) * (i + 0.5) / count);
    }
    return framesAt(video, times, keep);
  }

  private <T> List<T> framesAt(
      VideoSource video, List<Double> times, Function<BufferedImage, T> keep)
      throws UndecodableVideoException {
    List<T> frames = new ArrayList<>();
    try (VideoReader reader = VideoReader.open(video, limits)) {
      double tolerance =
          reader.info().framesPerSecond() > 0 ? 0.5 / reader.info().framesPerSecond() : 0;
      for (double time : times) {
        reader.seek(time);
        VideoFrame last = null;
        for (VideoFrame frame = reader.next(); frame != null; frame = reader.next()) {
          last = frame;
          if (frame.timestampSeconds() >= time - tolerance) {
            break;
          }
        }
        if (last == null) {
          throw new UndecodableVideoException("No frame at " + time + " s");
        }
        frames.add(keep.apply(last.image()));
      }
    }
    return frames;
  }
}
