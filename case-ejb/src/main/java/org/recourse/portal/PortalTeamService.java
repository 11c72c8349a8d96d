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
import java.util.Locale;
import java.util.Optional;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseAccessService;
import org.recourse.casefile.CaseAccessService.Grant;
import org.recourse.casefile.CaseFile;
import org.recourse.portal.PortalCommands.NewPortalLink;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.portal.PortalViews.PortalLinkView;
import org.recourse.portal.PortalViews.ReportView;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
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
   * Lets a client's user open this case through the portal. A user has one case: a username already
   * linked to another case is moved here only when the caller also manages that case (an
   * administrator, or the lead attorney of both); otherwise it is refused naming {@code username},
   * so no team takes another team's client onto its own case. The move is recorded in both cases'
   * histories. The username is kept in lower case, as Keycloak keeps it.
   */
  public PortalLinkView link(long caseId, NewPortalLink command) {
    Grant grant = caseAccess.changeable(caseId);
    if (!grant.access().canManageTeam()) {
      throw new NotPermittedException(
          "Only the lead attorney or an administrator gives portal access");
    }
    Validation.check(validator, command);
    String username = normalise(command.username());
    CaseFile caseFile = grant.caseFile();
    Instant now = Instant.now(clock);
    Optional<PortalLink> existing = repository.linkOf(username);
    PortalLink link;
    if (existing.isPresent()) {
      link = existing.get();
      CaseFile previous = link.getCaseFile();
      if (previous.getId().equals(caseFile.getId())) {
        return PortalViews.of(link);
      }
      if (!managesAlso(previous.getId())) {
        throw new InvalidInputException(
            "username",
            "This user already opens another case through the portal; only someone who manages"
                + " that case too can move them here");
      }
      link.moveTo(caseFile, now, me());
      previous.touch(me(), now);
    } else {
      link = new PortalLink(username, caseFile, now, me());
      repository.add(link);
    }
    caseFile.touch(me(), now);
    repository.flush();
    return PortalViews.of(link);
  }

  private boolean managesAlso(long otherCaseId) {
    try {
      return caseAccess.changeable(otherCaseId).access().canManageTeam();
    } catch (NotFoundException e) {
      return false;
    }
  }

  /** A username as Keycloak keeps it: stripped and in lower case. */
  static String normalise(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
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
