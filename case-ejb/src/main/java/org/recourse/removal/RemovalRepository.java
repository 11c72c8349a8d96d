package org.recourse.removal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recourse.casefile.CaseAccessService;
import org.recourse.casefile.CaseFile;
import org.recourse.removal.notice.LegalBasis;

/**
 * The removal requests as stored: the requests of a case, their history, sent notices, URL checks,
 * the notice templates and legal bases in force, and the rows the watcher, the dashboard and the
 * statistics read. Only queries live here; who may read what is decided by the services.
 */
@Dependent
public class RemovalRepository {

  /** How many URL checks of a request are shown with it, newest first. */
  static final int CHECKS_SHOWN = 50;

  /** How many re-upload alerts the dashboard shows, newest first. */
  static final int ALERTS_SHOWN = 50;

  @PersistenceContext private EntityManager em;

  public Optional<RemovalRequest> find(long requestId) {
    return Optional.ofNullable(em.find(RemovalRequest.class, requestId));
  }

  public CaseFile caseFile(long caseId) {
    return em.find(CaseFile.class, caseId);
  }

  /** A statute of the law library, to set a request's clock from. */
  public org.recourse.law.Statute statute(long statuteId) {
    return em.find(org.recourse.law.Statute.class, statuteId);
  }

  /**
   * The sent requests not yet removed whose clock comes from a statute of one of the jurisdictions:
   * the statute chosen on the request, or, where none was chosen, the one configured for its legal
   * basis.
   */
  public List<RemovalRequest> runningClocksIn(Set<String> jurisdictionCodes) {
    return em.createQuery(
            "SELECT r FROM RemovalRequest r LEFT JOIN r.clockStatute s LEFT JOIN s.jurisdiction j"
                + " WHERE r.submittedAt IS NOT NULL AND r.removedAt IS NULL AND ("
                + " j.code IN :codes OR (s IS NULL AND r.legalBasis IN ("
                + "  SELECT b.legalBasis FROM RemovalBasis b, Statute bs"
                + "  WHERE bs.id = b.statuteId AND bs.jurisdiction.code IN :codes)))",
            RemovalRequest.class)
        .setParameter("codes", jurisdictionCodes)
        .getResultList();
  }

  /** Stores a new request; its id is known afterwards. */
  public void add(RemovalRequest request) {
    em.persist(request);
  }

  public void add(RemovalEvent event) {
    em.persist(event);
  }

  public void add(SentNotice notice) {
    em.persist(notice);
  }

  public void add(NoticeTemplate template) {
    em.persist(template);
  }

  public void add(UrlCheckRecord check) {
    em.persist(check);
  }

  public void flush() {
    em.flush();
  }

  /** The case's requests with their platforms, newest first. */
  public List<RemovalRequest> ofCase(long caseId) {
    return em.createQuery(
            "SELECT r FROM RemovalRequest r JOIN FETCH r.platform WHERE r.caseFile.id = :c"
                + " ORDER BY r.createdAt DESC, r.id DESC",
            RemovalRequest.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /** The case's request for a normalised URL, if it has one. */
  public Optional<RemovalRequest> byUrl(long caseId, String url) {
    return em.createQuery(
            "SELECT r FROM RemovalRequest r WHERE r.caseFile.id = :c AND r.url = :u",
            RemovalRequest.class)
        .setParameter("c", caseId)
        .setParameter("u", url)
        .getResultStream()
        .findFirst();
  }

  /** The case an evidence item belongs to, if the item exists. */
  public Optional<Long> caseOfEvidence(String evidenceId) {
    return em.createQuery("SELECT e.caseFile.id FROM EvidenceItem e WHERE e.id = :id", Long.class)
        .setParameter("id", evidenceId)
        .getResultStream()
        .findFirst();
  }

  /** The request's status changes, oldest first. */
  public List<RemovalEvent> history(long requestId) {
    return em.createQuery(
            "SELECT e FROM RemovalEvent e WHERE e.requestId = :r ORDER BY e.occurredAt, e.id",
            RemovalEvent.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  /** The request's latest URL checks, newest first. */
  public List<UrlCheckRecord> recentChecks(long requestId) {
    return em.createQuery(
            "SELECT c FROM UrlCheckRecord c WHERE c.requestId = :r ORDER BY c.checkedAt DESC",
            UrlCheckRecord.class)
        .setParameter("r", requestId)
        .setMaxResults(CHECKS_SHOWN)
        .getResultList();
  }

  public Optional<SentNotice> notice(long noticeId) {
    return Optional.ofNullable(em.find(SentNotice.class, noticeId));
  }

  /** The request's sent notices, oldest first. */
  public List<SentNotice> notices(long requestId) {
    return em.createQuery(
            "SELECT n FROM SentNotice n WHERE n.requestId = :r ORDER BY n.sentAt", SentNotice.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  /** The administrator's template for a basis, if one was saved. */
  public Optional<NoticeTemplate> template(LegalBasis basis) {
    return Optional.ofNullable(em.find(NoticeTemplate.class, basis));
  }

  /** Which statute sets the clock of a basis, if the basis is configured. */
  public Optional<RemovalBasis> basis(LegalBasis basis) {
    return Optional.ofNullable(em.find(RemovalBasis.class, basis));
  }

  /**
   * Requests whose content came back after removal, newest alert first, with their platform and
   * case: all of them for an administrator, else those of cases the user is on the team of.
   */
  public List<RemovalRequest> reuploadAlerts(boolean administrator, String username) {
    String teamFilter = administrator ? "" : " AND " + CaseAccessService.onTeam("r.caseFile", "me");
    var query =
        em.createQuery(
            "SELECT r FROM RemovalRequest r JOIN FETCH r.platform JOIN FETCH r.caseFile"
                + " WHERE r.reuploadAlertAt IS NOT NULL"
                + teamFilter
                + " ORDER BY r.reuploadAlertAt DESC",
            RemovalRequest.class);
    if (!teamFilter.isEmpty()) {
      query.setParameter("me", username);
    }
    return query.setMaxResults(ALERTS_SHOWN).getResultList();
  }

  /**
   * Per request submitted in [from, to): platform name, submitted, removed, due and legal basis, in
   * that order; nothing that identifies a case.
   */
  public List<Object[]> outcomes(Instant from, Instant to) {
    return em.createQuery(
            "SELECT p.name, r.submittedAt, r.removedAt, r.slaDueAt, r.legalBasis FROM RemovalRequest r JOIN r.platform p"
                + " WHERE r.submittedAt >= :from AND r.submittedAt < :to",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** Id and URL of each watched, sent request not checked since {@code checkedBefore}. */
  public List<Object[]> dueForCheck(Instant checkedBefore) {
    return em.createQuery(
            "SELECT r.id, r.url FROM RemovalRequest r WHERE r.watched = TRUE"
                + " AND r.submittedAt IS NOT NULL"
                + " AND (r.lastCheckedAt IS NULL OR r.lastCheckedAt < :before) ORDER BY r.id",
            Object[].class)
        .setParameter("before", checkedBefore)
        .getResultList();
  }
}
