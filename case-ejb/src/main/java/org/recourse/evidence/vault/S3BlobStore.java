package org.recourse.evidence.vault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects in an S3-compatible bucket, under {@code <2 hex>/<32 hex>} like the local
 * folder. The bucket sees ciphertext only.
 *
 * <p>A blob is written all-or-nothing: up to {@link #PART_BYTES} it is held in memory and stored
 * with one PUT on commit; a larger one is sent as a multipart upload, part by part as it streams
 * in, which S3 makes visible under its key only when the upload is completed on commit. An upload
 * closed without a commit is aborted, and one that a killed server left open is aborted by {@link
 * #sweepPartials} once it is a day old: the bucket is shared by every node, and an upload begun
 * before this node started may be another node's, still running. Reading seeks with ranged GETs
 * ({@link RangedChannel}), so a video is demuxed and decoded without the object ever being copied
 * to the node's disk. Thread-safe; the client is the caller's to close.
 */
public final class S3BlobStore implements BlobStore {

  /** The size of a multipart upload's parts; S3 wants at least 5 MiB for all but the last. */
  public static final int PART_BYTES = 8 << 20;

  /** How old an unfinished upload must be before a sweep takes it for abandoned. */
  public static final Duration ABANDONED_AFTER = Duration.ofDays(1);

  private final S3Client s3;
  private final String bucket;
  private final Clock clock;
  private final Duration abandonedAfter;

  public S3BlobStore(S3Client s3, String bucket) {
    this(s3, bucket, Clock.systemUTC(), ABANDONED_AFTER);
  }

  S3BlobStore(S3Client s3, String bucket, Clock clock, Duration abandonedAfter) {
    this.s3 = Objects.requireNonNull(s3);
    this.bucket = Objects.requireNonNull(bucket);
    this.clock = Objects.requireNonNull(clock);
    this.abandonedAfter = Objects.requireNonNull(abandonedAfter);
  }

  @Override
  public Upload begin(String blobId) {
    return new ObjectUpload(key(blobId));
  }

  @Override
  public InputStream read(String blobId) throws IOException {
    String key = key(blobId);
    try {
      return s3.getObject(get -> get.bucket(bucket).key(key));
    } catch (SdkException e) {
      throw failure("read", key, e);
    }
  }

  @Override
  public SeekableByteChannel readSeekable(String blobId) throws IOException {
    String key = key(blobId);
    try {
      long size = s3.headObject(head -> head.bucket(bucket).key(key)).contentLength();
      return new RangedChannel(s3, bucket, key, size, RangedChannel.WINDOW_BYTES);
    } catch (SdkException e) {
      throw failure("read", key, e);
    }
  }

  @Override
  public void delete(String blobId) throws IOException {
    String key = key(blobId);
    try {
      s3.deleteObject(delete -> delete.bucket(bucket).key(key));
    } catch (SdkException e) {
      throw failure("delete", key, e);
    }
  }

  /**
   * Aborts the multipart uploads of blobs begun before {@code startedBefore} and at least {@link
   * #ABANDONED_AFTER} ago.
   */
  @Override
  public int sweepPartials(Instant startedBefore) throws IOException {
    Instant oldEnough = clock.instant().minus(abandonedAfter);
    Instant cutOff = startedBefore.isBefore(oldEnough) ? startedBefore : oldEnough;
    int removed = 0;
    try {
      for (MultipartUpload upload :
          s3.listMultipartUploadsPaginator(list -> list.bucket(bucket)).uploads()) {
        if (isBlobKey(upload.key())
            && upload.initiated() != null
            && upload.initiated().isBefore(cutOff)) {
          s3.abortMultipartUpload(
              abort -> abort.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
          removed++;
        }
      }
    } catch (SdkException e) {
      throw new IOException("Could not sweep unfinished uploads from the evidence bucket", e);
    }
    return removed;
  }

  /** The object key of a blob. */
  static String key(String blobId) {
    BlobIds.checked(blobId);
    return blobId.substring(0, 2) + "/" + blobId;
  }

  /** Whether a key is one {@link #key} makes: a blob id under a folder named by its first byte. */
  private static boolean isBlobKey(String key) {
    return key != null
        && key.matches("[0-9a-f]{2}/[0-9a-f]{32}")
        && key.regionMatches(0, key, 3, 2);
  }

  private IOException failure(String action, String key, SdkException e) {
    if (e instanceof NoSuchKeyException
        || (e instanceof S3Exception s3Exception && s3Exception.statusCode() == 404)) {
      NoSuchFileException missing = new NoSuchFileException(bucket + "/" + key);
      missing.initCause(e);
      return missing;
    }
    return new IOException("Could not " + action + " " + key + " in the evidence bucket", e);
  }

  /**
   * One blob on its way into the bucket. Its stream only collects bytes; parts are sent as they
   * fill, the rest on {@link #commit()}.
   */
  private final class ObjectUpload implements Upload {

    private final String key;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(1 << 16);
    private final List<CompletedPart> parts = new ArrayList<>();
    private final OutputStream stream = new PartStream();
    private String uploadId;
    private long sent;
    private boolean committed;
    private boolean closed;

    /** A part could not be sent: the object would lack it, so it must never be completed. */
    private boolean failed;

    ObjectUpload(String key) {
      this.key = key;
    }

    @Override
    public OutputStream stream() {
      return stream;
    }

    @Override
    public long commit() throws IOException {
      if (closed) {
        throw new IOException("The upload of " + key + " was discarded");
      }
      if (failed) {
        throw new IOException("A part of " + key + " could not be sent; the upload is not stored");
      }
      try {
        if (uploadId == null) {
          byte[] whole = pending.toByteArray();
          s3.putObject(
              put -> put.bucket(bucket).key(key).contentType("application/octet-stream"),
              RequestBody.fromBytes(whole));
          sent = whole.length;
        } else {
          if (pending.size() > 0) {
            sendPart();
          }
          s3.completeMultipartUpload(
              complete ->
                  complete
                      .bucket(bucket)
                      .key(key)
                      .uploadId(uploadId)
                      .multipartUpload(done -> done.parts(parts)));
        }
      } catch (SdkException e) {
        IOException failure =
            new IOException("Could not store " + key + " in the evidence bucket", e);
        discard(failure);
        throw failure;
      }
      committed = true;
      closed = true;
      pending.reset();
      return sent;
    }

    @Override
    public void close() throws IOException {
      if (committed || closed) {
        return;
      }
      IOException failure =
          new IOException("Could not abort the upload of " + key + "; the next sweep removes it");
      discard(failure);
      if (failure.getSuppressed().length > 0) {
        throw failure;
      }
    }

    /** Drops what was collected and aborts the multipart upload, if one was begun. */
    private void discard(IOException failures) {
      closed = true;
      pending.reset();
      if (uploadId != null) {
        try {
          s3.abortMultipartUpload(abort -> abort.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
          failures.addSuppressed(e);
        }
      }
    }

    private void sendPart() {
      if (uploadId == null) {
        uploadId =
            s3.createMultipartUpload(
                    create ->
                        create.bucket(bucket).key(key).contentType("application/octet-stream"))
                .uploadId();
      }
      byte[] part = pending.toByteArray();
      pending.reset();
      int number = parts.size() + 1;
      String eTag =
          s3.uploadPart(
                  upload -> upload.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                  RequestBody.fromBytes(part))
              .eTag();
      parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
      sent += part.length;
    }

    /** Collects what is written; each full part goes to the bucket at once. */
    private final class PartStream extends OutputStream {

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (closed || failed) {
          throw new IOException("The upload of " + key + " is closed");
        }
        int at = offset;
        int left = length;
        while (left > 0) {
          int count = Math.min(left, PART_BYTES - pending.size());
          pending.write(bytes, at, count);
          at += count;
          left -= count;
          if (pending.size() == PART_BYTES) {
            try {
              sendPart();
            } catch (SdkException e) {
              failed = true;
              throw new IOException("Could not send a part of " + key + " to the bucket", e);
            }
          }
        }
      }
    }
  }
}
