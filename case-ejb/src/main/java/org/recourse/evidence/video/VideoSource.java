package org.recourse.evidence.video;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a video's bytes come from: anything that can be opened, more than once, as a channel that
 * reads and seeks (MP4 and MOV keep their index at the end, so demuxing seeks). The evidence vault
 * opens its decrypting channel this way, so a stored video is decoded without its plaintext ever
 * reaching the disk; a probe sent only to be matched is read from memory.
 */
@FunctionalInterface
public interface VideoSource {

  /** A new channel over the whole video, positioned at its start; the caller closes it. */
  SeekableByteChannel open() throws IOException;

  /** A video in a local file. */
  static VideoSource of(Path file) {
    return () -> Files.newByteChannel(file, StandardOpenOption.READ);
  }

  /** A video held in memory; the array is not copied and must not change. */
  static VideoSource of(byte[] bytes) {
    return () -> new InMemory(bytes);
  }

  /** A read-only channel over a byte array. */
  final class InMemory implements SeekableByteChannel {
    private final byte[] bytes;
    private long position;
    private boolean open = true;

    InMemory(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
      ensureOpen();
      if (position >= bytes.length) {
        return -1;
      }
      int count = (int) Math.min(target.remaining(), bytes.length - position);
      target.put(bytes, (int) position, count);
      position += count;
      return count;
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
        throw new IllegalArgumentException("negative position " + newPosition);
      }
      position = newPosition;
      return this;
    }

    @Override
    public long size() throws IOException {
      ensureOpen();
      return bytes.length;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }

    private void ensureOpen() throws ClosedChannelException {
      if (!open) {
        throw new ClosedChannelException();
      }
    }
  }
}
