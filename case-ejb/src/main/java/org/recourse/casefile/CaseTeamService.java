package org.recourse.casefile;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseAccessService.Grant;
import org.recourse.casefile.CaseCommands.TeamAssignment;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.casefile.CaseViews.TeamMemberView;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Validation;
import org.recourse.users.StaffRoles;

/**
 * A case's team: who is on it and in which case role. The lead attorney (or an administrator)
 * manages it; a case keeps at least one member. Who may see a case at all is {@link
 * CaseAccessService}'s answer.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class CaseTeamService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @EJB private CaseAccessService caseAccess;
  @Inject private StaffRoles staffRoles;
  @EJB private RoleLookupLimiter lookups;

  public List<TeamMemberView> team(long caseId) {
    Grant visible = caseAccess.visible(caseId);
    CaseFile caseFile = visible.caseFile();
    return teamOf(caseFile).stream().map(CaseTeamService::view).toList();
  }

  /** Adds a user to the team, or changes their case role. Lead attorney or admin only. */
  public List<TeamMemberView> assign(long caseId, TeamAssignment assignment) {
    Grant visible = caseAccess.changeable(caseId);
    CaseFile caseFile = visible.caseFile();
    requireTeamManager(visible.access());
    Validation.check(validator, assignment);
    String username = assignment.username().strip();
    Optional<TeamMember> existing =
        teamOf(caseFile).stream().filter(m -> m.getUsername().equals(username)).findFirst();
    // Touched first: a new member takes the case's last activity as it is then.
    Instant now = Instant.now(clock);
    caseFile.touch(me(), now);
    if (existing.isPresent()) {
      existing.get().setCaseRole(assignment.caseRole());
    } else {
      em.persist(new TeamMember(caseFile, username, assignment.caseRole(), me(), now));
    }
    em.flush();
    return team(caseId);
  }

  /**
   * The case role to offer first for a user about to join the team: the one of their staff role at
   * the identity provider (an advocate joins as the advocate, {@link CaseRole#suggestedFor}); none
   * when it names no such role. Lead attorney or admin only, as it tells who holds which role.
   * Outside a transaction: no database connection waits on the identity provider's answer.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<CaseRole> suggestedRole(long caseId, String username) {
    requireTeamManager(caseAccess.visible(caseId).access());
    return staffRoleOf(username);
  }

  /**
   * The case role to offer first for a user the team of a case being opened (intake) will take in,
   * as {@link #suggestedRole} does for an existing case; for those who may open cases only.
   */
  @RolesAllowed({ATTORNEY, ADVOCATE, ADMIN})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<CaseRole> suggestedRoleForNewCase(String username) {
    return staffRoleOf(username);
  }

  private Optional<CaseRole> staffRoleOf(String username) {
    // Past the caller's limit of lookups no suggestion is made: the form offers its default.
    if (username == null || username.isBlank() || !lookups.mayLookUp(me())) {
      return Optional.empty();
    }
    return CaseRole.suggestedFor(staffRoles.of(username.strip()));
  }

  /** Removes a user from the team; a case keeps at least one member. */
  public List<TeamMemberView> unassign(long caseId, String username) {
    Grant visible = caseAccess.changeable(caseId);
    CaseFile caseFile = visible.caseFile();
    requireTeamManager(visible.access());
    List<TeamMember> team = teamOf(caseFile);
    TeamMember member =
        team.stream()
            .filter(m -> m.getUsername().equals(username))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No such team member"));
    if (team.size() == 1) {
      throw new InvalidInputException("username", "a case needs at least one team member");
    }
    em.remove(member);
    caseFile.touch(me(), Instant.now(clock));
    em.flush();
    return team(caseId);
  }

  private void requireTeamManager(CaseAccess access) {
    if (!access.canManageTeam()) {
      throw new NotPermittedException(
          "Only the lead attorney or an administrator manages the team");
    }
  }

  private List<TeamMember> teamOf(CaseFile caseFile) {
    return em.createQuery(
            "SELECT t FROM TeamMember t WHERE t.caseFile = :c ORDER BY t.caseRole, t.username",
            TeamMember.class)
        .setParameter("c", caseFile)
        .getResultList();
  }

  private static TeamMemberView view(TeamMember m) {
    return new TeamMemberView(m.getUsername(), m.getCaseRole(), m.getAddedAt(), m.getAddedBy());
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
