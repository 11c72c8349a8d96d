package org.recourse.evidence.pdq;

import java.util.Objects;

/**
 * The PDQ hash of one image together with its quality.
 *
 * <p>Quality runs from 0 to 100 and measures how much gradient (detail) the downsampled image has.
 * Near-uniform images, such as a blank frame or a smooth gradient, get a low quality, and their
 * hashes match many unrelated images, so callers should not act on a match of a low-quality hash
 * without human review.
 *
 * @param hash the 256-bit hash
 * @param quality 0 (featureless) to 100
 */
public record PdqResult(PdqHash hash, int quality) {

  public PdqResult {
    Objects.requireNonNull(hash, "hash");
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("PDQ quality must be in 0..100, got " + quality);
    }
  }
}
