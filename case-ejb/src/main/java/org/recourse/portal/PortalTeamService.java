package org.recourse.portal;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseAccessService;
import org.recourse.casefile.CaseAccessService.Grant;
import org.recourse.casefile.CaseFile;
import org.recourse.portal.PortalCommands.NewPortalLink;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.portal.PortalViews.PortalLinkView;
import org.recourse.portal.PortalViews.ReportView;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Validation;

/**
 * The team's side of the portal: who may open the case through it, and what the client wrote there.
 * Whoever sees the case reads them; the lead attorney and administrators (who manage the team)
 * decide who may open it.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class PortalTeamService {

  @Resource private SessionContext session;
  @Inject private PortalRepository repository;
  @Inject private Clock clock;
  @Inject private Validator validator;
  @EJB private CaseAccessService caseAccess;

  public List<PortalLinkView> links(long caseId) {
    caseAccess.visible(caseId);
    return repository.linksOf(caseId).stream().map(PortalViews::of).toList();
  }

  /**
   * Lets a client's user open this case through the portal; a user linked to another case is moved
   * here (a user has one case). Recorded in the case's history.
   */
  public PortalLinkView link(long caseId, NewPortalLink command) {
    Grant grant = caseAccess.changeable(caseId);
    if (!grant.access().canManageTeam()) {
      throw new NotPermittedException(
          "Only the lead attorney or an administrator gives portal access");
    }
    Validation.check(validator, command);
    String username = command.username().strip();
    CaseFile caseFile = grant.caseFile();
    Instant now = Instant.now(clock);
    Optional<PortalLink> existing = repository.linkOf(username);
    PortalLink link;
    if (existing.isPresent()) {
      link = existing.get();
      link.moveTo(caseFile, now, me());
    } else {
      link = new PortalLink(username, caseFile, now, me());
      repository.add(link);
    }
    caseFile.touch(me(), now);
    repository.flush();
    return PortalViews.of(link);
  }

  public List<IncidentView> incidents(long caseId) {
    caseAccess.visible(caseId);
    return repository.incidents(caseId).stream().map(PortalViews::of).toList();
  }

  public List<ReportView> reports(long caseId) {
    caseAccess.visible(caseId);
    return repository.reports(caseId).stream().map(PortalViews::of).toList();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
