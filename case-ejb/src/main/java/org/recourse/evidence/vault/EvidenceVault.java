package org.recourse.evidence.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Encrypted storage for evidence files.
 *
 * <p>Each file gets a fresh 256-bit data key and is encrypted as it streams in with AES-GCM-HKDF
 * streaming AEAD (Tink; 1 MiB segments, each authenticated, so a file of any size is encrypted and
 * decrypted in constant memory and a change to any byte is detected when that segment is read). The
 * data key is wrapped with AES-256-GCM under the master key. The caller's associated data (the case
 * and item ids) is bound into both, so a file or a key moved to another item does not decrypt.
 *
 * <p>Files are written under a random name to a {@link BlobStore}, a local folder by default or an
 * S3-compatible bucket; only ciphertext ever reaches the store, and a file becomes visible under
 * its name only when complete, so an interrupted upload never looks like a stored file.
 * Thread-safe.
 */
public final class EvidenceVault {

  private static final int SEGMENT_BYTES = 1 << 20;
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final BlobStore store;
  private final Aead master;

  /**
   * A vault over a local folder.
   *
   * @param root the directory files are stored in, created if missing
   * @param masterKey 32 bytes; the caller may wipe the array afterwards
   */
  public EvidenceVault(Path root, byte[] masterKey) {
    this(new LocalBlobStore(root), masterKey);
  }

  /**
   * @param store where the ciphertext is kept
   * @param masterKey 32 bytes; the caller may wipe the array afterwards
   */
  public EvidenceVault(BlobStore store, byte[] masterKey) {
    this.store = Objects.requireNonNull(store);
    try {
      this.master = AesGcmJce.create(aesGcmKey(masterKey));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The evidence master key cannot be used", e);
    }
  }

  /** Starts a new stored file; write to {@link BlobWriter#stream()}, then commit or close. */
  public BlobWriter create(byte[] associatedData) throws IOException {
    byte[] dataKey = new byte[KEY_BYTES];
    RANDOM.nextBytes(dataKey);
    try {
      String wrapped = Base64.getEncoder().encodeToString(master.encrypt(dataKey, associatedData));
      StreamingAead aead = streamingAead(dataKey);
      String blobId = BlobIds.random();
      return new BlobWriter(blobId, wrapped, store.begin(blobId), aead, associatedData);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot set up encryption for a new file", e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /** The decrypted content of a stored file; reading it fails if the file was altered. */
  public InputStream open(String blobId, String wrappedKey, byte[] associatedData)
      throws IOException {
    Objects.requireNonNull(wrappedKey, "The file's key has been destroyed");
    byte[] dataKey = null;
    try {
      dataKey = master.decrypt(Base64.getDecoder().decode(wrappedKey), associatedData);
      InputStream encrypted = store.read(BlobIds.checked(blobId));
      return streamingAead(dataKey).newDecryptingStream(encrypted, associatedData);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new VaultException("The key of stored file " + blobId + " does not open it", e);
    } finally {
      if (dataKey != null) {
        Arrays.fill(dataKey, (byte) 0);
      }
    }
  }

  /**
   * The decrypted content of a stored file as a channel that reads and seeks (Tink's seekable
   * decrypting channel): only the 1 MiB segments read are decrypted, each authenticated as it is
   * read, so a video can be demuxed without its plaintext ever reaching the disk. Reading a segment
   * that was altered fails. The caller closes the channel, which closes the file. Over S3, each
   * segment read is one ranged GET.
   */
  public SeekableByteChannel openSeekable(String blobId, String wrappedKey, byte[] associatedData)
      throws IOException {
    Objects.requireNonNull(wrappedKey, "The file's key has been destroyed");
    byte[] dataKey = null;
    SeekableByteChannel encrypted = null;
    try {
      dataKey = master.decrypt(Base64.getDecoder().decode(wrappedKey), associatedData);
      encrypted = store.readSeekable(BlobIds.checked(blobId));
      return new DecryptingChannel(
          streamingAead(dataKey).newSeekableDecryptingChannel(encrypted, associatedData));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      if (encrypted != null) {
        encrypted.close();
      }
      throw new VaultException("The key of stored file " + blobId + " does not open it", e);
    } finally {
      if (dataKey != null) {
        Arrays.fill(dataKey, (byte) 0);
      }
    }
  }

  /** Removes a stored file; nothing happens if it is gone already. */
  public void delete(String blobId) throws IOException {
    store.delete(BlobIds.checked(blobId));
  }

  /**
   * Removes the partial files left by uploads that a stopped server never finished (a {@code kill
   * -9} in mid-upload): only those begun before {@code startedBefore}, the start of this server, so
   * a file that an upload of this server is writing is never touched. No record points at a partial
   * file, so nothing else needs to change.
   *
   * @return how many were removed
   */
  public int sweepPartials(Instant startedBefore) throws IOException {
    return store.sweepPartials(startedBefore);
  }

  /**
   * Where a stored file lies in a local store; for verification and tests.
   *
   * @throws UnsupportedOperationException if the files are not kept in a local folder
   */
  public Path location(String blobId) {
    if (store instanceof LocalBlobStore local) {
      return local.location(blobId);
    }
    throw new UnsupportedOperationException("The evidence store is not a local folder");
  }

  private static AesGcmKey aesGcmKey(byte[] key) throws GeneralSecurityException {
    AesGcmParameters parameters =
        AesGcmParameters.builder()
            .setKeySizeBytes(KEY_BYTES)
            .setIvSizeBytes(12)
            .setTagSizeBytes(16)
            .setVariant(AesGcmParameters.Variant.NO_PREFIX)
            .build();
    return AesGcmKey.builder()
        .setParameters(parameters)
        .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
        .build();
  }

  private static StreamingAead streamingAead(byte[] dataKey) throws GeneralSecurityException {
    AesGcmHkdfStreamingParameters parameters =
        AesGcmHkdfStreamingParameters.builder()
            .setKeySizeBytes(KEY_BYTES)
            .setDerivedAesGcmKeySizeBytes(KEY_BYTES)
            .setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
            .setCiphertextSegmentSizeBytes(SEGMENT_BYTES)
            .build();
    return AesGcmHkdfStreaming.create(
        AesGcmHkdfStreamingKey.create(
            parameters, SecretBytes.copyFrom(dataKey, InsecureSecretKeyAccess.get())));
  }

  /**
   * A file being written. Closing it without {@link #commit()} deletes what was written, so every
   * failure path leaves nothing behind.
   */
  public final class BlobWriter implements Closeable {

    private final String blobId;
    private final String wrappedKey;
    private final BlobStore.Upload upload;
    private final OutputStream encrypting;
    private boolean committed;

    private BlobWriter(
        String blobId,
        String wrappedKey,
        BlobStore.Upload upload,
        StreamingAead aead,
        byte[] associatedData)
        throws IOException, GeneralSecurityException {
      this.blobId = blobId;
      this.wrappedKey = wrappedKey;
      this.upload = upload;
      try {
        this.encrypting =
            aead.newEncryptingStream(
                new BufferedOutputStream(upload.stream(), 1 << 16), associatedData);
      } catch (IOException | GeneralSecurityException | RuntimeException e) {
        upload.close();
        throw e;
      }
    }

    /** Plaintext written here is encrypted before it reaches the store. */
    public OutputStream stream() {
      return encrypting;
    }

    /** Finishes the file and makes it visible under its final name. */
    public StoredBlob commit() throws IOException {
      encrypting.close();
      long storedBytes = upload.commit();
      committed = true;
      return new StoredBlob(blobId, wrappedKey, storedBytes);
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        upload.close();
      }
    }
  }
}
