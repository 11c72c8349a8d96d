package org.recourse.testmedia;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Finds Meta's PDQ reference vectors ({@code pdq-vectors}: test images, their expected hashes in
 * {@code expected.csv}), which only the conformance tests use. Looked for, in this order: the
 * folder named by the system property {@code pdq.vectors.dir} (which must then hold them: a wrong
 * setting fails rather than checking nothing); {@code pdq-vectors} in the folder named by {@code
 * recourse.shared.dir} (the build passes {@code ../shared} beside the clone); {@code
 * shared/pdq-vectors} in the working directory or any folder above it.
 */
public final class ReferenceVectors {

  /** How to get the vectors, said once when conformance tests do not run. */
  public static final String HOW_TO_GET =
      "place Meta's PDQ test vectors (the folder pdq-vectors with expected.csv) in ../shared beside"
          + " the clone, or run with -Dpdq.vectors.dir=<folder>";

  /** How to get the vPDQ vectors, said once when their conformance tests do not run. */
  public static final String HOW_TO_GET_VPDQ =
      "place Meta's vPDQ test vectors (the folder vpdq-vectors with expected-matches.csv) in"
          + " ../shared beside the clone, or run with -Dvpdq.vectors.dir=<folder>";

  private ReferenceVectors() {}

  /** The vectors folder, if it is there. */
  public static Optional<Path> pdq() {
    return find("pdq.vectors.dir", "pdq-vectors", "expected.csv");
  }

  /** The vectors folder; only for code that runs under {@link RequiresPdqVectors}. */
  public static Path pdqDir() {
    return pdq()
        .orElseThrow(
            () -> new IllegalStateException("PDQ reference vectors not found: " + HOW_TO_GET));
  }

  /**
   * Meta's vPDQ reference vectors ({@code vpdq-vectors}: videos, their hashes, {@code
   * expected-matches.csv}), looked for as {@link #pdq()} looks for its own, with the property
   * {@code vpdq.vectors.dir}.
   */
  public static Optional<Path> vpdq() {
    return find("vpdq.vectors.dir", "vpdq-vectors", "expected-matches.csv");
  }

  /** The vPDQ vectors folder; only for code that runs under {@link RequiresVpdqVectors}. */
  public static Path vpdqDir() {
    return vpdq()
        .orElseThrow(
            () ->
                new IllegalStateException("vPDQ reference vectors not found: " + HOW_TO_GET_VPDQ));
  }

  /**
   * A vectors folder: the one the property names (which must hold the marker file), else {@code
   * <folder>} under {@code recourse.shared.dir}, else under a {@code shared} folder beside this
   * directory or one of its parents.
   */
  private static Optional<Path> find(String property, String folder, String marker) {
    String configured = System.getProperty(property);
    if (configured != null && !configured.isBlank()) {
      Path dir = Paths.get(configured).toAbsolutePath();
      if (!Files.isRegularFile(dir.resolve(marker))) {
        throw new IllegalStateException(
            "-D" + property + " names " + dir + ", which holds no " + marker);
      }
      return Optional.of(dir);
    }
    String shared = System.getProperty("recourse.shared.dir");
    if (shared != null && !shared.isBlank()) {
      Path dir = Paths.get(shared).resolve(folder).toAbsolutePath().normalize();
      if (Files.isRegularFile(dir.resolve(marker))) {
        return Optional.of(dir);
      }
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(folder);
      if (Files.isRegularFile(candidate.resolve(marker))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
