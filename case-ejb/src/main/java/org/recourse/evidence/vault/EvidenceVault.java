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
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Encrypted storage for evidence files.
 *
 * <p>Each file gets a fresh 256-bit data key and is encrypted as it streams in with AES-GCM-HKDF
 * streaming AEAD (Tink; 1 MiB segments, each authenticated, so a file of any size is encrypted and
 * decrypted in constant memory and a change to any byte is detected when that segment is read). The
 * data key is wrapped with AES-256-GCM under the master key. The caller's associated data (the case
 * and item ids) is bound into both, so a file or a key moved to another item does not decrypt.
 *
 * <p>Files are written under a random name to {@code <root>/<2 hex>/<32 hex>.partial} and renamed
 * when complete, so an interrupted upload never looks like a stored file; nothing but ciphertext is
 * ever written. Thread-safe.
 */
public final class EvidenceVault {

  private static final int SEGMENT_BYTES = 1 << 20;
  private static final int KEY_BYTES = 32;
  private static final String PARTIAL = ".partial";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path root;
  private final Aead master;

  /**
   * @param root the directory files are stored in, created if missing
   * @param masterKey 32 bytes; the caller may wipe the array afterwards
   */
  public EvidenceVault(Path root, byte[] masterKey) {
    this.root = root.toAbsolutePath();
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
      String blobId = randomId();
      Path partial = partialPath(blobId);
      Files.createDirectories(shard(blobId));
      OutputStream file = Files.newOutputStream(createOwnerOnly(partial), StandardOpenOption.WRITE);
      return new BlobWriter(blobId, wrapped, partial, file, aead, associatedData);
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
      InputStream encrypted = Files.newInputStream(location(blobId));
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
   * that was altered fails. The caller closes the channel, which closes the file.
   */
  public SeekableByteChannel openSeekable(String blobId, String wrappedKey, byte[] associatedData)
      throws IOException {
    Objects.requireNonNull(wrappedKey, "The file's key has been destroyed");
    byte[] dataKey = null;
    SeekableByteChannel encrypted = null;
    try {
      dataKey = master.decrypt(Base64.getDecoder().decode(wrappedKey), associatedData);
      encrypted = Files.newByteChannel(location(blobId), StandardOpenOption.READ);
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
    Files.deleteIfExists(location(blobId));
  }

  /**
   * Removes the partial files left by uploads that a stopped server never finished (a {@code kill
   * -9} in mid-upload): only those last written before {@code startedBefore}, the start of this
   * server, so a file that an upload of this server is writing is never touched. No record points
   * at a partial file, so nothing else needs to change.
   *
   * @return how many were removed
   */
  public int sweepPartials(Instant startedBefore) throws IOException {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    int removed = 0;
    try (Stream<Path> files = Files.walk(root, 2)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.getFileName().toString().endsWith(PARTIAL)
            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
                .toInstant()
                .isBefore(startedBefore)
            && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    }
    return removed;
  }

  /** Where a stored file lies; for verification and tests. */
  public Path location(String blobId) {
    if (!blobId.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("Not a blob id");
    }
    return shard(blobId).resolve(blobId);
  }

  private Path partialPath(String blobId) {
    return shard(blobId).resolve(blobId + PARTIAL);
  }

  /** The folder of a stored file: files are spread over 256 folders by their id's first byte. */
  private Path shard(String blobId) {
    return root.resolve(blobId.substring(0, 2));
  }

  private static Path createOwnerOnly(Path file) throws IOException {
    FileSystem fileSystem = file.getFileSystem();
    if (fileSystem.supportedFileAttributeViews().contains("posix")) {
      FileAttribute<?> ownerOnly =
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
      return Files.createFile(file, ownerOnly);
    }
    return Files.createFile(file);
  }

  private static String randomId() {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    return HexFormat.of().formatHex(id);
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
    private final Path partial;
    private final OutputStream file;
    private final OutputStream encrypting;
    private boolean committed;

    private BlobWriter(
        String blobId,
        String wrappedKey,
        Path partial,
        OutputStream file,
        StreamingAead aead,
        byte[] associatedData)
        throws IOException, GeneralSecurityException {
      this.blobId = blobId;
      this.wrappedKey = wrappedKey;
      this.partial = partial;
      this.file = file;
      try {
        this.encrypting =
            aead.newEncryptingStream(new BufferedOutputStream(file, 1 << 16), associatedData);
      } catch (IOException | GeneralSecurityException | RuntimeException e) {
        file.close();
        Files.deleteIfExists(partial);
        throw e;
      }
    }

    /** Plaintext written here is encrypted before it reaches the disk. */
    public OutputStream stream() {
      return encrypting;
    }

    /** Finishes the file and gives it its final name. */
    public StoredBlob commit() throws IOException {
      encrypting.close();
      Path target = location(blobId);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      committed = true;
      return new StoredBlob(blobId, wrappedKey, Files.size(target));
    }

    @Override
    public void close() throws IOException {
      if (committed) {
        return;
      }
      try {
        file.close();
      } finally {
        try {
          Files.deleteIfExists(partial);
        } catch (NoSuchFileException gone) {
          // already removed
        }
      }
    }
  }
}
