package org.recourse.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.recourse.evidence.video.UndecodableVideoException;
import org.recourse.evidence.video.VideoLimits;
import org.recourse.evidence.vpdq.VideoHash;
import org.recourse.evidence.vpdq.VpdqHasher;
import org.recourse.evidence.vpdq.VpdqSettings;

/**
 * Hashes a video sent only to be matched, with the settings stored videos are hashed with (one
 * frame a second, black bars cropped) and a shorter decode limit, since someone waits for the
 * answer.
 *
 * <p>Until the video reader opens a {@code VideoSource} from memory, the bytes pass through a
 * temporary file readable by the server's user only, deleted as soon as the frames are hashed (also
 * on failure). This class is the one place to switch to {@code
 * VpdqHasher.hash(VideoSource.of(bytes))} once that exists.
 */
final class ProbeVideos {

  /** How long decoding a probe may take. */
  static final Duration MAX_DECODE_TIME = Duration.ofMinutes(2);

  static final VpdqSettings SETTINGS =
      new VpdqSettings(
          VpdqSettings.DEFAULT.intervalSeconds(),
          VpdqSettings.DEFAULT.pruneDistance(),
          VpdqSettings.DEFAULT.cropBlackBars(),
          new VideoLimits(MAX_DECODE_TIME, VideoLimits.DEFAULT.maxDimension()));

  private ProbeVideos() {}

  /**
   * The vPDQ hash of a video held in memory.
   *
   * @throws UndecodableVideoException if it is not a video this server can decode within limits
   */
  static VideoHash hash(byte[] video) throws IOException {
    Path file = Files.createTempFile("recourse-probe-", ".video");
    try {
      Files.write(file, video);
      return new VpdqHasher(SETTINGS).hash(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
