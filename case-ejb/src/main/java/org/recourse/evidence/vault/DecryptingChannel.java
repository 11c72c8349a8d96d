package org.recourse.evidence.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * Tink's seekable decrypting channel as a {@link SeekableByteChannel} should behave: a read at or
 * past the end answers -1 (Tink's answers 0, on which a reader waiting for data would spin), and it
 * is read-only.
 */
final class DecryptingChannel implements SeekableByteChannel {

  private final SeekableByteChannel plaintext;

  DecryptingChannel(SeekableByteChannel plaintext) {
    this.plaintext = plaintext;
  }

  @Override
  public int read(ByteBuffer target) throws IOException {
    if (!target.hasRemaining()) {
      return 0;
    }
    if (plaintext.position() >= plaintext.size()) {
      return -1;
    }
    int count = plaintext.read(target);
    return count == 0 ? -1 : count;
  }

  @Override
  public int write(ByteBuffer source) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() throws IOException {
    return plaintext.position();
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    plaintext.position(newPosition);
    return this;
  }

  @Override
  public long size() throws IOException {
    return plaintext.size();
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return plaintext.isOpen();
  }

  @Override
  public void close() throws IOException {
    plaintext.close();
  }
}
