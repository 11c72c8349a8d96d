package org.recourse.removal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.recourse.casefile.TeamMail;
import org.recourse.deadline.DeadlineCalculator;
import org.recourse.removal.check.CheckResult;
import org.recourse.removal.check.UrlState;

/**
 * Records what the re-upload watcher found for one request, each in its own transaction: the check
 * itself; content that answers again after it went down becomes a re-upload (status REUPLOADED and
 * a dashboard alert); content still up after the platform's clock ran out marks the request overdue
 * and mails the case team once.
 */
@Stateless
@PermitAll
public class RemovalChecks {

  /** The actor of changes the watcher makes. */
  static final String WATCHER = "re-upload watcher";

  @Inject private RemovalRepository repository;
  @Inject private TeamMail reminders;

  /** The ids and URLs due for a check. */
  public List<Object[]> due(Instant checkedBefore) {
    return repository.dueForCheck(checkedBefore);
  }

  public void record(long requestId, CheckResult result) {
    RemovalRequest request = repository.find(requestId).orElse(null);
    if (request == null) {
      return;
    }
    Instant at = result.checkedAt();
    repository.add(
        new UrlCheckRecord(requestId, at, result.state(), result.httpStatus(), result.detail()));
    boolean cameBack = request.checked(result.state(), at);
    if (cameBack && request.getStatus().canMoveTo(RemovalStatus.REUPLOADED)) {
      RemovalStatus from = request.getStatus();
      request.moveTo(RemovalStatus.REUPLOADED, at, null);
      repository.add(
          new RemovalEvent(
              requestId,
              from,
              RemovalStatus.REUPLOADED,
              WATCHER,
              at,
              "The URL answers again after it was taken down",
              null));
      mailTeam(
          request,
          "content is back online",
          "The URL answers again after it was taken down. Check it and send a new request.");
    }
    boolean clockRanOut = request.getSlaDueAt() != null && at.isAfter(request.getSlaDueAt());
    if (result.state() == UrlState.UP
        && request.getStatus().isPending()
        && clockRanOut
        && !request.isOverdue()) {
      request.markOverdue(true);
      mailTeam(
          request,
          "removal overdue",
          request.getLegalBasis().label()
              + ": the content is still online after the deadline of "
              + DeadlineCalculator.moment(request.getSlaDueAt())
              + ". Consider escalating.");
    }
  }

  /** Tells the case team, by case number and request only (never the client or the URL). */
  private void mailTeam(RemovalRequest request, String what, String text) {
    String caseNumber = request.getCaseFile().getNumber();
    reminders.notifyTeam(
        request.getCaseFile(),
        "[Recourse] " + caseNumber + ": " + what,
        "Case "
            + caseNumber
            + "\nRemoval request #"
            + request.getId()
            + " ("
            + request.getPlatform().getName()
            + ")\n"
            + text
            + "\n");
  }
}
