package org.recourse.removal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.recourse.law.LawChanged;

/**
 * Keeps the clocks of sent removal requests in step with the law: when the law of a jurisdiction
 * changes (a rule corrected, added, its dates of force moved), every sent request not yet removed
 * whose clock comes from a statute of that jurisdiction (chosen on the request, or configured for
 * its legal basis) is recomputed, as the deadline feature does for the cases' own deadlines. The
 * event is observed synchronously inside the administrator's transaction.
 */
@Stateless
@PermitAll
public class RemovalClockRecomputation {

  @PersistenceContext private EntityManager em;
  @Inject private RemovalWorkflow workflow;

  public void lawChanged(@Observes LawChanged changed) {
    List<RemovalRequest> requests =
        em.createQuery(
                "SELECT r FROM RemovalRequest r LEFT JOIN r.clockStatute s LEFT JOIN s.jurisdiction j"
                    + " WHERE r.submittedAt IS NOT NULL AND r.removedAt IS NULL AND ("
                    + " j.code IN :codes OR (s IS NULL AND r.legalBasis IN ("
                    + "  SELECT b.legalBasis FROM RemovalBasis b, Statute bs"
                    + "  WHERE bs.id = b.statuteId AND bs.jurisdiction.code IN :codes)))",
                RemovalRequest.class)
            .setParameter("codes", changed.jurisdictionCodes())
            .getResultList();
    for (RemovalRequest request : requests) {
      workflow.restartClock(request, changed.by());
    }
  }
}
