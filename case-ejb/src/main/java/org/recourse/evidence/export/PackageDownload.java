package org.recourse.evidence.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A package to hand out that records itself: writing it streams the ZIP and then records its
 * SHA-256 and size on the chain of custody of every item in it, so no caller can send a package
 * without the record. The record is made after the last byte is written and flushed, in the
 * caller's thread and as the caller, outside the transaction that prepared the package.
 */
public final class PackageDownload {

  /** Writes the package to a stream it does not close. */
  @FunctionalInterface
  public interface Writer {
    ExportJob.Written writeTo(OutputStream out) throws IOException;
  }

  /** Records a written package. */
  @FunctionalInterface
  public interface Recorder {
    void record(ExportJob.Written written);
  }

  private final String fileName;
  private final Writer writer;
  private final Recorder recorder;

  public PackageDownload(String fileName, Writer writer, Recorder recorder) {
    this.fileName = fileName;
    this.writer = writer;
    this.recorder = recorder;
  }

  /** The name the download should carry. */
  public String fileName() {
    return fileName;
  }

  /** Writes the package to {@code out} (which stays open), flushes it, then records it. */
  public ExportJob.Written writeTo(OutputStream out) throws IOException {
    ExportJob.Written written = writer.writeTo(out);
    out.flush();
    recorder.record(written);
    return written;
  }
}
