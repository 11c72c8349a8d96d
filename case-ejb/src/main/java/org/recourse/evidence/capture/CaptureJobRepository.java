package org.recourse.evidence.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
