package org.recourse.evidence.vpdq;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.evidence.pdq.PdqResult;
import org.recourse.evidence.video.BlackBarDetector;
import org.recourse.evidence.video.CropBox;
import org.recourse.evidence.video.OverlayMask;
import org.recourse.evidence.video.StaticOverlayDetector;
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
 * <p>Three options go beyond the reference: pruning drops a sampled frame within a few bits of the
 * one kept before it (a still scene costs one hash, not one per second); bar cropping hashes only
 * the picture inside black bars ({@link BlackBarDetector}), so a re-encode with letterbox or
 * pillarbox bars hashes like its original; and overlay filling paints a static overlay burnt into
 * moving footage (a channel logo, a watermark, a drawing) over from the picture around it ({@link
 * StaticOverlayDetector}), so a re-upload carrying one hashes like the footage under it. Both of
 * the last two first read up to {@value #SURVEY_SAMPLES} frames a second apart (the video's first
 * half minute), which costs one more decoding of that stretch.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class VpdqHasher {

  static final int SURVEY_SAMPLES = 30;

  private final PdqHasher pdq = new PdqHasher();
  private final BlackBarDetector bars = new BlackBarDetector();
  private final StaticOverlayDetector overlays = new StaticOverlayDetector();
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
   * cropping or overlay filling the source is opened twice: once to find the bars and the overlay,
   * once to hash.
   *
   * @throws UndecodableVideoException if the source is not a decodable video within the limits
   */
  public VideoHash hash(VideoSource video) throws UndecodableVideoException {
    Picture picture =
        settings.cropBlackBars() || settings.fillStaticOverlays() ? survey(video) : null;
    List<VpdqFrame> frames = new ArrayList<>();
    try (VideoReader reader = VideoReader.open(video, settings.limits())) {
      CropBox area =
          picture == null
              ? CropBox.whole(reader.info().width(), reader.info().height())
              : picture.area();
      OverlayMask overlay = picture == null ? OverlayMask.NONE : picture.overlay();
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
        BufferedImage image = frame.image();
        overlay.paintOver(image);
        PdqResult result = pdq.hash(area.apply(image));
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

  /** What the hash is taken of: the area inside any bars, and the overlay to paint over. */
  private record Picture(CropBox area, OverlayMask overlay) {}

  private Picture survey(VideoSource video) throws UndecodableVideoException {
    try (VideoReader reader = VideoReader.open(video, settings.limits())) {
      // Each sampled frame votes and is dropped: thirty 4K frames held at once would not fit.
      BlackBarDetector.Votes barVotes = null;
      StaticOverlayDetector.Votes overlayVotes = null;
      CropBox whole = CropBox.whole(reader.info().width(), reader.info().height());
      double next = 0;
      int sampled = 0;
      for (VideoFrame frame = reader.nextAtOrAfter(next);
          frame != null && sampled < SURVEY_SAMPLES;
          frame = reader.nextAtOrAfter(next)) {
        BufferedImage image = frame.image();
        if (barVotes == null) {
          whole = CropBox.whole(image.getWidth(), image.getHeight());
          barVotes = bars.votes(image.getWidth(), image.getHeight());
          overlayVotes = overlays.votes(image.getWidth(), image.getHeight());
        }
        barVotes.add(image);
        if (settings.fillStaticOverlays()) {
          overlayVotes.add(image);
        }
        sampled++;
        next = Math.floor(frame.timestampSeconds()) + 1;
      }
      if (barVotes == null) {
        return new Picture(whole, OverlayMask.NONE);
      }
      CropBox area = settings.cropBlackBars() ? barVotes.crop() : whole;
      OverlayMask overlay =
          settings.fillStaticOverlays() ? overlayVotes.mask(area) : OverlayMask.NONE;
      return new Picture(area, overlay);
    }
  }
}
