package org.recourse.timestamp;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The transactional half of stamping: each attempt's outcome is written in a short transaction of
 * its own, and only to a timestamp that is not yet stamped (a token once stored is never replaced,
 * so two attempts racing each other keep the first).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TimestampRecorder {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** The SHA-256 of an item still waiting for its token; empty once stamped. */
  public Optional<String> dueHash(String evidenceId) {
    return Optional.ofNullable(em.find(ItemTimestamp.class, evidenceId))
        .filter(t -> t.getStatus() != TimestampStatus.STAMPED)
        .map(ItemTimestamp::getSha256);
  }

  /**
   * The items due another attempt: every PENDING one, those waiting longest first, then the FAILED
   * ones whose last attempt is older than the failed-retry interval ({@code
   * recourse.timestamp.failed-retry-minutes}), least recently tried first. A TSA that keeps
   * refusing some items thus never holds up the newer pending ones.
   */
  public List<String> dueIds(int limit) {
    return em.createQuery(
            "SELECT t.evidenceId FROM ItemTimestamp t WHERE t.status = :pending"
                + " OR (t.status = :failed AND t.lastAttemptAt < :before)"
                + " ORDER BY CASE WHEN t.status = :pending THEN 0 ELSE 1 END,"
                + " t.lastAttemptAt, t.requestedAt",
            String.class)
        .setParameter("pending", TimestampStatus.PENDING)
        .setParameter("failed", TimestampStatus.FAILED)
        .setParameter(
            "before", clock.instant().minus(TimestampSettings.current().failedRetryInterval()))
        .setMaxResults(limit)
        .getResultList();
  }

  /** Stores a checked token. */
  public void stamped(String evidenceId, Stamp stamp) {
    locked(evidenceId).ifPresent(t -> t.stamped(stamp, clock.instant()));
  }

  /** Records a failed attempt: PENDING when the TSA was unreachable, FAILED when it refused. */
  public void failed(String evidenceId, TimestampStatus outcome, String error) {
    locked(evidenceId).ifPresent(t -> t.attemptFailed(outcome, error, clock.instant()));
  }

  private Optional<ItemTimestamp> locked(String evidenceId) {
    return Optional.ofNullable(
            em.find(ItemTimestamp.class, evidenceId, LockModeType.PESSIMISTIC_WRITE))
        .filter(t -> t.getStatus() != TimestampStatus.STAMPED);
  }
}
