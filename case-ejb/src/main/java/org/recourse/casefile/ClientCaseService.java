package org.recourse.casefile;

import static org.recourse.shared.Roles.CLIENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.casefile.CaseViews.PersonView;

/**
 * What a client may read of their own case for their data export: the case with their own identity
 * and contact preferences, and the people named in it. It takes the case itself, not an id: the
 * caller has already settled that the case is the client's own (the portal's rule, {@code
 * PortalService}), which this package cannot know. The client has no rights on the case here (no
 * team role); the identity is included because it is theirs.
 */
@Stateless
@RolesAllowed(CLIENT)
public class ClientCaseService {

  @PersistenceContext private EntityManager em;

  /** The client's own case and the people named in it. */
  public ClientCopy copyOf(CaseFile caseFile) {
    CaseDetail detail =
        CaseService.detail(
            caseFile,
            CaseService.victimOf(em, caseFile),
            CaseAccessService.accessFor(null, false, false, false),
            true);
    return new ClientCopy(detail, CasePeopleService.peopleOf(em, caseFile));
  }

  /** A case as its client may read it, and the people named in it. */
  public record ClientCopy(CaseDetail detail, List<PersonView> people) {}
}
