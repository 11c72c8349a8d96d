package org.recourse.deadline;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.recourse.law.Severity;

/** What the deadline services hand to pages and the API. */
public final class DeadlineViews {

  private DeadlineViews() {}

  /**
   * One deadline of a case. Exactly one of {@code dueDate} (days, months, years) and {@code dueAt}
   * (hours) is set when it could be computed; {@code verified} is false when a rule behind it lacks
   * a confirming source, and the page says "verify"; {@code grade} is the weakest {@link
   * org.recourse.law.SourceGrade} behind it (null when not from the law library), and a {@code
   * provisional} date is shown with {@code source} and "check before relying on it". {@code
   * startChosen}: the rule counts from a start date the team chooses (trigger MANUAL), which is
   * {@code startDate} once set.
   */
  public record DeadlineView(
      long id,
      long caseId,
      String caseNumber,
      String title,
      String citation,
      Severity severity,
      ComputedDeadline.Status computation,
      LocalDate dueDate,
      Instant dueAt,
      LocalDate windowStart,
      Instant windowStartAt,
      String explanation,
      boolean verified,
      org.recourse.law.SourceGrade grade,
      boolean provisional,
      String source,
      DeadlineStatus status,
      String statusReason,
      boolean overdue,
      boolean manual,
      Long removalRequestId,
      Long ruleId,
      boolean startChosen,
      LocalDate startDate,
      boolean sharedWithClient)
      implements Serializable {}

  /** One move of a deadline after facts changed. */
  public record DeadlineChangeView(
      long deadlineId,
      String title,
      Instant changedAt,
      String changedBy,
      String oldDue,
      String newDue,
      String reason)
      implements Serializable {}

  /**
   * A statute that can set a removal request's clock, as a choice on the request's form: {@code
   * ofCase} when it is the law of the case's jurisdictions or of one above them.
   */
  public record ClockStatute(
      long id,
      String jurisdictionCode,
      String jurisdictionName,
      String citation,
      String shortTitle,
      org.recourse.law.SourceGrade grade,
      boolean ofCase)
      implements java.io.Serializable {

    /** "US-UT · Utah Code § 13-72b-302 (statute text on an unofficial site)". */
    public String label() {
      return jurisdictionCode
          + " · "
          + citation
          + (grade == null ? "" : " (" + grade.inSentence() + ")");
    }
  }
}
