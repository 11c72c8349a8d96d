package org.recourse.removal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.recourse.law.LawChanged;

/**
 * Keeps the clocks of sent removal requests in step with the law: when the law of a jurisdiction
 * changes (a rule corrected, added, its dates of force moved), every sent request not yet removed
 * whose clock comes from a statute of that jurisdiction (chosen on the request, or configured for
 * its legal basis) is recomputed, as the deadline feature does for the cases' own deadlines. A
 * removed request's clock has ended and is left alone. The event is observed synchronously inside
 * the administrator's transaction.
 */
@Stateless
@PermitAll
public class RemovalClockRecomputation {

  @Inject private RemovalRepository repository;
  @Inject private RemovalWorkflow workflow;

  public void lawChanged(@Observes LawChanged changed) {
    for (RemovalRequest request : repository.runningClocksIn(changed.jurisdictionCodes())) {
      workflow.restartClock(request, changed.by());
    }
  }
}
