/**
 * PDQ perceptual hashing of evidence images.
 *
 * <p>A claimant often needs to know whether an intimate image of them has been posted again,
 * perhaps recompressed, resized or lightly edited, and the image must not be sent anywhere to find
 * out. Recourse hashes evidence images with PDQ so that only the 256-bit hash is ever compared,
 * whether against hashes of newly found uploads or through the hash-matching programmes of
 * platforms; the image itself never leaves the organisation. Two hashes within {@link
 * org.recourse.evidence.pdq.PdqHash#MATCH_THRESHOLD} bits of each other almost always denote the
 * same picture. A hash is far too small to hold the picture, but it keeps a coarse trace of its
 * light and dark areas, so hashes are still treated as case data rather than published. The
 * algorithm is Meta's, as published in "The TMK+PDQF and PDQ hashing algorithms"
 * (facebook/ThreatExchange, {@code hashing/hashing.pdf}); this package implements that description
 * independently, using only the JDK.
 */
package org.recourse.evidence.pdq;
