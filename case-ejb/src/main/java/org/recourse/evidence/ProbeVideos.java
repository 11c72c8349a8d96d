package org.recourse.evidence;

import java.time.Duration;
import org.recourse.evidence.video.UndecodableVideoException;
import org.recourse.evidence.video.VideoLimits;
import org.recourse.evidence.video.VideoSource;
import org.recourse.evidence.vpdq.VideoHash;
import org.recourse.evidence.vpdq.VpdqHasher;
import org.recourse.evidence.vpdq.VpdqSettings;

/**
 * Hashes a video sent only to be matched, with the settings stored videos are hashed with (their
 * sampling interval, pruning and black-bar cropping), so that a copy of a stored video hashes
 * alike, and a shorter decode limit, since someone waits for the answer. The video is read from
 * memory: nothing of it is written to disk.
 */
final class ProbeVideos {

  /** How long decoding a probe may take. */
  static final Duration MAX_DECODE_TIME = Duration.ofMinutes(2);

  /** The settings of the defaults, for tests. */
  static final VpdqSettings SETTINGS = settings(VpdqSettings.DEFAULT);

  private ProbeVideos() {}

  /** The settings a probe is hashed with, given those stored videos are hashed with. */
  static VpdqSettings settings(VpdqSettings stored) {
    return new VpdqSettings(
        stored.intervalSeconds(),
        stored.pruneDistance(),
        stored.cropBlackBars(),
        stored.fillStaticOverlays(),
        new VideoLimits(
            MAX_DECODE_TIME, stored.limits().maxDimension(), stored.limits().maxPixels()));
  }

  /**
   * The vPDQ hash of a video held in memory.
   *
   * @throws UndecodableVideoException if it is not a video this server can decode within limits
   */
  static VideoHash hash(byte[] video, VpdqSettings stored) throws UndecodableVideoException {
    return new VpdqHasher(settings(stored)).hash(VideoSource.of(video));
  }
}
