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
    Optional<TsaClient> client;
    try {
      client = authority.client();
    } catch (RuntimeException e) {
      recorder.failed(evidenceId, TimestampStatus.FAILED, "The TSA settings are unusable");
      return Outcome.REFUSED;
    }
    if (client.isEmpty()) {
      recorder.failed(evidenceId, TimestampStatus.PENDING, "No TSA is configured now");
      return Outcome.UNREACHABLE;
    }
    try {
      recorder.stamped(evidenceId, client.get().stamp(HexFormat.of().parseHex(hash.get())));
      return Outcome.STAMPED;
    } catch (TsaUnreachableException e) {
      LOG.info(() -> "Timestamp of evidence " + evidenceId + " postponed: " + e.getMessage());
      recorder.failed(evidenceId, TimestampStatus.PENDING, e.getMessage());
      return Outcome.UNREACHABLE;
    } catch (TimestampRejectedException e) {
      LOG.warning(() -> "Timestamp of evidence " + evidenceId + " refused: " + e.getMessage());
      recorder.failed(evidenceId, TimestampStatus.FAILED, e.getMessage());
      return Outcome.REFUSED;
    } catch (RuntimeException e) {
      LOG.warning(
          () -> "Timestamp of evidence " + evidenceId + " failed: " + e.getClass().getSimpleName());
      recorder.failed(
          evidenceId,
          TimestampStatus.FAILED,
          "The attempt failed unexpectedly (" + e.getClass().getSimpleName() + ")");
      return Outcome.REFUSED;
    }
  }
}
