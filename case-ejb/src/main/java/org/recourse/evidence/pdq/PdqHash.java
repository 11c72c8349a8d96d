package org.recourse.evidence.pdq;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A 256-bit PDQ perceptual hash.
 *
 * <p>Two images are considered the same picture when the Hamming distance between their hashes is
 * small: the PDQ reference treats a distance of at most {@value #MATCH_THRESHOLD} bits as a match,
 * while unrelated images are on average 128 bits apart. Equality of hashes is therefore rarely the
 * right question; use {@link #distanceTo(PdqHash)}.
 *
 * <p>The textual form is the one used by the reference implementation and by hash-sharing
 * programmes such as ThreatExchange: 64 lowercase hex digits reading the hash as one big-endian
 * 256-bit number, where bit {@code 16 * i + j} (worth 2<sup>16i+j</sup>) is the comparison result
 * for DCT coefficient row {@code i}, column {@code j}. See "The TMK+PDQF and PDQ hashing
 * algorithms", facebook/ThreatExchange, {@code hashing/hashing.pdf}.
 */
public final class PdqHash {

  /** Distance at or below which the PDQ reference considers two hashes to match. */
  public static final int MATCH_THRESHOLD = 31;

  /** Number of bits in a hash. */
  public static final int BITS = 256;

  private static final int HEX_LENGTH = BITS / 4;
  private static final HexFormat HEX = HexFormat.of();

  /** Big-endian: {@code words[0]} holds the most significant 64 bits, bits 255 to 192. */
  private final long[] words;

  private PdqHash(long[] words) {
    this.words = words;
  }

  /**
   * Parses the 64-digit hex form. Upper- and lowercase digits are accepted.
   *
   * @throws IllegalArgumentException if {@code hex} is not exactly 64 hex digits
   */
  public static PdqHash fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    if (hex.length() != HEX_LENGTH) {
      throw new IllegalArgumentException(
          "A PDQ hash has " + HEX_LENGTH + " hex digits, got " + hex.length());
    }
    long[] words = new long[4];
    for (int i = 0; i < HEX_LENGTH; i++) {
      int digit = Character.digit(hex.charAt(i), 16);
      if (digit < 0) {
        throw new IllegalArgumentException("Not a hex digit at position " + i + " of PDQ hash");
      }
      words[i / 16] = (words[i / 16] << 4) | digit;
    }
    return new PdqHash(words);
  }

  /**
   * Builds a hash from the 256 comparison results, {@code bits[16 * i + j]} being the result for
   * DCT coefficient row {@code i}, column {@code j}.
   */
  static PdqHash fromBits(boolean[] bits) {
    if (bits.length != BITS) {
      throw new IllegalArgumentException("Expected " + BITS + " bits, got " + bits.length);
    }
    long[] words = new long[4];
    for (int k = 0; k < BITS; k++) {
      if (bits[k]) {
        words[3 - (k >>> 6)] |= 1L << (k & 63);
      }
    }
    return new PdqHash(words);
  }

  /** Returns the 64 lowercase hex digits of this hash. */
  public String toHex() {
    StringBuilder hex = new StringBuilder(HEX_LENGTH);
    for (long word : words) {
      hex.append(HEX.toHexDigits(word));
    }
    return hex.toString();
  }

  /** Returns the number of bits in which this hash differs from {@code other}, from 0 to 256. */
  public int distanceTo(PdqHash other) {
    int distance = 0;
    for (int i = 0; i < words.length; i++) {
      distance += Long.bitCount(words[i] ^ other.words[i]);
    }
    return distance;
  }

  /** Returns whether {@code other} is within {@link #MATCH_THRESHOLD} bits of this hash. */
  public boolean matches(PdqHash other) {
    return distanceTo(other) <= MATCH_THRESHOLD;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PdqHash other && Arrays.equals(words, other.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }

  /** Returns the hex form, as {@link #toHex()}. */
  @Override
  public String toString() {
    return toHex();
  }
}
