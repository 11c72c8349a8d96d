package org.recourse.shared;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Installation settings: a system property first, then an environment variable, then a default, the
 * order WildFly's own expressions use.
 */
public final class Settings {

  private Settings() {}

  public static Optional<String> optional(String property, String environmentVariable) {
    return Optional.ofNullable(System.getProperty(property))
        .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }

  public static String get(String property, String environmentVariable, String fallback) {
    return optional(property, environmentVariable).orElse(fallback);
  }

  /** Where Recourse keeps files: the H2 database, development keys, later evidence. */
  public static Path dataDirectory() {
    return Path.of(get("recourse.data.dir", "RECOURSE_DATA_DIR", "data")).toAbsolutePath();
  }
}
