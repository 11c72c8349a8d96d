package org.recourse.evidence.video;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the still frames a video is previewed by, seeking to each time rather than decoding the
 * whole video: the poster is the frame a tenth into the video (past black leaders and titles), the
 * strip frames at the middles of equal parts of it. Each is the first frame shown at or after its
 * time, or the last frame if the video ends first.
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
    return framesAt(video, List.of(Math.max(0, durationSeconds) * POSTER_AT)).get(0);
  }

  /** {@code count} frames spread evenly over a video lasting {@code durationSeconds}. */
  public List<BufferedImage> strip(VideoSource video, double durationSeconds, int count)
      throws UndecodableVideoException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      times.add(Math.max(0, durationSeconds) * (i + 0.5) / count);
    }
    return framesAt(video, times);
  }

  private List<BufferedImage> framesAt(VideoSource video, List<Double> times)
      throws UndecodableVideoException {
    List<BufferedImage> frames = new ArrayList<>();
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
        frames.add(last.image());
      }
    }
    return frames;
  }
}
