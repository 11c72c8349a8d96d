package org.recourse.deadline;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.util.List;
import org.recourse.casefile.CaseService;
import org.recourse.deadline.DeadlineViews.DeadlineView;
import org.recourse.law.LawService;
import org.recourse.law.LawService.ApplicableLaw;

/**
 * The law that applies to a case: the statutes of its jurisdictions and their parents, grouped as
 * civil remedies, criminal offences, deepfake/threat/doxxing coverage and platform or regulator
 * clocks, each with its citation, sources and grade, and the case's deadlines computed from their
 * rules (a civil remedy's limitation period with its date, provisional or none as its grade says).
 * Access follows the case: no case, no law (404).
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CaseLawService {

  @EJB private CaseService cases;
  @EJB private LawService law;
  @EJB private DeadlineService deadlines;

  /** The applicable law and the deadlines the case has from its rules. */
  public record CaseLaw(ApplicableLaw law, List<DeadlineView> ruleDeadlines)
      implements Serializable {}

  public CaseLaw forCase(long caseId) {
    var detail = cases.getUnrecorded(caseId);
    return new CaseLaw(
        law.applicable(detail.jurisdictions()),
        deadlines.forCase(caseId).stream().filter(d -> d.ruleId() != null).toList());
  }
}
