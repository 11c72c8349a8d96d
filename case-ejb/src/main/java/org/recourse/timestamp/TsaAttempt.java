package org.recourse.timestamp;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * One request to the configured TSA for a token over a hash, and what it came to: the stamp, or the
 * state to record (pending when the TSA could not be reached or none is configured, failed when its
 * answer was refused or the attempt broke) with the reason. Items and anchors ask the same way;
 * each records the outcome in its own table.
 *
 * @param stamp the token, when one was granted and accepted
 * @param failure the state to record otherwise
 * @param note why, for the person who looks at the item or anchor
 * @param outcome what the attempt came to
 */
public record TsaAttempt(
    Stamp stamp, TimestampStatus failure, String note, TimestampWorker.Outcome outcome) {

  private static final Logger LOG = Logger.getLogger(TsaAttempt.class.getName());

  /** Whether a token was granted. */
  public boolean stamped() {
    return stamp != null;
  }

  /**
   * Asks once. {@code subject} names what is stamped in the log ("Timestamp of evidence …"): an id,
   * never content.
   */
  public static TsaAttempt ask(TimestampAuthority authority, byte[] sha256, String subject) {
    Optional<TsaClient> client;
    try {
      client = authority.client();
    } catch (RuntimeException e) {
      LOG.warning(
          () -> subject + ": the TSA settings are unusable: " + e.getClass().getSimpleName());
      return failed(TimestampStatus.FAILED, "The TSA settings are unusable");
    }
    if (client.isEmpty()) {
      return new TsaAttempt(
          null,
          TimestampStatus.PENDING,
          "No TSA is configured now",
          TimestampWorker.Outcome.UNREACHABLE);
    }
    try {
      return new TsaAttempt(
          client.get().stamp(sha256), null, null, TimestampWorker.Outcome.STAMPED);
    } catch (TsaUnreachableException e) {
      LOG.info(() -> subject + " postponed: " + e.getMessage());
      return new TsaAttempt(
          null, TimestampStatus.PENDING, e.getMessage(), TimestampWorker.Outcome.UNREACHABLE);
    } catch (TimestampRejectedException e) {
      LOG.warning(() -> subject + " refused: " + e.getMessage());
      return failed(TimestampStatus.FAILED, e.getMessage());
    } catch (RuntimeException e) {
      LOG.warning(() -> subject + " failed: " + e.getClass().getSimpleName());
      return failed(
          TimestampStatus.FAILED,
          "The attempt failed unexpectedly (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static TsaAttempt failed(TimestampStatus status, String note) {
    return new TsaAttempt(null, status, note, TimestampWorker.Outcome.REFUSED);
  }
}
