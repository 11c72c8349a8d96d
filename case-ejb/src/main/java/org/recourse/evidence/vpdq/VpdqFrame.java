package org.recourse.evidence.vpdq;

import java.util.Objects;
import org.recourse.evidence.pdq.PdqHash;

/**
 * The vPDQ feature of one video frame (Meta ThreatExchange vPDQ): the frame's PDQ hash, the PDQ
 * quality of the frame (0 to 100; the reference ignores frames below 50 when matching), its number
 * among all decoded frames, counted from 0, and its presentation time in seconds.
 */
public record VpdqFrame(int frameNumber, int quality, PdqHash hash, double timestampSeconds) {

  public VpdqFrame {
    Objects.requireNonNull(hash, "hash");
    if (frameNumber < 0) {
      throw new IllegalArgumentException("negative frame number " + frameNumber);
    }
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality outside 0..100: " + quality);
    }
  }
}
