package org.recourse.anchor;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AccessLogHeads;
import org.recourse.evidence.CustodyLedger;
import org.recourse.timestamp.Stamp;
import org.recourse.timestamp.TimestampStatus;

/**
 * Writes anchors, each step in a short transaction of its own: the manifest of the heads as they
 * stand, then each attempt's outcome. A stamped anchor is never written to again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnchorRecorder {

  @PersistenceContext private EntityManager em;
  @EJB private CustodyLedger ledger;
  @EJB private AccessLogHeads accessLog;
  @Inject private Clock clock;

  /** Stores the manifest of the heads as they stand now; returns the anchor's id. */
  public long create(String requestedBy) {
    Instant now = clock.instant();
    AccessLogHeads.Head access = accessLog.head();
    List<CustodyLedger.Head> custody = ledger.heads();
    byte[] manifest = AnchorManifest.write(now, access.count(), access.hash(), custody);
    LogAnchor anchor =
        LogAnchor.pending(
            now,
            requestedBy,
            manifest,
            HexFormat.of().formatHex(sha256(manifest)),
            access.count(),
            custody.size(),
            custody.stream().mapToLong(CustodyLedger.Head::count).sum());
    em.persist(anchor);
    em.flush();
    return anchor.getId();
  }

  /** The SHA-256 of an anchor's manifest while it waits for its token; empty once stamped. */
  public Optional<byte[]> dueHash(long id) {
    return Optional.ofNullable(em.find(LogAnchor.class, id))
        .filter(a -> a.getStatus() != TimestampStatus.STAMPED)
        .map(a -> HexFormat.of().parseHex(a.getManifestSha256()));
  }

  /** Anchors waiting for their token, oldest first. */
  public List<Long> dueIds() {
    return em.createQuery(
            "SELECT a.id FROM LogAnchor a WHERE a.status <> :stamped ORDER BY a.id", Long.class)
        .setParameter("stamped", TimestampStatus.STAMPED)
        .setMaxResults(100)
        .getResultList();
  }

  public void stamped(long id, Stamp stamp) {
    locked(id).ifPresent(a -> a.stamped(stamp));
  }

  public void failed(long id, TimestampStatus outcome, String error) {
    locked(id).ifPresent(a -> a.attemptFailed(outcome, error));
  }

  private Optional<LogAnchor> locked(long id) {
    return Optional.ofNullable(em.find(LogAnchor.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(a -> a.getStatus() != TimestampStatus.STAMPED);
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
