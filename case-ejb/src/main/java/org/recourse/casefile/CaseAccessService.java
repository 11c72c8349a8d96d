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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.recourse.audit.AccessContext;
import org.recourse.audit.AccessLog;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.shared.NotFoundException;

/**
 * The one answer to "may this caller see or change this case, and which cases may they see": only
 * the case team (and administrators) see a case; a case outside one's reach is "not found", never
 * "forbidden", and such a refusal of an existing case is recorded in the access log. It owns the
 * team query; other features filter their lists with {@link #onTeam}, a JPQL condition that keeps
 * their query one statement, instead of restating it.
 *
 * <p>Named {@code CaseAccessService} because {@link CaseAccess} is already the record of what a
 * caller may do with one case, which pages, the API, removals and evidence read.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CaseAccessService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AccessLog accessLog;

  /** A case the caller may see, with what they may do on it (the team role is read once). */
  public record Grant(CaseFile caseFile, CaseAccess access) {}

  /**
   * A JPQL condition that holds when {@code user} is on the team of {@code caseFile}, for a {@code
   * WHERE} clause: {@code onTeam("d.caseFile", "me")} and {@code setParameter("me", name)}. An
   * {@code EXISTS} subquery, so the list stays one statement however many cases there are.
   *
   * @param caseFile a JPQL path to a {@code CaseFile}, e.g. {@code "c"} or {@code "r.caseFile"}
   * @param userParameter the name of the query parameter that holds the username
   */
  public static String onTeam(String caseFile, String userParameter) {
    return "EXISTS (SELECT t FROM TeamMember t WHERE t.caseFile = "
        + caseFile
        + " AND t.username = :"
        + userParameter
        + ")";
  }

  /**
   * The one place that answers a case outside the caller's teams as not found; such a refusal of an
   * existing case is recorded in the access log (a case that does not exist is not), without making
   * the answer slower than for a missing id.
   */
  public Grant visible(long caseId) {
    CaseFile caseFile = em.find(CaseFile.class, caseId);
    // The team is asked for a missing id too, and the refusal is written after the answer (see
    // AccessLog), so that another team's case takes as long to refuse as a missing one.
    CaseRole role = teamRoleIn(caseId);
    if (caseFile == null) {
      throw new NotFoundException("No such case");
    }
    if (!session.isCallerInRole(ADMIN) && role == null) {
      accessLog.denied(caseId, null, null, "Not on the case team; answered as not found");
      throw new NotFoundException("No such case");
    }
    AccessContext.inCase(caseId);
    CaseAccess access = accessFor(role);
    return new Grant(caseFile, caseFile.isPurged() ? readOnly(access) : access);
  }

  /** Like {@link #visible}, but a purged case is refused with {@link CasePurgedException}. */
  public Grant changeable(long caseId) {
    Grant grant = visible(caseId);
    grant.caseFile().requireNotPurged();
    return grant;
  }

  /** What the caller may do with a case (no check that they may see it). */
  public CaseAccess accessTo(CaseFile caseFile) {
    return accessFor(teamRoleIn(caseFile.getId()));
  }

  /** The ids of the cases whose team the caller is on. */
  public List<Long> teamCaseIds() {
    return em.createQuery(
            "SELECT t.caseFile.id FROM TeamMember t WHERE t.username = :me", Long.class)
        .setParameter("me", me())
        .getResultList();
  }

  /** How many cases the caller is on the team of. */
  public long teamCaseCount() {
    return em.createQuery("SELECT COUNT(t) FROM TeamMember t WHERE t.username = :me", Long.class)
        .setParameter("me", me())
        .getSingleResult();
  }

  private CaseAccess accessFor(CaseRole role) {
    return accessFor(
        role,
        session.isCallerInRole(ADMIN),
        session.isCallerInRole(ATTORNEY),
        session.isCallerInRole(ADVOCATE));
  }

  /**
   * The rule: administrators edit and manage every team but see no identity; on the team, attorneys
   * and advocates (not in a caseworker's seat) edit and handle evidence, the lead attorney manages
   * the team, everyone sees the identity and adds notes and evidence, and attorneys in an
   * attorney's seat read privileged notes.
   */
  static CaseAccess accessFor(CaseRole role, boolean admin, boolean attorney, boolean advocate) {
    boolean onTeam = role != null;
    boolean editorRole = attorney || advocate;
    return new CaseAccess(
        role,
        admin || (onTeam && editorRole && role != CaseRole.CASEWORKER),
        admin || role == CaseRole.LEAD_ATTORNEY,
        onTeam,
        onTeam && role.isAttorney() && attorney,
        onTeam || admin,
        onTeam,
        onTeam && editorRole && role != CaseRole.CASEWORKER);
  }

  /** A purged case is read-only: pages offer no change, and changes are refused (409). */
  static CaseAccess readOnly(CaseAccess access) {
    return new CaseAccess(
        access.teamRole(),
        false,
        false,
        access.canSeeIdentity(),
        access.canReadPrivileged(),
        false,
        false,
        access.canHandleEvidence());
  }

  private CaseRole teamRoleIn(long caseId) {
    List<CaseRole> roles =
        em.createQuery(
                "SELECT t.caseRole FROM TeamMember t WHERE t.caseFile.id = :c AND t.username = :me",
                CaseRole.class)
            .setParameter("c", caseId)
            .setParameter("me", me())
            .getResultList();
    return roles.isEmpty() ? null : roles.get(0);
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
