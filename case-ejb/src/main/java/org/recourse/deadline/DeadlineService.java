package org.recourse.deadline;

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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseAccessService;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.deadline.DeadlineViews.DeadlineChangeView;
import org.recourse.deadline.DeadlineViews.DeadlineView;
import org.recourse.law.Severity;
import org.recourse.law.Trigger;
import org.recourse.shared.IdentityText;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Validation;

/**
 * A case's deadlines as the team sees and works them: listed soonest first, added by hand, marked
 * done or waived with a reason, and gathered across the user's cases for the dashboard and the
 * calendar. Access follows the case: no case, no deadline (404).
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class DeadlineService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @EJB private CaseService cases;
  @EJB private DeadlineEngine engine;

  /** A deadline entered by hand; exactly one of {@code dueDate} and {@code dueAt}. */
  public record NewDeadline(
      @NotBlank @Size(max = 200) @org.recourse.shared.SingleLine String title,
      LocalDate dueDate,
      Instant dueAt,
      Severity severity) {}

  /** Marks a deadline done or waived; waiving needs a reason. */
  public record StatusChange(
      @NotNull DeadlineStatus status,
      @Size(max = 1000) @org.recourse.shared.MultiLine String reason) {}

  /** The case's deadlines; the victim's identity in explanations only for those who may see it. */
  public List<DeadlineView> forCase(long caseId) {
    return forCase(caseId, true);
  }

  /**
   * The case's deadlines, with the victim's identity in explanations (a minor's eighteenth
   * birthday) only when {@code withIdentity} and the caller may see it: the case page passes false
   * until the person asks to see the identity.
   */
  public List<DeadlineView> forCase(long caseId, boolean withIdentity) {
    boolean identity = withIdentity && cases.access(caseId).canSeeIdentity();
    return em
        .createQuery(
            "SELECT d FROM CaseDeadline d JOIN FETCH d.caseFile WHERE d.caseFile.id = :id",
            CaseDeadline.class)
        .setParameter("id", caseId)
        .getResultList()
        .stream()
        .map(d -> view(d, identity))
        .sorted(SOONEST_FIRST)
        .toList();
  }

  public List<DeadlineChangeView> changes(long caseId) {
    boolean identity = cases.access(caseId).canSeeIdentity();
    return em
        .createQuery(
            "SELECT c FROM DeadlineChange c WHERE c.deadline.caseFile.id = :id"
                + " ORDER BY c.changedAt DESC",
            DeadlineChange.class)
        .setParameter("id", caseId)
        .getResultList()
        .stream()
        .map(
            c ->
                new DeadlineChangeView(
                    c.getDeadline().getId(),
                    c.getDeadline().getTitle(),
                    c.getChangedAt(),
                    c.getChangedBy(),
                    c.getOldDue(),
                    c.getNewDue(),
                    IdentityText.render(c.getReason(), identity)))
        .toList();
  }

  public DeadlineView addManual(long caseId, NewDeadline command) {
    CaseAccess access = cases.accessToChange(caseId);
    if (!access.canAddNotes()) {
      throw new NotPermittedException("Only the case team adds deadlines");
    }
    Validation.check(validator, command);
    if ((command.dueDate() == null) == (command.dueAt() == null)) {
      throw new InvalidInputException("dueDate", "give either a due date or a due moment (dueAt)");
    }
    CaseDeadline deadline =
        CaseDeadline.manual(
            em.getReference(CaseFile.class, caseId),
            command.title().strip(),
            command.dueDate(),
            command.dueAt(),
            command.severity() == null ? Severity.NORMAL : command.severity(),
            me(),
            Instant.now(clock));
    em.persist(deadline);
    em.flush();
    return view(em.find(CaseDeadline.class, deadline.getId()), access.canSeeIdentity());
  }

  /**
   * Refuses a deadline the caller may not know exists exactly as {@link #changeStatus} does: for
   * answers that decide access before anything else, such as a body that cannot be read.
   */
  public void checkVisible(long deadlineId) {
    CaseDeadline deadline = em.find(CaseDeadline.class, deadlineId);
    if (deadline == null) {
      throw new NotFoundException("No such deadline");
    }
    try {
      cases.access(deadline.getCaseFile().getId());
    } catch (NotFoundException e) {
      throw new NotFoundException("No such deadline");
    }
  }

  public DeadlineView changeStatus(long deadlineId, StatusChange change) {
    CaseDeadline deadline = em.find(CaseDeadline.class, deadlineId);
    CaseAccess access = accessToChange(deadline);
    Validation.check(validator, change);
    if (change.status() == DeadlineStatus.OPEN) {
      return reopened(deadline, access);
    }
    if (change.status() == DeadlineStatus.WAIVED
        && (change.reason() == null || change.reason().isBlank())) {
      throw new InvalidInputException("reason", "waiving a deadline needs a reason");
    }
    deadline.close(
        change.status(),
        change.reason() == null ? null : change.reason().strip(),
        me(),
        Instant.now(clock));
    em.flush();
    return view(deadline, access.canSeeIdentity());
  }

  /**
   * Opens a deadline marked done or waived again, undoing the close: the reason given for it goes,
   * and the case history keeps both the close and the reopening. An open deadline stays as it is.
   */
  public DeadlineView reopen(long deadlineId) {
    CaseDeadline deadline = em.find(CaseDeadline.class, deadlineId);
    return reopened(deadline, accessToChange(deadline));
  }

  private DeadlineView reopened(CaseDeadline deadline, CaseAccess access) {
    if (deadline.getStatus() != DeadlineStatus.OPEN) {
      deadline.close(DeadlineStatus.OPEN, null, me(), Instant.now(clock));
      em.flush();
    }
    return view(deadline, access.canSeeIdentity());
  }

  /**
   * The caller's right to change this deadline: 404 for one they may not know, 403 off the team.
   */
  private CaseAccess accessToChange(CaseDeadline deadline) {
    return accessToChange(deadline, "Only the case team closes deadlines");
  }

  private CaseAccess accessToChange(CaseDeadline deadline, String refusal) {
    if (deadline == null) {
      throw new NotFoundException("No such deadline");
    }
    CaseAccess access;
    try {
      access = cases.accessToChange(deadline.getCaseFile().getId());
    } catch (NotFoundException e) {
      throw new NotFoundException("No such deadline");
    }
    if (!access.canAddNotes()) {
      throw new NotPermittedException(refusal);
    }
    return access;
  }

  /**
   * Sets the date a deadline whose rule counts from a chosen start date (trigger MANUAL) counts
   * from; the deadline is computed from it, the move logged and the date kept in the case history.
   * A deadline already done or waived keeps its date: it must be reopened first.
   */
  public DeadlineView setStartDate(long deadlineId, LocalDate startDate) {
    CaseDeadline deadline = em.find(CaseDeadline.class, deadlineId);
    CaseAccess access = accessToChange(deadline, "Only the case team sets start dates");
    if (deadline.getRule() == null || !deadline.getRule().countsFrom(Trigger.MANUAL)) {
      throw new InvalidInputException(
          "startDate", "this deadline does not count from a chosen start date");
    }
    if (deadline.getStatus() != DeadlineStatus.OPEN) {
      throw new InvalidInputException(
          "startDate",
          "this deadline is "
              + deadline.getStatus().name().toLowerCase(Locale.ROOT)
              + "; reopen it before changing the date it counts from");
    }
    if (startDate == null) {
      throw new InvalidInputException("startDate", "choose the date the deadline counts from");
    }
    if (startDate.getYear() < 1900 || startDate.getYear() > 2200) {
      throw new InvalidInputException("startDate", "must be between 1900 and 2200");
    }
    List<LocalDate> births =
        em.createQuery("SELECT v.dateOfBirth FROM Victim v WHERE v.caseFile = :c", LocalDate.class)
            .setParameter("c", deadline.getCaseFile())
            .getResultList();
    engine.startFrom(deadline, startDate, births.isEmpty() ? null : births.get(0), me());
    em.flush();
    return view(deadline, access.canSeeIdentity());
  }

  /**
   * Shares a deadline's date with the client through the portal (what and when, nothing else), or
   * stops sharing it; the case history records either. The caller's right comes first, so an
   * outsider's request answers "not found" whatever its body.
   */
  public DeadlineView shareWithClient(long deadlineId, Boolean shared) {
    CaseDeadline deadline = em.find(CaseDeadline.class, deadlineId);
    CaseAccess access =
        accessToChange(deadline, "Only the case team shares deadlines with the client");
    if (shared == null) {
      throw new InvalidInputException("shared", "say whether the client sees this date");
    }
    deadline.shareWithClient(shared);
    em.flush();
    return view(deadline, access.canSeeIdentity());
  }

  /**
   * The user's open deadlines due between two moments, across the cases of their teams (whose
   * members see the victim's identity).
   */
  public List<DeadlineView> mine(Instant from, Instant to) {
    LocalDate fromDate = LocalDate.ofInstant(from, ZoneOffset.UTC);
    LocalDate toDate = LocalDate.ofInstant(to, ZoneOffset.UTC);
    return em
        .createQuery(
            "SELECT d FROM CaseDeadline d JOIN FETCH d.caseFile WHERE d.status = :open AND "
                + CaseAccessService.onTeam("d.caseFile", "me")
                + " AND ((d.dueAt >= :from AND d.dueAt < :to)"
                + " OR (d.dueDate >= :fromDate AND d.dueDate <= :toDate))",
            CaseDeadline.class)
        .setParameter("open", DeadlineStatus.OPEN)
        .setParameter("me", me())
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("fromDate", fromDate)
        .setParameter("toDate", toDate)
        .getResultList()
        .stream()
        .map(d -> view(d, true))
        .sorted(SOONEST_FIRST)
        .toList();
  }

  /** The user's open deadlines already past, across their cases (the dashboard's "overdue"). */
  public List<DeadlineView> overdue() {
    return mine(Instant.parse("1970-01-01T00:00:00Z"), Instant.now(clock)).stream()
        .filter(DeadlineView::overdue)
        .toList();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static final Comparator<DeadlineView> SOONEST_FIRST =
      Comparator.comparing(
              (DeadlineView d) -> d.dueAt() != null ? d.dueAt() : startOf(d.dueDate()),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(DeadlineView::id);

  private static Instant startOf(LocalDate date) {
    return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static DeadlineView view(CaseDeadline d, boolean maySeeIdentity) {
    Instant now = Instant.now();
    boolean open = d.getStatus() == DeadlineStatus.OPEN;
    boolean overdue =
        open
            && (d.getDueAt() != null
                ? d.getDueAt().isBefore(now)
                : d.getDueDate() != null && d.getDueDate().isBefore(LocalDate.now(ZoneOffset.UTC)));
    return new DeadlineView(
        d.getId(),
        d.getCaseFile().getId(),
        d.getCaseFile().getNumber(),
        d.getTitle(),
        d.getCitation(),
        d.getSeverity(),
        d.getComputation(),
        d.getDueDate(),
        d.getDueAt(),
        d.getWindowStartDate(),
        d.getWindowStartAt(),
        IdentityText.render(d.getExplanation(), maySeeIdentity),
        d.isVerified(),
        d.getGrade(),
        d.isProvisional(),
        d.getSourceUrl(),
        d.getStatus(),
        d.getStatusReason(),
        overdue,
        d.getRule() == null && d.getRemovalRequestId() == null,
        d.getRemovalRequestId(),
        d.getRule() == null ? null : d.getRule().getId(),
        d.getRule() != null && d.getRule().countsFrom(Trigger.MANUAL),
        d.getStartDate(),
        d.isSharedWithClient());
  }
}
