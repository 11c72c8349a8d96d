package org.recourse.evidence.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * An upload of a given length made up as it is read, so gigabytes can be sent without a file or a
 * buffer of that size: a PDF header, which the ingestor accepts, then pseudo-random bytes, which no
 * step can compress or skip.
 */
final class SyntheticUpload extends InputStream {

  private static final byte[] HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

  private final long length;
  private final SplittableRandom random;
  private volatile long position;

  SyntheticUpload(long length, long seed) {
    if (length < HEADER.length) {
      throw new IllegalArgumentException("An upload needs at least the header's bytes");
    }
    this.length = length;
    this.random = new SplittableRandom(seed);
  }

  /** How many bytes have been read so far; safe to call from another thread. */
  long position() {
    return position;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) {
    long at = position;
    if (at >= length) {
      return -1;
    }
    int n = (int) Math.min(count, length - at);
    int i = 0;
    while (i < n && at + i < HEADER.length) {
      buffer[offset + i] = HEADER[(int) (at + i)];
      i++;
    }
    while (i < n) {
      long bits = random.nextLong();
      for (int b = 0; b < Long.BYTES && i < n; b++, i++) {
        buffer[offset + i] = (byte) bits;
        bits >>>= 8;
      }
    }
    position = at + n;
    return n;
  }
}
