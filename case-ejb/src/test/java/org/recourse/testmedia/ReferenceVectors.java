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
    String configured = System.getProperty("pdq.vectors.dir");
    if (configured != null && !configured.isBlank()) {
      Path dir = Paths.get(configured).toAbsolutePath();
      if (!holdsPdqVectors(dir)) {
        throw new IllegalStateException(
            "-Dpdq.vectors.dir names " + dir + ", which holds no expected.csv");
      }
      return Optional.of(dir);
    }
    String shared = System.getProperty("recourse.shared.dir");
    if (shared != null && !shared.isBlank()) {
      Path dir = Paths.get(shared).resolve("pdq-vectors").toAbsolutePath().normalize();
      if (holdsPdqVectors(dir)) {
        return Optional.of(dir);
      }
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("pdq-vectors");
      if (holdsPdqVectors(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
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
    String configured = System.getProperty("vpdq.vectors.dir");
    if (configured != null && !configured.isBlank()) {
      Path dir = Paths.get(configured).toAbsolutePath();
      if (!holdsVpdqVectors(dir)) {
        throw new IllegalStateException(
            "-Dvpdq.vectors.dir names " + dir + ", which holds no expected-matches.csv");
      }
      return Optional.of(dir);
    }
    String shared = System.getProperty("recourse.shared.dir");
    if (shared != null && !shared.isBlank()) {
      Path dir = Paths.get(shared).resolve("vpdq-vectors").toAbsolutePath().normalize();
      if (holdsVpdqVectors(dir)) {
        return Optional.of(dir);
      }
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("vpdq-vectors");
      if (holdsVpdqVectors(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The vPDQ vectors folder; only for code that runs under {@link RequiresVpdqVectors}. */
  public static Path vpdqDir() {
    return vpdq()
        .orElseThrow(
            () ->
                new IllegalStateException("vPDQ reference vectors not found: " + HOW_TO_GET_VPDQ));
  }

  private static boolean holdsVpdqVectors(Path dir) {
    return Files.isRegularFile(dir.resolve("expected-matches.csv"));
  }

  private static boolean holdsPdqVectors(Path dir) {
    return Files.isRegularFile(dir.resolve("expected.csv"));
  }
}
