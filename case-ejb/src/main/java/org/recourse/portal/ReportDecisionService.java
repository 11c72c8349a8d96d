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
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseFile;
import org.recourse.portal.Suggestions.AcceptReport;
import org.recourse.portal.Suggestions.AcceptedView;
import org.recourse.portal.Suggestions.DismissReport;
import org.recourse.portal.Suggestions.SuggestionView;
import org.recourse.removal.RemovalAccess;
import org.recourse.removal.RemovalCommands.BulkRemoval;
import org.recourse.removal.RemovalRequestService;
import org.recourse.removal.RemovalViews.BulkResult;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.Validation;

/**
 * The team's decision on each web address the client reported: take it on as a draft removal
 * request or dismiss it. Those who may add removal requests to the case decide (the rule of the
 * Removals tab, {@link RemovalAccess}); whoever sees the case sees the suggestions. Accepting goes
 * through the bulk paste of {@link RemovalRequestService}, one line, so the address meets the same
 * checks: a platform that does not take the chosen basis is refused naming {@code legalBasis}, and
 * an address the case has a request for already is not asked twice: the suggestion points to that
 * request. A decision is taken once and shows in the case history; the client reads its outcome in
 * plain words.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class ReportDecisionService {

  @Resource private SessionContext session;
  @Inject private PortalRepository repository;
  @Inject private RemovalAccess removalAccess;
  @Inject private Clock clock;
  @Inject private Validator validator;
  @EJB private RemovalRequestService removals;

  public AcceptedView accept(long caseId, long reportId, AcceptReport command) {
    CaseFile caseFile = removalAccess.editableCase(caseId);
    ReportedUrl report = report(caseId, reportId);
    Validation.check(validator, command);
    report.requireOpen();
    BulkResult result =
        removals.bulk(
            caseId,
            new BulkRemoval(
                report.getUrl(), command.contentKind(), command.legalBasis(), command.statuteId()));
    long removalId;
    boolean created;
    if (!result.created().isEmpty()) {
      removalId = result.created().get(0).id();
      created = true;
    } else if (!result.duplicates().isEmpty()) {
      removalId = result.duplicates().get(0).existingId();
      created = false;
    } else {
      // The address was checked and normalised when it was reported: what is left to refuse is
      // the basis, which the address's platform does not take.
      throw new InvalidInputException("legalBasis", result.rejected().get(0).message());
    }
    Instant now = Instant.now(clock);
    report.accept(removalId, me(), now);
    caseFile.touch(me(), now);
    repository.flush();
    return new AcceptedView(Suggestions.of(report), created);
  }

  /** Dismisses the address; the body (the reason) may be left out. */
  public SuggestionView dismiss(long caseId, long reportId, DismissReport command) {
    CaseFile caseFile = removalAccess.editableCase(caseId);
    ReportedUrl report = report(caseId, reportId);
    DismissReport given = command == null ? new DismissReport(null) : command;
    Validation.check(validator, given);
    Instant now = Instant.now(clock);
    String reason =
        given.reason() == null || given.reason().isBlank() ? null : given.reason().strip();
    report.dismiss(reason, me(), now);
    caseFile.touch(me(), now);
    repository.flush();
    return Suggestions.of(report);
  }

  private ReportedUrl report(long caseId, long reportId) {
    return repository
        .report(caseId, reportId)
        .orElseThrow(() -> new NotFoundException("No such reported web address"));
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
