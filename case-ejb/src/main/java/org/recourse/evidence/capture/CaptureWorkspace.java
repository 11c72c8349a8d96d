package org.recourse.evidence.capture;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.recourse.shared.Settings;

/**
 * Where a capture keeps its files while it runs: the WARC, the screenshot, the rendered page and
 * the browser's profile (inside the capture's directory) are plaintext until intake encrypts them,
 * so they are made under the data directory ({@code capture-work}, readable by the server's user
 * alone) beside the evidence store, never in the shared temporary directory. A capture deletes its
 * directories when it ends; those left by a server that was killed are deleted at the next start
 * ({@link CaptureRestartSweep}).
 */
final class CaptureWorkspace {

  static final String CAPTURE_PREFIX = "recourse-capture-";

  private static final Logger LOG = Logger.getLogger(CaptureWorkspace.class.getName());

  private CaptureWorkspace() {}

  /** The workspace, created owner-only where the file system knows POSIX permissions. */
  static Path root() throws IOException {
    Path root = Settings.dataDirectory().resolve("capture-work");
    if (!Files.isDirectory(root)) {
      Files.createDirectories(root);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
      }
    }
    return root;
  }

  /** A new, empty directory of the workspace whose name starts with {@code prefix}. */
  static Path newDirectory(String prefix) throws IOException {
    return Files.createTempDirectory(root(), prefix);
  }

  /**
   * Deletes the capture and browser directories last changed before {@code before}: left by a
   * capture that was running when the server stopped. Returns how many were deleted.
   */
  static int sweep(Instant before) throws IOException {
    Path root = root();
    List<Path> leftovers;
    try (Stream<Path> entries = Files.list(root)) {
      leftovers =
          entries
              .filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.startsWith(CAPTURE_PREFIX) || name.startsWith("recourse-chromium-");
                  })
              .filter(p -> changedBefore(p, before))
              .toList();
    }
    leftovers.forEach(CaptureWorkspace::delete);
    return leftovers.size();
  }

  private static boolean changedBefore(Path path, Instant before) {
    try {
      return Files.getLastModifiedTime(path).toInstant().isBefore(before);
    } catch (IOException e) {
      return false;
    }
  }

  /** Deletes a directory and everything in it; a failure is logged, not thrown. */
  static void delete(Path directory) {
    if (directory == null || !Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.warning(() -> "A capture's working files could not be deleted: " + e.getMessage());
    }
  }
}
