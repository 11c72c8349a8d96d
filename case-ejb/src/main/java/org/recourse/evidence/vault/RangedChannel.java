package org.recourse.evidence.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 object read as a seekable channel: a read fetches the window of bytes from its position
 * with one ranged GET and keeps it, so reads that follow each other cost one request per window,
 * and a seek costs nothing until the next read. The window (1 MiB) matches the vault's ciphertext
 * segments, so the decrypting channel above asks for one segment per request. Bytes are held in
 * memory only, never written to disk. Not thread-safe, like most channels.
 */
final class RangedChannel implements SeekableByteChannel {

  static final int WINDOW_BYTES = 1 << 20;

  private final S3Client s3;
  private final String bucket;
  private final String key;
  private final long size;
  private final int windowBytes;
  private long position;
  private long windowStart;
  private byte[] window = new byte[0];
  private boolean open = true;

  RangedChannel(S3Client s3, String bucket, String key, long size, int windowBytes) {
    this.s3 = s3;
    this.bucket = bucket;
    this.key = key;
    this.size = size;
    this.windowBytes = windowBytes;
  }

  @Override
  public int read(ByteBuffer target) throws IOException {
    ensureOpen();
    if (position >= size) {
      return -1;
    }
    if (!target.hasRemaining()) {
      return 0;
    }
    if (position < windowStart || position >= windowStart + window.length) {
      fetch(position);
    }
    int offset = (int) (position - windowStart);
    int count = Math.min(target.remaining(), window.length - offset);
    target.put(window, offset, count);
    position += count;
    return count;
  }

  private void fetch(long from) throws IOException {
    long last = Math.min(size, from + windowBytes) - 1;
    byte[] bytes;
    try (InputStream body =
        s3.getObject(get -> get.bucket(bucket).key(key).range("bytes=" + from + "-" + last))) {
      bytes = body.readNBytes((int) (last - from + 1));
    } catch (SdkException e) {
      throw new IOException("Could not read " + key + " from the evidence bucket", e);
    }
    if (bytes.length != last - from + 1) {
      throw new IOException("The evidence bucket returned a short range of " + key);
    }
    windowStart = from;
    window = bytes;
  }

  @Override
  public int write(ByteBuffer source) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() throws IOException {
    ensureOpen();
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    ensureOpen();
    if (newPosition < 0) {
      throw new IllegalArgumentException("A position cannot be negative");
    }
    position = newPosition;
    return this;
  }

  @Override
  public long size() throws IOException {
    ensureOpen();
    return size;
  }

  @Override
  public SeekableByteChannel truncate(long newSize) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
    window = new byte[0];
  }

  private void ensureOpen() throws ClosedChannelException {
    if (!open) {
      throw new ClosedChannelException();
    }
  }
}
