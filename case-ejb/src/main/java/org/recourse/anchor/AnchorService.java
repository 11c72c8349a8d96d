package org.recourse.anchor;

import static org.recourse.shared.Roles.ADMIN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.recourse.audit.AccessLogHeads;
import org.recourse.audit.AccessLogService;
import org.recourse.audit.AccessLogViews;
import org.recourse.evidence.CustodyLedger;
import org.recourse.evidence.CustodyLedger.StoredLog;
import org.recourse.shared.NotFoundException;
import org.recourse.timestamp.TimestampAuthority;
import org.recourse.timestamp.TimestampRejectedException;
import org.recourse.timestamp.TimestampStatus;
import org.recourse.timestamp.TimestampTokens;

/**
 * Anchors for administrators: the list, "anchor now", and the check of every log against every
 * anchor. The check walks each custody log and the access log as stored (each must recompute), then
 * for each stamped anchor verifies its token over the manifest's SHA-256 and looks up each anchored
 * head in the stored chain at its position: a chain rewritten consistently after an anchor no
 * longer passes through the anchored hash there.
 */
@Stateless
@RolesAllowed(ADMIN)
public class AnchorService {

  /** How many problems a check lists at most. */
  public static final int MAX_PROBLEMS = 50;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AnchorStamper stamper;
  @EJB private CustodyLedger ledger;
  @EJB private AccessLogHeads accessHeads;
  @EJB private AccessLogService accessLog;
  @Inject private TimestampAuthority authority;
  @Inject private Clock clock;

  /** The configured TSA and what an administrator should know about it. */
  public TimestampAuthority.TsaStatus tsaStatus() {
    return authority.status();
  }

  /** Every anchor, newest first. */
  public List<AnchorView> list() {
    return em
        .createQuery("SELECT a FROM LogAnchor a ORDER BY a.id DESC", LogAnchor.class)
        .getResultList()
        .stream()
        .map(LogAnchor::view)
        .toList();
  }

  /** Anchors the logs now; the anchor is pending if the TSA cannot be reached. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AnchorView anchorNow() {
    if (!stamper.available()) {
      throw new AnchoringUnavailableException(
          "No time-stamping authority is configured, so the logs cannot be anchored");
    }
    long id = stamper.anchor(session.getCallerPrincipal().getName());
    return get(id);
  }

  /** One anchor. */
  public AnchorView get(long id) {
    return found(id).view();
  }

  /** An anchor's manifest, the text its token covers. */
  public byte[] manifest(long id) {
    return found(id).manifest();
  }

  private LogAnchor found(long id) {
    LogAnchor anchor = em.find(LogAnchor.class, id);
    if (anchor == null) {
      throw new NotFoundException("No anchor " + id);
    }
    return anchor;
  }

  /** Checks every chain as stored against every anchor. */
  public AnchorVerification verify() {
    long started = System.nanoTime();
    List<String> problems = new ArrayList<>();
    Map<String, StoredLog> logs = ledger.logs();
    long entries = 0;
    for (Map.Entry<String, StoredLog> log : logs.entrySet()) {
      entries += log.getValue().hashes().size();
      if (log.getValue().firstBreak().isPresent() && !log.getValue().purged()) {
        problems.add(
            "Custody log of item " + log.getKey() + ": " + log.getValue().firstBreak().get());
      }
    }
    AccessLogViews.Verification access = accessLog.verify();
    if (!access.ok()) {
      problems.add("Access log: " + access.reason());
    }
    List<LogAnchor> anchors =
        em.createQuery("SELECT a FROM LogAnchor a ORDER BY a.id", LogAnchor.class).getResultList();
    List<AnchorManifest.Heads> stamped = new ArrayList<>();
    List<Long> stampedIds = new ArrayList<>();
    int pending = 0;
    var trusted = authority.trusted();
    var development = authority.developmentRoots();
    for (LogAnchor anchor : anchors) {
      if (anchor.getStatus() != TimestampStatus.STAMPED) {
        pending++;
        continue;
      }
      byte[] manifest = anchor.manifest();
      try {
        TimestampTokens.check(
            anchor.reply(), AnchorRecorder.sha256(manifest), trusted, development);
        stamped.add(AnchorManifest.read(manifest));
        stampedIds.add(anchor.getId());
      } catch (TimestampRejectedException | IllegalArgumentException e) {
        problems.add("Anchor " + anchor.getId() + ": " + e.getMessage());
      }
    }
    Set<Long> accessPositions = new TreeSet<>();
    stamped.forEach(h -> accessPositions.add(h.accessCount()));
    accessPositions.remove(0L);
    Map<Long, String> accessHashes = accessHeads.hashesAt(accessPositions);
    for (int i = 0; i < stamped.size(); i++) {
      AnchorManifest.Heads heads = stamped.get(i);
      long anchorId = stampedIds.get(i);
      if (heads.accessCount() > 0
          && !heads.accessHash().equals(accessHashes.get(heads.accessCount()))) {
        problems.add(
            "Anchor "
                + anchorId
                + ": the access log no longer reaches its anchored head (row "
                + heads.accessCount()
                + ")");
      }
      for (CustodyLedger.Head head : heads.custody()) {
        StoredLog log = logs.get(head.evidenceId());
        if (head.count() == 0) {
          continue;
        }
        if (log == null || log.hashes().size() < head.count()) {
          problems.add(
              "Anchor "
                  + anchorId
                  + ": entries of the custody log of item "
                  + head.evidenceId()
                  + " anchored up to entry "
                  + head.count()
                  + " are missing");
        } else if (!log.hashes().get(head.count() - 1).equals(head.hash())) {
          problems.add(
              "Anchor "
                  + anchorId
                  + ": the custody log of item "
                  + head.evidenceId()
                  + " no longer reaches its anchored head (entry "
                  + head.count()
                  + "): it was rewritten");
        }
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new AnchorVerification(
        problems.isEmpty(),
        stamped.size(),
        pending,
        logs.size(),
        entries,
        access.rowsChecked(),
        problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems,
        millis,
        clock.instant());
  }
}
