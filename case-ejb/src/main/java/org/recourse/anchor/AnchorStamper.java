package org.recourse.anchor;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.recourse.timestamp.TimestampAuthority;
import org.recourse.timestamp.TimestampStatus;
import org.recourse.timestamp.TimestampWorker;
import org.recourse.timestamp.TsaAttempt;

/**
 * Makes anchors and asks the TSA for their tokens, outside any transaction (an absent TSA leaves
 * the anchor pending, to be retried). Acts for the system: the scheduler and an administrator's
 * "anchor now" both come here.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnchorStamper {

  private static final Logger LOG = Logger.getLogger(AnchorStamper.class.getName());

  @EJB private AnchorRecorder recorder;
  @Inject private TimestampAuthority authority;

  /** Whether a TSA is configured to anchor with. */
  public boolean available() {
    return authority.url().isPresent();
  }

  /** Anchors the heads as they stand and asks for the token at once; returns the anchor's id. */
  public long anchor(String requestedBy) {
    long id = recorder.create(requestedBy);
    stamp(id);
    return id;
  }

  /** Asks again for the tokens of anchors still waiting; stops at an unreachable TSA. */
  public void stampDue() {
    for (long id : recorder.dueIds()) {
      if (!stamp(id)) {
        return;
      }
    }
  }

  /** Asks for one anchor's token; false if the TSA could not be reached. */
  boolean stamp(long id) {
    Optional<byte[]> hash = recorder.dueHash(id);
    if (hash.isEmpty()) {
      return true;
    }
    try {
      TsaAttempt attempt = TsaAttempt.ask(authority, hash.get(), "Anchor " + id);
      if (attempt.stamped()) {
        recorder.stamped(id, attempt.stamp());
      } else {
        recorder.failed(id, attempt.failure(), attempt.note());
      }
      return attempt.outcome() != TimestampWorker.Outcome.UNREACHABLE;
    } catch (RuntimeException e) {
      LOG.warning(() -> "Anchor " + id + " not recorded: " + e.getClass().getSimpleName());
      recorder.failed(
          id,
          TimestampStatus.FAILED,
          "The attempt failed unexpectedly (" + e.getClass().getSimpleName() + ")");
      return true;
    }
  }
}
