package org.recourse.evidence.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes a package through to the response while counting its bytes and hashing them with SHA-256,
 * so the package's own hash can be recorded on every item it carries without writing it twice.
 * Closing it only flushes: the response stream stays open for whoever owns it.
 */
public final class CountingDigestOutputStream extends FilterOutputStream {

  private final MessageDigest sha256;
  private long count;

  /** Counts and hashes what is written to {@code out}. */
  public CountingDigestOutputStream(OutputStream out) {
    super(out);
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    sha256.update(b, off, len);
    count += len;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    sha256.update((byte) b);
    count++;
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  /** The SHA-256 (hex) and size of everything written so far; call once, at the end. */
  public ExportJob.Written written() {
    return new ExportJob.Written(HexFormat.of().formatHex(sha256.digest()), count);
  }
}
