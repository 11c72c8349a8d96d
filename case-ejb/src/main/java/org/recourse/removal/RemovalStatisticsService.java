package org.recourse.removal;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.recourse.audit.RefusalRecorder;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.removal.stats.PlatformFigures;
import org.recourse.removal.stats.RemovalStatistics;
import org.recourse.removal.stats.RequestOutcome;
import org.recourse.shared.InvalidInputException;

/**
 * The figures an organisation publishes about its removal requests, per platform over a period.
 * Only the TAKE IT DOWN Act (47 U.S.C. § 223a(a)(3)) and eSafety notices set a legal time limit, so
 * only those requests count towards "removed within the limit".
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class RemovalStatisticsService {

  @Inject private RemovalRepository repository;

  /**
   * Per platform over requests submitted in [from, to): requests, removal rate, median time to
   * removal, share removed within the legal clock. Counts only, across all cases: no case or person
   * is identifiable from them.
   */
  public List<PlatformFigures> statistics(Instant from, Instant to) {
    if (from == null || to == null || !to.isAfter(from)) {
      throw new InvalidInputException("to", "must be after from");
    }
    List<RequestOutcome> outcomes = new ArrayList<>();
    for (Object[] row : repository.outcomes(from, to)) {
      LegalBasis basis = (LegalBasis) row[4];
      boolean legalClock = basis == LegalBasis.TAKE_IT_DOWN || basis == LegalBasis.ESAFETY;
      outcomes.add(
          new RequestOutcome(
              (String) row[0],
              (Instant) row[1],
              (Instant) row[2],
              legalClock ? (Instant) row[3] : null));
    }
    return RemovalStatistics.compute(outcomes, from, to);
  }
}
