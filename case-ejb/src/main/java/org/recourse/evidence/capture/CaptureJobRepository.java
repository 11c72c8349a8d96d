package org.recourse.evidence.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queries of web captures; joins the caller's transaction. */
@ApplicationScoped
public class CaptureJobRepository {

  @PersistenceContext private EntityManager em;

  public Optional<CaptureJob> find(long id) {
    return Optional.ofNullable(em.find(CaptureJob.class, id));
  }

  public void persist(CaptureJob job) {
    em.persist(job);
  }

  public void flush() {
    em.flush();
  }

  /** A case's captures, newest first. */
  public List<CaptureJob> ofCase(long caseId, int limit) {
    return em.createQuery(
            "SELECT j FROM CaptureJob j WHERE j.caseId = :c ORDER BY j.requestedAt DESC, j.id DESC",
            CaptureJob.class)
        .setParameter("c", caseId)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Marks the jobs requested before {@code before} and not finished as failed; returns how many.
   */
  public int failUnfinishedBefore(Instant before, String message, Instant at) {
    List<CaptureJob> unfinished =
        em.createQuery(
                "SELECT j FROM CaptureJob j WHERE j.requestedAt < :before"
                    + " AND j.status NOT IN :finished",
                CaptureJob.class)
            .setParameter("before", before)
            .setParameter("finished", List.of(CaptureStatus.DONE, CaptureStatus.FAILED))
            .getResultList();
    unfinished.forEach(j -> j.advance(CaptureStatus.FAILED, message, at));
    return unfinished.size();
  }
}
