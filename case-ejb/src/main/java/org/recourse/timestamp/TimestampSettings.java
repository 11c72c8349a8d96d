package org.recourse.timestamp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.recourse.shared.Settings;

/**
 * The time-stamping settings, read at each use so that a changed system property takes effect
 * without a restart.
 *
 * @param url the TSA's address; empty when none is configured (items are then not timestamped)
 * @param user the user name of a TSA that asks for HTTP basic authentication
 * @param password its password
 * @param trustedCertificates a PEM file with the certificates a TSA's signing certificate must
 *     chain to (the TSA's root or its own certificate)
 * @param developmentTsa whether the application serves its own development TSA and trusts it
 * @param retryInterval how often pending timestamps are asked for again
 * @param anchorInterval how often the heads of the logs are anchored
 * @param failedRetryInterval how long a refused or failed timestamp waits before it is asked for
 *     again
 */
public record TimestampSettings(
    Optional<String> url,
    Optional<String> user,
    Optional<String> password,
    Optional<Path> trustedCertificates,
    boolean developmentTsa,
    Duration retryInterval,
    Duration anchorInterval,
    Duration failedRetryInterval) {

  /** The settings as configured now. */
  public static TimestampSettings current() {
    return new TimestampSettings(
        Settings.optional("recourse.timestamp.url", "RECOURSE_TIMESTAMP_URL"),
        Settings.optional("recourse.timestamp.user", "RECOURSE_TIMESTAMP_USER"),
        Settings.optional("recourse.timestamp.password", "RECOURSE_TIMESTAMP_PASSWORD"),
        Settings.optional("recourse.timestamp.trusted-certs", "RECOURSE_TIMESTAMP_TRUSTED_CERTS")
            .map(Path::of),
        Boolean.parseBoolean(
            Settings.get("recourse.timestamp.dev-tsa", "RECOURSE_TIMESTAMP_DEV_TSA", "false")),
        Duration.ofSeconds(
            positive(
                Settings.get(
                    "recourse.timestamp.retry-seconds", "RECOURSE_TIMESTAMP_RETRY_SECONDS", "300"),
                300)),
        Duration.ofMinutes(
            positive(
                Settings.get(
                    "recourse.timestamp.anchor-minutes",
                    "RECOURSE_TIMESTAMP_ANCHOR_MINUTES",
                    "1440"),
                1440)),
        Duration.ofMinutes(
            positive(
                Settings.get(
                    "recourse.timestamp.failed-retry-minutes",
                    "RECOURSE_TIMESTAMP_FAILED_RETRY_MINUTES",
                    "60"),
                60)));
  }

  /** Whether a TSA is configured at all. */
  public boolean configured() {
    return url.isPresent();
  }

  private static long positive(String value, long fallback) {
    try {
      long parsed = Long.parseLong(value);
      return parsed > 0 ? parsed : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
