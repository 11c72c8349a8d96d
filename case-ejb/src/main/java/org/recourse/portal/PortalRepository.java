package org.recourse.portal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.Victim;
import org.recourse.deadline.CaseDeadline;
import org.recourse.deadline.DeadlineStatus;

/** The portal's queries: links, incident log entries and reported addresses of a case. */
@Dependent
public class PortalRepository {

  @PersistenceContext private EntityManager em;

  public Optional<CaseFile> caseFile(long caseId) {
    return Optional.ofNullable(em.find(CaseFile.class, caseId));
  }

  /** The link of a username, with its case. */
  public Optional<PortalLink> linkOf(String username) {
    return em.createQuery(
            "SELECT l FROM PortalLink l JOIN FETCH l.caseFile WHERE l.username = :u",
            PortalLink.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public List<PortalLink> linksOf(long caseId) {
    return em.createQuery(
            "SELECT l FROM PortalLink l WHERE l.caseFile.id = :c ORDER BY l.username",
            PortalLink.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /** The case's incident log, in the order things happened (newest last). */
  public List<IncidentEntry> incidents(long caseId) {
    return em.createQuery(
            "SELECT DISTINCT e FROM IncidentEntry e LEFT JOIN FETCH e.evidenceIds"
                + " WHERE e.caseFile.id = :c"
                + " ORDER BY e.occurredAt, e.id",
            IncidentEntry.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /** The case's reported addresses, newest first. */
  public List<ReportedUrl> reports(long caseId) {
    return em.createQuery(
            "SELECT r FROM ReportedUrl r WHERE r.caseFile.id = :c"
                + " ORDER BY r.reportedAt DESC, r.id DESC",
            ReportedUrl.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /** A reported address of the case; another case's is none. */
  public Optional<ReportedUrl> report(long caseId, long reportId) {
    return Optional.ofNullable(em.find(ReportedUrl.class, reportId))
        .filter(r -> r.getCaseFile().getId() == caseId);
  }

  public boolean reported(long caseId, String url) {
    return em.createQuery(
                "SELECT COUNT(r) FROM ReportedUrl r WHERE r.caseFile.id = :c AND r.url = :u",
                Long.class)
            .setParameter("c", caseId)
            .setParameter("u", url)
            .getSingleResult()
        > 0;
  }

  /** The case's open deadlines the team shares with the client, with a date. */
  public List<CaseDeadline> sharedDeadlines(long caseId) {
    return em.createQuery(
            "SELECT d FROM CaseDeadline d WHERE d.caseFile.id = :c AND d.sharedWithClient = TRUE"
                + " AND d.status = :open AND (d.dueDate IS NOT NULL OR d.dueAt IS NOT NULL)",
            CaseDeadline.class)
        .setParameter("c", caseId)
        .setParameter("open", DeadlineStatus.OPEN)
        .getResultList();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  /** The case's client, with their safe-contact plan. */
  public Optional<Victim> victim(CaseFile caseFile) {
    return em.createQuery("SELECT v FROM Victim v WHERE v.caseFile = :c", Victim.class)
        .setParameter("c", caseFile)
        .getResultStream()
        .findFirst();
  }

  /** Holds the case's row until the transaction ends (portal changes of one case in turn). */
  public void lock(CaseFile caseFile) {
    em.lock(caseFile, LockModeType.PESSIMISTIC_WRITE);
  }

  public void flush() {
    em.flush();
  }
}
