package org.recourse.removal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.recourse.deadline.DeadlineEngine;
import org.recourse.deadline.RemovalClock;
import org.recourse.removal.RemovalCommands.StatusChange;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.Settings;
import org.recourse.shared.Validation;

/**
 * A request's workflow and clock. A status change is refused unless {@link RemovalStatus#canMoveTo}
 * allows it, and is kept as a {@link RemovalEvent}; sending (SUBMITTED) starts the clock of the
 * legal basis through the deadline engine, so it shows on the case's deadlines, the calendar and in
 * reminders; removal closes it. The clock is that of the statute chosen on the request, else of the
 * basis' statute. A DMCA counter-notice starts the restore window (17 U.S.C. § 512(g)). Where the
 * basis sets no clock the team follows up on a date of its choosing, by default {@code
 * recourse.removal.follow-up-days} after sending when the basis is not configured.
 *
 * <p>Settings: {@code recourse.removal.follow-up-days} / {@code RECOURSE_REMOVAL_FOLLOW_UP_DAYS}
 * (default 7), {@code recourse.removal.clock-skew-seconds} / {@code
 * RECOURSE_REMOVAL_CLOCK_SKEW_SECONDS}: how far in the future a reported status time may lie, for
 * clocks that run ahead (default 300).
 */
@Dependent
public class RemovalWorkflow {

  /**
   * The earliest time a request may be recorded as sent or moved: a notice really sent before it
   * was entered here is recorded with its real time, but not one before the web as we know it.
   */
  public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

  @Inject private Validator validator;
  @EJB private DeadlineEngine deadlines;
  @Inject private RemovalAccess access;
  @Inject private RemovalRepository repository;
  @Inject private Clock clock;

  private int defaultFollowUpDays;
  private Duration clockSkew;

  @PostConstruct
  void readSettings() {
    defaultFollowUpDays =
        Integer.parseInt(
            Settings.get(
                "recourse.removal.follow-up-days", "RECOURSE_REMOVAL_FOLLOW_UP_DAYS", "7"));
    clockSkew =
        Duration.ofSeconds(
            Long.parseLong(
                Settings.get(
                    "recourse.removal.clock-skew-seconds",
                    "RECOURSE_REMOVAL_CLOCK_SKEW_SECONDS",
                    "300")));
  }

  /** The latest moment a reported time may name, allowing for clocks that run ahead. */
  Instant latestAllowed(Instant now) {
    return now.plus(clockSkew);
  }

  /** Moves a request along its workflow; sending starts its clock, removal closes it. */
  public RemovalRequest changeStatus(long requestId, StatusChange change, String actor) {
    RemovalRequest request = access.editable(requestId);
    Validation.check(validator, change);
    RemovalStatus from = request.getStatus();
    if (!from.canMoveTo(change.status())) {
      throw new InvalidRemovalStatusException(from, change.status());
    }
    Instant now = clock.instant();
    Instant at = change.at() == null ? now : change.at();
    if (at.isAfter(now.plus(clockSkew))) {
      throw new InvalidInputException("at", "cannot be in the future");
    }
    if (at.isBefore(EARLIEST)) {
      throw new InvalidInputException("at", "cannot be before " + EARLIEST);
    }
    if (change.status() != RemovalStatus.SUBMITTED
        && request.getSubmittedAt() != null
        && at.isBefore(request.getSubmittedAt())) {
      throw new InvalidInputException(
          "at", "cannot be before the request was sent (" + request.getSubmittedAt() + ")");
    }
    request.moveTo(change.status(), at, change.platformReference());
    repository.add(
        new RemovalEvent(
            requestId,
            from,
            change.status(),
            actor,
            at,
            blankToNull(change.note()),
            blankToNull(change.platformReference())));
    if (change.status() == RemovalStatus.SUBMITTED) {
      startClock(request, actor);
    } else if (change.status() == RemovalStatus.REMOVED) {
      deadlines.closeRemovalDeadlines(requestId, "Removed " + at, actor);
    }
    return request;
  }

  /** A DMCA counter-notice arrived: the restore window starts. */
  public RemovalRequest counterNotice(long requestId, Instant receivedAt, String actor) {
    RemovalRequest request = access.editable(requestId);
    if (request.getLegalBasis() != LegalBasis.DMCA) {
      throw new InvalidInputException("legalBasis", "Counter-notices exist only for DMCA requests");
    }
    if (request.getSubmittedAt() == null) {
      throw new InvalidInputException("receivedAt", "The request has not been sent yet");
    }
    Instant at = receivedAt == null ? clock.instant() : receivedAt;
    request.counterNotice(at);
    repository.add(
        new RemovalEvent(
            requestId,
            request.getStatus(),
            request.getStatus(),
            actor,
            at,
            "Counter-notice received",
            null));
    startClock(request, actor);
    return request;
  }

  /** Sets the follow-up date (today or later, UTC); a sent request's clock follows it. */
  public RemovalRequest followUp(long requestId, LocalDate date, String actor) {
    RemovalRequest request = access.editable(requestId);
    if (date == null || date.isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
      throw new InvalidInputException("followUpDate", "Choose today or a later date");
    }
    request.clock(request.getSlaDueAt(), date);
    if (request.getSubmittedAt() != null) {
      startClock(request, actor);
    }
    return request;
  }

  /**
   * Recomputes the clock of a sent request not yet removed (its statute or the law changed); else
   * nothing, so that no deadline opens for content already taken down.
   */
  void restartClock(RemovalRequest request, String actor) {
    if (request.getSubmittedAt() != null && request.getRemovedAt() == null) {
      startClock(request, actor);
    }
  }

  /**
   * Attaches the deadlines of the request's statute (the one chosen on the request, else the
   * basis') or the follow-up to the case and keeps the due time and the grade behind it.
   */
  private void startClock(RemovalRequest request, String actor) {
    Optional<RemovalBasis> basis = repository.basis(request.getLegalBasis());
    Long statuteId =
        request.getClockStatute() != null
            ? request.getClockStatute().getId()
            : basis.map(RemovalBasis::getStatuteId).orElse(null);
    RemovalClock due =
        deadlines.attachRemovalDeadlines(
            request.getCaseFile(),
            request.getId(),
            statuteId,
            request.getSubmittedAt(),
            request.getCounterNoticeAt(),
            request.getFollowUpDate(),
            basis.map(RemovalBasis::getFollowUpDays).orElse(defaultFollowUpDays),
            "Follow up: removal request #"
                + request.getId()
                + " ("
                + request.getPlatform().getName()
                + ")",
            actor);
    request.clock(due.dueAt(), request.getFollowUpDate(), due.grade());
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
