package org.recourse.evidence.capture;

import java.nio.file.Path;
import java.time.Duration;
import org.recourse.shared.Settings;

/**
 * The limits and tools of a capture, read from the installation settings: the time one capture may
 * take ({@code recourse.capture.time-limit-seconds}, default 30), the bytes read of one response
 * ({@code recourse.capture.max-bytes}, default 50 MiB), the redirects followed ({@code
 * recourse.capture.max-redirects}, default 5), and the Chromium used for the screenshot and the
 * rendered page ({@code recourse.capture.chromium}, default {@code /usr/bin/chromium}; where it is
 * missing a capture is the HTTP exchange alone). Loopback targets are allowed only where {@code
 * recourse.capture.allow-private} is true, as only the test environment sets it (a setting of its
 * own, so allowing the re-upload watcher into private networks never opens captures to them); every
 * other private address stays refused even then.
 */
public record CaptureLimits(
    Duration timeLimit, long maxBytes, int maxRedirects, Path chromium, boolean allowLoopback) {

  public CaptureLimits {
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("The time limit must be positive");
    }
    if (maxBytes <= 0 || maxRedirects < 0) {
      throw new IllegalArgumentException(
          "The byte cap must be positive, the redirect cap not negative");
    }
  }

  /** The limits the installation sets. */
  public static CaptureLimits fromSettings() {
    return new CaptureLimits(
        Duration.ofSeconds(
            Long.parseLong(
                Settings.get(
                    "recourse.capture.time-limit-seconds",
                    "RECOURSE_CAPTURE_TIME_LIMIT_SECONDS",
                    "30"))),
        Long.parseLong(
            Settings.get("recourse.capture.max-bytes", "RECOURSE_CAPTURE_MAX_BYTES", "52428800")),
        Integer.parseInt(
            Settings.get("recourse.capture.max-redirects", "RECOURSE_CAPTURE_MAX_REDIRECTS", "5")),
        Path.of(
            Settings.get(
                "recourse.capture.chromium", "RECOURSE_CAPTURE_CHROMIUM", "/usr/bin/chromium")),
        Boolean.parseBoolean(
            Settings.get(
                "recourse.capture.allow-private", "RECOURSE_CAPTURE_ALLOW_PRIVATE", "false")));
  }
}
