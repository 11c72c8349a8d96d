package org.recourse.timestamp;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.recourse.shared.AfterCommit;

/**
 * The timestamps of evidence items. The evidence feature asks for one in the transaction that
 * records an item, and decides who may see an item before asking for its timestamp: this service
 * takes item ids from its callers inside the application and does no access check of its own.
 */
@Stateless
@PermitAll
public class ItemTimestamps {

  private static final Logger LOG = Logger.getLogger(ItemTimestamps.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private TransactionSynchronizationRegistry transactions;
  @EJB private TimestampWorker worker;
  @Inject private TimestampAuthority authority;
  @Inject private Clock clock;

  /** The outcome of re-checking an item's stored token. */
  public record TimestampCheck(TimestampStatus status, boolean intact, String detail) {}

  /**
   * Asks for an item's timestamp, in the caller's transaction: a PENDING row is written with the
   * item, and the TSA is asked once that transaction has committed. Nothing is asked when no TSA is
   * configured (the item then stays "not timestamped").
   */
  public void requestFor(String evidenceId, String sha256) {
    try {
      if (authority.url().isEmpty()) {
        return;
      }
    } catch (RuntimeException e) {
      LOG.warning(
          () -> "Evidence " + evidenceId + " not timestamped: the TSA settings are unusable");
      return;
    }
    em.persist(ItemTimestamp.pending(evidenceId, sha256, clock.instant()));
    AfterCommit.run(
        transactions,
        () -> {
          worker.stampLater(evidenceId);
        });
  }

  /** An item's timestamp as shown. */
  public TimestampView view(String evidenceId) {
    return Optional.ofNullable(em.find(ItemTimestamp.class, evidenceId))
        .map(ItemTimestamp::view)
        .orElse(TimestampView.none());
  }

  /** The timestamps of several items, by id; items without one are absent. */
  public Map<String, TimestampView> views(Collection<String> evidenceIds) {
    Map<String, TimestampView> views = new HashMap<>();
    if (evidenceIds.isEmpty()) {
      return views;
    }
    em.createQuery("SELECT t FROM ItemTimestamp t WHERE t.evidenceId IN :ids", ItemTimestamp.class)
        .setParameter("ids", evidenceIds)
        .getResultList()
        .forEach(t -> views.put(t.getEvidenceId(), t.view()));
    return views;
  }

  /** An item's stored TSA reply (DER), once stamped. */
  public Optional<byte[]> reply(String evidenceId) {
    return Optional.ofNullable(em.find(ItemTimestamp.class, evidenceId))
        .filter(t -> t.getStatus() == TimestampStatus.STAMPED)
        .map(ItemTimestamp::reply);
  }

  /** The certificates an item's token carries; empty when it has none. */
  public List<X509Certificate> certificates(String evidenceId) {
    Optional<byte[]> reply = reply(evidenceId);
    if (reply.isEmpty()) {
      return List.of();
    }
    try {
      return TimestampTokens.certificates(reply.get());
    } catch (TimestampRejectedException e) {
      return List.of();
    }
  }

  /**
   * Checks an item's stored token again: the signature, the certificate's chain to a trusted one,
   * and that it covers the SHA-256 the item records now.
   */
  public TimestampCheck check(String evidenceId, String sha256) {
    ItemTimestamp timestamp = em.find(ItemTimestamp.class, evidenceId);
    if (timestamp == null) {
      return new TimestampCheck(TimestampStatus.NONE, true, "not timestamped");
    }
    if (timestamp.getStatus() != TimestampStatus.STAMPED) {
      return new TimestampCheck(timestamp.getStatus(), true, "timestamp pending");
    }
    try {
      Stamp stamp =
          TimestampTokens.check(
              timestamp.reply(),
              HexFormat.of().parseHex(sha256),
              authority.trusted(),
              authority.developmentRoots());
      return new TimestampCheck(
          TimestampStatus.STAMPED,
          true,
          "timestamp by "
              + stamp.tsaName()
              + (stamp.development() ? " (development TSA, not independent)" : "")
              + " at "
              + stamp.time()
              + " verified");
    } catch (TimestampRejectedException | RuntimeException e) {
      return new TimestampCheck(TimestampStatus.STAMPED, false, "Timestamp: " + e.getMessage());
    }
  }
}
