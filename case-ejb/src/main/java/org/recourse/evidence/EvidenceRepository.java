package org.recourse.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.casefile.CaseFile;

/**
 * The queries of the evidence feature: items, their custody entries, and (until one case-access
 * rule answers it for every feature) the cases a user is on the team of. Joins the caller's
 * transaction, so what the services read and lock here is what they change.
 */
@ApplicationScoped
public class EvidenceRepository {

  @PersistenceContext private EntityManager em;

  /** An item by its id. */
  public Optional<EvidenceItem> find(String evidenceId) {
    return Optional.ofNullable(em.find(EvidenceItem.class, evidenceId));
  }

  /** The case an item is added to. */
  public CaseFile caseFile(long caseId) {
    return em.find(CaseFile.class, caseId);
  }

  /** The evidence of a case, newest first. */
  public List<EvidenceItem> ofCaseNewestFirst(long caseId) {
    return em.createQuery(
            "SELECT e FROM EvidenceItem e WHERE e.caseFile.id = :c ORDER BY e.receivedAt DESC",
            EvidenceItem.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /**
   * Whether an item came from the client through the portal: its receipt in the chain of custody,
   * written once and never changed, begins {@value IntakeRecorder#FROM_CLIENT}, whichever portal
   * user sent it. The receipts of the team's uploads and captures never begin so.
   */
  private static final String FROM_CLIENT =
      " AND EXISTS (SELECT 1 FROM CustodyEvent v WHERE v.evidenceId = e.id"
          + " AND v.action = :received AND v.detail LIKE :fromClient)";

  /** The evidence the client of a case sent through the portal, newest first. */
  public List<EvidenceItem> ofCaseFromClient(long caseId) {
    return em.createQuery(
            "SELECT e FROM EvidenceItem e WHERE e.caseFile.id = :c"
                + FROM_CLIENT
                + " ORDER BY e.receivedAt DESC",
            EvidenceItem.class)
        .setParameter("c", caseId)
        .setParameter("received", CustodyAction.RECEIVED)
        .setParameter("fromClient", IntakeRecorder.FROM_CLIENT + ";%")
        .getResultList();
  }

  /** Those of these items that the client of a case sent into it through the portal. */
  public List<EvidenceItem> ofCaseFromClient(long caseId, Collection<String> evidenceIds) {
    return em.createQuery(
            "SELECT e FROM EvidenceItem e WHERE e.caseFile.id = :c AND e.id IN :ids" + FROM_CLIENT,
            EvidenceItem.class)
        .setParameter("c", caseId)
        .setParameter("ids", evidenceIds)
        .setParameter("received", CustodyAction.RECEIVED)
        .setParameter("fromClient", IntakeRecorder.FROM_CLIENT + ";%")
        .getResultList();
  }

  /** The evidence of a case, in the order it was received. */
  public List<EvidenceItem> ofCaseOldestFirst(long caseId) {
    return em.createQuery(
            "SELECT e FROM EvidenceItem e WHERE e.caseFile.id = :c ORDER BY e.receivedAt",
            EvidenceItem.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /** The items with these ids, with their cases loaded; missing ids are left out. */
  public List<EvidenceItem> withCases(Collection<String> evidenceIds) {
    return em.createQuery(
            "SELECT e FROM EvidenceItem e JOIN FETCH e.caseFile WHERE e.id IN :ids",
            EvidenceItem.class)
        .setParameter("ids", evidenceIds)
        .getResultList();
  }

  /** An item's chain of custody, in sequence order. */
  public List<CustodyEvent> custodyOf(String evidenceId) {
    return em.createQuery(
            "SELECT e FROM CustodyEvent e WHERE e.evidenceId = :id ORDER BY e.sequence",
            CustodyEvent.class)
        .setParameter("id", evidenceId)
        .getResultList();
  }

  /** A video item's sampled frames, in frame order. */
  public List<EvidenceFrame> framesOf(String evidenceId) {
    return em.createQuery(
            "SELECT f FROM EvidenceFrame f WHERE f.evidenceId = :id ORDER BY f.frameNumber",
            EvidenceFrame.class)
        .setParameter("id", evidenceId)
        .getResultList();
  }

  /** How many frames are stored for each of these items (absent: none). */
  public Map<String, Integer> frameCounts(Collection<String> evidenceIds) {
    if (evidenceIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT f.evidenceId, COUNT(f) FROM EvidenceFrame f WHERE f.evidenceId IN :ids"
                    + " GROUP BY f.evidenceId",
                Object[].class)
            .setParameter("ids", evidenceIds)
            .getResultList()) {
      counts.put((String) row[0], ((Number) row[1]).intValue());
    }
    return counts;
  }

  /** The videos whose analysis has not finished, oldest first, with content still stored. */
  public List<String> pendingVideoIds() {
    return em.createQuery(
            "SELECT e.id FROM EvidenceItem e WHERE e.analysisStatus = :pending"
                + " AND e.wrappedKey IS NOT NULL ORDER BY e.receivedAt",
            String.class)
        .setParameter("pending", AnalysisStatus.PENDING)
        .getResultList();
  }

  /** Deletes the sampled frames of these items (their content is being shredded). */
  public int deleteFramesOf(Collection<String> evidenceIds) {
    if (evidenceIds.isEmpty()) {
      return 0;
    }
    return em.createQuery("DELETE FROM EvidenceFrame f WHERE f.evidenceId IN :ids")
        .setParameter("ids", evidenceIds)
        .executeUpdate();
  }

  /**
   * Re-reads an item the caller has not changed and locks it until the transaction ends, so a
   * custody entry appended next follows the chain's current head even when another request (a
   * video's poster and strip revealed at once) appended to it since the item was read.
   */
  public void lockFresh(EvidenceItem item) {
    em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Serialises writers of an item's custody chain until the transaction ends. */
  public void lockForCustody(EvidenceItem item) {
    em.lock(item, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Stores a new item or custody entry. */
  public void persist(Object entity) {
    em.persist(entity);
  }

  /** Writes what is pending, so constraint failures surface inside the call. */
  public void flush() {
    em.flush();
  }
}
