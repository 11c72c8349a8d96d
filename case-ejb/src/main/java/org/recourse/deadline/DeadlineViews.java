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
   * provisional} date is shown with {@code source} and "check before relying on it".
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
      Long ruleId)
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
}
