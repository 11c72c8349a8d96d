package org.recourse.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The shared PDQ vector images, the only images tests use. */
public final class TestImages {

  private TestImages() {}

  /** A file under {@code shared/pdq-vectors}, e.g. {@code images/bridge-mods/aaa-orig.jpg}. */
  public static Path path(String underVectors) {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("pdq-vectors");
      if (Files.isRegularFile(candidate.resolve("expected.csv"))) {
        return candidate.resolve(underVectors);
      }
    }
    throw new IllegalStateException("shared/pdq-vectors not found above the working directory");
  }

  public static byte[] bytes(String underVectors) {
    try {
      return Files.readAllBytes(path(underVectors));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
