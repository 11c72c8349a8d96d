package org.recourse.timestamp;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Asks the TSA for an item's token outside any transaction (a slow or absent TSA holds no lock and
 * fails no receipt) and records the outcome through {@link TimestampRecorder}. Acts for the system,
 * so it is open to any caller inside the application and takes only an item id.
 */
@Stateless
@PermitAll
public class TimestampWorker {

  private static final Logger LOG = Logger.getLogger(TimestampWorker.class.getName());

  @EJB private TimestampRecorder recorder;
  @Inject private TimestampAuthority authority;

  /** Stamps an item on a thread of its own; returns at once. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void stampLater(String evidenceId) {
    stamp(evidenceId);
  }

  /** What one attempt came to. */
  public enum Outcome {
    STAMPED,
    NOT_DUE,
    REFUSED,
    UNREACHABLE
  }

  /** Stamps an item waiting for its token, in the caller's thread. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome stamp(String evidenceId) {
    Optional<String> hash = recorder.dueHash(evidenceId);
    if (hash.isEmpty()) {
      return Outcome.NOT_DUE;
    }
    try {
      TsaAttempt attempt =
          TsaAttempt.ask(
              authority,
              HexFormat.of().parseHex(hash.get()),
              "Timestamp of evidence " + evidenceId);
      if (attempt.stamped()) {
        recorder.stamped(evidenceId, attempt.stamp());
      } else {
        recorder.failed(evidenceId, attempt.failure(), attempt.note());
      }
      return attempt.outcome();
    } catch (RuntimeException e) {
      // Recording the outcome failed: the item is marked failed so that it waits its turn again
      // instead of holding up the items behind it.
      LOG.warning(
          () ->
              "Timestamp of evidence "
                  + evidenceId
                  + " not recorded: "
                  + e.getClass().getSimpleName());
      recorder.failed(
          evidenceId,
          TimestampStatus.FAILED,
          "The attempt failed unexpectedly (" + e.getClass().getSimpleName() + ")");
      return Outcome.REFUSED;
    }
  }
}
