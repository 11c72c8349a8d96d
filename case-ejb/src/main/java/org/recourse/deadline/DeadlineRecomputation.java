package org.recourse.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.recourse.casefile.CaseFactsChanged;
import org.recourse.casefile.CaseFile;
import org.recourse.law.LawChanged;

/**
 * Keeps case deadlines in step with what they are computed from: when the law of a jurisdiction
 * changes, every case in it is recomputed; when a case is opened or its facts change, that case.
 * The events are observed synchronously, inside the transaction of the change that fired them, so a
 * failed recomputation rolls the change back (as when the engine was called directly); the services
 * that fire them check who may make the change.
 */
@Stateless
@PermitAll
public class DeadlineRecomputation {

  @PersistenceContext private EntityManager em;
  @EJB private DeadlineEngine engine;

  /** Recomputes the deadlines of a case that was opened or whose facts changed. */
  public void caseFactsChanged(@Observes CaseFactsChanged changed) {
    engine.recompute(changed.caseFile(), changed.victimDateOfBirth(), changed.by());
  }

  /** Recomputes every case in the jurisdictions whose law changed, and reports how many. */
  public void lawChanged(@Observes LawChanged changed) {
    List<CaseFile> cases =
        em.createQuery(
                "SELECT DISTINCT c FROM CaseFile c JOIN c.jurisdictions j WHERE j IN :codes",
                CaseFile.class)
            .setParameter("codes", changed.jurisdictionCodes())
            .getResultList();
    for (CaseFile caseFile : cases) {
      List<LocalDate> births =
          em.createQuery(
                  "SELECT v.dateOfBirth FROM Victim v WHERE v.caseFile = :c", LocalDate.class)
              .setParameter("c", caseFile)
              .getResultList();
      LocalDate dateOfBirth = births.isEmpty() ? null : births.get(0);
      engine.recompute(caseFile, dateOfBirth, changed.by());
    }
    changed.recomputed(cases.size());
  }
}
