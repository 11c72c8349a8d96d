package org.recourse.evidence.vault;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.time.Instant;

/**
 * Where the vault's ciphertext lives: a local folder ({@link LocalBlobStore}) or an S3-compatible
 * bucket ({@link S3BlobStore}). A store only ever sees bytes the vault has already encrypted; it
 * knows nothing of keys. Blob ids are 32 lower-case hex digits chosen by the vault.
 *
 * <p>Writing is all-or-nothing: what is written to an {@link Upload} becomes visible under its id
 * only on {@link Upload#commit()}, and an upload closed without a commit leaves nothing readable
 * behind (what a crashed server leaves unfinished is removed by {@link #sweepPartials}).
 */
public interface BlobStore {

  /** Starts writing a new blob under an id nothing is stored under yet. */
  Upload begin(String blobId) throws IOException;

  /**
   * The stored bytes of a blob.
   *
   * @throws java.nio.file.NoSuchFileException if nothing is stored under the id
   */
  InputStream read(String blobId) throws IOException;

  /**
   * The stored bytes of a blob as a read-only channel that seeks, so that only the parts read are
   * fetched.
   *
   * @throws java.nio.file.NoSuchFileException if nothing is stored under the id
   */
  SeekableByteChannel readSeekable(String blobId) throws IOException;

  /** Removes a stored blob; nothing happens if it is gone already. */
  void delete(String blobId) throws IOException;

  /**
   * Removes the unfinished uploads that a stopped server left behind: only those begun before
   * {@code startedBefore}, so an upload still running on this server is never touched.
   *
   * @return how many were removed
   */
  int sweepPartials(Instant startedBefore) throws IOException;

  /**
   * A blob being written. Closing it without {@link #commit()} discards what was written.
   * Implementations are used by one thread at a time.
   */
  interface Upload extends Closeable {

    /** Where the ciphertext is written. */
    OutputStream stream();

    /**
     * Makes what was written visible under the blob's id, all at once; the stream must have been
     * closed.
     *
     * @return the stored size in bytes
     */
    long commit() throws IOException;

    /** Discards the upload unless it was committed. */
    @Override
    void close() throws IOException;
  }
}
