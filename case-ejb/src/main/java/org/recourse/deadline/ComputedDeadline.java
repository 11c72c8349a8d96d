package org.recourse.deadline;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.recourse.law.SourceGrade;

/**
 * One rule applied to one case: the deadline, or why there is none.
 *
 * <p>A limit in hours ends at a moment ({@code dueAt}, e.g. 48 hours after a removal request under
 * 47 U.S.C. § 223a); a limit in days, months or years ends on a local date in the jurisdiction
 * ({@code dueDate}). Exactly one is set when {@link Status#COMPUTED}, neither otherwise. A rule
 * with a window (not less than 10 and not more than 14 business days, 17 U.S.C. § 512(g)(2)(C))
 * also sets the window's start of the same kind ({@code windowStartAt} or {@code windowStartDate});
 * the window ends at the deadline.
 *
 * <p>{@code explanation} is a sentence a person can check against a calendar; what in it reveals
 * the victim's date of birth is an {@link org.recourse.shared.IdentityText} part, rendered per
 * reader. {@code missingFacts} names, by {@link CaseFacts} component name, the facts the case must
 * record before the deadline can be known. {@code warnings} are things to verify that do not stop
 * the computation, such as an unknown date of birth under a rule tolled during minority. {@code
 * grade} is the weakest {@link SourceGrade} of the rules that went into the result: a {@link
 * SourceGrade#SECONDARY} date is provisional, an {@link SourceGrade#UNCONFIRMED} rule gives none.
 */
public record ComputedDeadline(
    String label,
    String citation,
    SourceGrade grade,
    Status status,
    LocalDate dueDate,
    Instant dueAt,
    LocalDate windowStartDate,
    Instant windowStartAt,
    String explanation,
    List<String> missingFacts,
    List<String> warnings)
    implements Serializable {

  /** Whether a deadline could be given and, if not, why. */
  public enum Status {
    /** The deadline is {@code dueDate} or {@code dueAt}. */
    COMPUTED,
    /** The case lacks a fact the rule counts from; see {@code missingFacts}. */
    MISSING_FACT,
    /** No source confirms the length of the limit, so no date is given. */
    PERIOD_UNKNOWN,
    /** The rule was not in force on the trigger's date, so it sets no deadline for the case. */
    NOT_IN_FORCE
  }

  public ComputedDeadline {
    Objects.requireNonNull(status, "status");
    grade = grade == null ? SourceGrade.UNCONFIRMED : grade;
    Objects.requireNonNull(explanation, "explanation");
    missingFacts = List.copyOf(missingFacts);
    warnings = List.copyOf(warnings);
    boolean hasDue = dueDate != null || dueAt != null;
    if (hasDue != (status == Status.COMPUTED) || (dueDate != null && dueAt != null)) {
      throw new IllegalArgumentException(
          "a computed deadline has exactly one due date or moment; any other status has none");
    }
  }

  /** The window's end, the same as {@code dueDate}, when the rule has a window in days. */
  public LocalDate windowEndDate() {
    return windowStartDate == null ? null : dueDate;
  }

  /** The window's end, the same as {@code dueAt}, when the rule has a window in hours. */
  public Instant windowEndAt() {
    return windowStartAt == null ? null : dueAt;
  }

  /** Whether the text (official or mirrored) states every rule behind the result. */
  public boolean verified() {
    return grade.confirmed();
  }

  /** Whether the date is provisional: only a summary states a rule behind it. */
  public boolean provisional() {
    return isComputed() && grade.provisional();
  }

  /** Whether the deadline could be computed. */
  public boolean isComputed() {
    return status == Status.COMPUTED;
  }
}
