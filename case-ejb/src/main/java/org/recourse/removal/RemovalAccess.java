package org.recourse.removal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.recourse.audit.AccessContext;
import org.recourse.audit.TargetType;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;

/**
 * The case rule applied to removal requests: a request is seen by whoever sees its case, and one of
 * a case out of reach is answered exactly as one that does not exist, so its id says nothing; only
 * the case team (those who may add evidence) creates and changes requests, and not on a purged
 * case.
 */
@Dependent
public class RemovalAccess {

  static final String NO_SUCH_REQUEST = "No such removal request";
  static final String TEAM_ONLY = "Only the case team works on its removal requests";

  @EJB private CaseService cases;
  @Inject private RemovalRepository repository;

  /** Refuses a case the caller may not see, as the case rule answers it. */
  public void caseVisible(long caseId) {
    cases.access(caseId);
  }

  /** The case, when the caller's team may add requests to it. */
  public CaseFile editableCase(long caseId) {
    CaseAccess access = cases.accessToChange(caseId);
    if (!access.canAddEvidence()) {
      throw new NotPermittedException(TEAM_ONLY);
    }
    return repository.caseFile(caseId);
  }

  /** A request the caller's team works on: found, visible and editable, checked once. */
  public RemovalRequest editable(long requestId) {
    RemovalRequest request = find(requestId);
    CaseAccess access;
    try {
      access = cases.accessToChange(request.getCaseFile().getId());
    } catch (NotFoundException e) {
      throw new NotFoundException(NO_SUCH_REQUEST);
    }
    if (!access.canAddEvidence()) {
      throw new NotPermittedException(TEAM_ONLY);
    }
    return request;
  }

  /** A request the caller may see. */
  public RemovalRequest visible(long requestId) {
    RemovalRequest request = find(requestId);
    accessTo(request);
    return request;
  }

  /** What the caller may do on the request's case; out of reach is "no such request". */
  public CaseAccess accessTo(RemovalRequest request) {
    try {
      return cases.access(request.getCaseFile().getId());
    } catch (NotFoundException e) {
      throw new NotFoundException(NO_SUCH_REQUEST);
    }
  }

  /** The request, named as what the call is about (for the access log), whoever may see it. */
  public RemovalRequest find(long requestId) {
    AccessContext.about(TargetType.REMOVAL_REQUEST, Long.toString(requestId));
    return repository.find(requestId).orElseThrow(() -> new NotFoundException(NO_SUCH_REQUEST));
  }
}
