package org.recourse.history;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;

/**
 * A case's history follows the case: whoever may read the case reads its history (a case outside
 * one's reach is not found), and the victim's identity and contact details appear in it only for
 * those who may see them on the case page.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CaseHistoryService {

  @PersistenceContext private EntityManager em;
  @EJB private CaseService cases;

  /** What changed in the case, field by field, newest first. */
  public List<HistoryEntry> forCase(long caseId) {
    return forCase(caseId, true);
  }

  /**
   * What changed, with the values of the victim's identity fields only when {@code withIdentity}
   * and the caller may see them: the case page passes false until the person asks to see the
   * identity.
   */
  public List<HistoryEntry> forCase(long caseId, boolean withIdentity) {
    CaseAccess access = cases.access(caseId);
    return new CaseHistoryReader(em).read(caseId, withIdentity && access.canSeeIdentity());
  }
}
