package org.recourse.evidence.vpdq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.evidence.pdq.PdqResult;
import org.recourse.evidence.video.BlackBarDetector;
import org.recourse.evidence.video.CropBox;
import org.recourse.evidence.video.UndecodableVideoException;
import org.recourse.evidence.video.VideoFrame;
import org.recourse.evidence.video.VideoReader;
import org.recourse.evidence.video.VideoSource;

/**
 * Computes a video's vPDQ hash as Meta ThreatExchange's vPDQ defines it: every decoded frame, in
 * presentation order and at its decoded size, is a picture to hash with PDQ ({@link PdqHasher}),
 * and the hash keeps the frames sampled one per interval (the first at or after each multiple of
 * the interval; all frames for interval 0), each with its PDQ quality, frame number and timestamp.
 *
 * <p>Two options go beyond the reference: pruning drops a sampled frame within a few bits of the
 * one kept before it (a still scene costs one hash, not one per second), and bar cropping first
 * reads up to {@value #BAR_SAMPLES} frames a second apart to find black bars ({@link
 * BlackBarDetector}) and then hashes only the picture inside them, so a re-encode with letterbox or
 * pillarbox bars hashes like its original.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class VpdqHasher {

  static final int BAR_SAMPLES = 30;

  private final PdqHasher pdq = new PdqHasher();
  private final BlackBarDetector bars = new BlackBarDetector();
  private final VpdqSettings settings;

  public VpdqHasher(VpdqSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Hashes a video file.
   *
   * @throws UndecodableVideoException if the file is not a decodable video within the limits
   */
  public VideoHash hash(Path video) throws UndecodableVideoException {
    return hash(VideoSource.of(video));
  }

  /**
   * Hashes a video read from a source, such as a stored item's decrypting channel. With bar
   * cropping the source is opened twice: once to find the bars, once to hash.
   *
   * @throws UndecodableVideoException if the source is not a decodable video within the limits
   */
  public VideoHash hash(VideoSource video) throws UndecodableVideoException {
    CropBox area = settings.cropBlackBars() ? findPicture(video) : null;
    List<VpdqFrame> frames = new ArrayList<>();
    try (VideoReader reader = VideoReader.open(video, settings.limits())) {
      if (area == null) {
        area = CropBox.whole(reader.info().width(), reader.info().height());
      }
      double interval = settings.intervalSeconds();
      double next = interval > 0 ? 0 : Double.NEGATIVE_INFINITY;
      VpdqFrame last = null;
      for (VideoFrame frame = reader.nextAtOrAfter(next);
          frame != null;
          frame = reader.nextAtOrAfter(next)) {
        double time = frame.timestampSeconds();
        if (interval > 0) {
          next = (Math.floor(time / interval) + 1) * interval;
        }
        PdqResult result = pdq.hash(area.apply(frame.image()));
        VpdqFrame feature =
            new VpdqFrame(frame.frameNumber(), result.quality(), result.hash(), time);
        if (last != null
            && settings.pruneDistance() >= 0
            && last.hash().distanceTo(feature.hash()) <= settings.pruneDistance()) {
          continue;
        }
        frames.add(feature);
        last = feature;
      }
      return new VideoHash(reader.info(), area, frames);
    }
  }

  private CropBox findPicture(VideoSource video) throws UndecodableVideoException {
    try (VideoReader reader = VideoReader.open(video, settings.limits())) {
      // Each sampled frame votes and is dropped: thirty 4K frames held at once would not fit.
      BlackBarDetector.Votes votes = null;
      double next = 0;
      int sampled = 0;
      for (VideoFrame frame = reader.nextAtOrAfter(next);
          frame != null && sampled < BAR_SAMPLES;
          frame = reader.nextAtOrAfter(next)) {
        if (votes == null) {
          votes = bars.votes(frame.image().getWidth(), frame.image().getHeight());
        }
        votes.add(frame.image());
        sampled++;
        next = Math.floor(frame.timestampSeconds()) + 1;
      }
      return votes == null
          ? CropBox.whole(reader.info().width(), reader.info().height())
          : votes.crop();
    }
  }
}
