package org.recourse.deadline;

import java.io.Serializable;
import java.time.Instant;
import org.recourse.law.SourceGrade;

/**
 * When the platform must have acted on a removal request, and how well the law behind it is
 * sourced: {@code grade} is the weakest grade of the rule and statute that set the clock ({@link
 * SourceGrade#SECONDARY}: the time is provisional), null when the clock is a follow-up date the law
 * does not set. {@code dueAt} is null when the request has not been sent.
 */
public record RemovalClock(Instant dueAt, SourceGrade grade) implements Serializable {

  /** No clock: the request has not been sent. */
  public static final RemovalClock NONE = new RemovalClock(null, null);

  /** Whether the time is provisional: only a summary states the law behind it. */
  public boolean provisional() {
    return grade != null && grade.provisional();
  }
}
