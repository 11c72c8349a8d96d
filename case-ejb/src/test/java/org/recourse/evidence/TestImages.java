package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds the shared PDQ vector images (the only images tests may use). */
public final class TestImages {

  private TestImages() {}

  /** {@code shared/pdq-vectors}, from {@code pdq.vectors.dir} or above the working directory. */
  public static Path vectors() {
    String configured = System.getProperty("pdq.vectors.dir");
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured).toAbsolutePath();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("pdq-vectors");
      if (Files.isRegularFile(candidate.resolve("expected.csv"))) {
        return candidate;
      }
    }
    return fail("shared/pdq-vectors not found above " + Paths.get("").toAbsolutePath());
  }

  /** The bridge photograph every modification in bridge-mods/ derives from. */
  public static Path bridge() {
    return vectors().resolve("images").resolve("bridge-mods").resolve("aaa-orig.jpg");
  }
}
