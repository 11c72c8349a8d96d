package org.recourse.evidence.vault;

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
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Blobs as files in a local folder, readable by their owner only: a blob is written to {@code
 * <root>/<2 hex>/<32 hex>.partial} and renamed atomically on commit, so an interrupted upload never
 * looks like a stored file. Files are spread over 256 folders by their id's first byte.
 */
public final class LocalBlobStore implements BlobStore {

  private static final String PARTIAL = ".partial";

  private final Path root;

  /**
   * @param root the folder blobs are stored in, created when the first one is written
   */
  public LocalBlobStore(Path root) {
    this.root = root.toAbsolutePath();
  }

  @Override
  public Upload begin(String blobId) throws IOException {
    Path partial = shard(blobId).resolve(blobId + PARTIAL);
    Files.createDirectories(shard(blobId));
    OutputStream file = Files.newOutputStream(createOwnerOnly(partial), StandardOpenOption.WRITE);
    return new FileUpload(location(blobId), partial, file);
  }

  @Override
  public InputStream read(String blobId) throws IOException {
    return Files.newInputStream(location(blobId));
  }

  @Override
  public SeekableByteChannel readSeekable(String blobId) throws IOException {
    return Files.newByteChannel(location(blobId), StandardOpenOption.READ);
  }

  @Override
  public void delete(String blobId) throws IOException {
    Files.deleteIfExists(location(blobId));
  }

  /** Removes {@code .partial} files last written before {@code startedBefore}. */
  @Override
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

  /** Where a stored blob lies. */
  public Path location(String blobId) {
    return shard(BlobIds.checked(blobId)).resolve(blobId);
  }

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

  private static final class FileUpload implements Upload {

    private final Path target;
    private final Path partial;
    private final OutputStream file;
    private boolean committed;

    FileUpload(Path target, Path partial, OutputStream file) {
      this.target = target;
      this.partial = partial;
      this.file = file;
    }

    @Override
    public OutputStream stream() {
      return file;
    }

    @Override
    public long commit() throws IOException {
      file.close();
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      committed = true;
      return Files.size(target);
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
