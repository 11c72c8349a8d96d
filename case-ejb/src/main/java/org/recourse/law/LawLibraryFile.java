package org.recourse.law;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.recourse.shared.MultiLine;
import org.recourse.shared.SingleLine;

/**
 * The whole law library as one versioned file, so an organisation's lawyer can keep it current and
 * share it: jurisdictions, statutes (with every source, grade, date last checked and dates in
 * force) and their deadline rules. A statute is known by its jurisdiction and citation, a rule by
 * its statute and label, so a file made by one installation can be imported into another. A
 * combination ("the later of") lists its two parts. Nothing in the file is a default: a period no
 * source states is left out, never filled in.
 */
public record LawLibraryFile(
    @NotNull @SingleLine String format,
    @NotNull Integer version,
    Instant exportedAt,
    @NotNull @Size(max = 500) List<@Valid @NotNull JurisdictionEntry> jurisdictions,
    @NotNull @Size(max = 2000) List<@Valid @NotNull StatuteEntry> statutes)
    implements Serializable {

  /** The value of {@code format} in every library file. */
  public static final String FORMAT = "recourse-law-library";

  /** The version of the file's shape this installation writes and reads. */
  public static final int VERSION = 1;

  public record JurisdictionEntry(
      @Size(max = 10) @SingleLine String code,
      @Size(max = 100) @SingleLine String name,
      @Size(max = 10) @SingleLine String parentCode,
      @Size(max = 40) @SingleLine String timeZone,
      @Size(max = 10) @SingleLine String holidayCalendar)
      implements Serializable {}

  public record StatuteEntry(
      @Size(max = 10) @SingleLine String jurisdiction,
      @Size(max = 200) @SingleLine String citation,
      @Size(max = 300) @SingleLine String shortTitle,
      StatuteKind kind,
      @Size(max = 4000) @MultiLine String summary,
      @Size(max = 2000) @MultiLine String remedies,
      SourceGrade grade,
      @Size(max = 11) List<@NotNull @Size(max = 500) @SingleLine String> sources,
      LocalDate lastReviewed,
      LocalDate effectiveDate,
      LocalDate effectiveUntil,
      Set<@NotNull StatuteFlag> flags,
      @Size(max = 50) List<@Valid @NotNull RuleEntry> rules)
      implements Serializable {}

  /**
   * A rule: a period (trigger, amount, unit, optionally a window), a limit no source states (no
   * amount, graded UNCONFIRMED), or with a {@code combinator} the later or earlier of its two
   * {@code parts}.
   */
  public record RuleEntry(
      @Size(max = 200) @SingleLine String label,
      Severity severity,
      Combinator combinator,
      @Size(max = 2) List<@Valid @NotNull RulePart> parts,
      Trigger trigger,
      Integer amount,
      OffsetUnit unit,
      Integer windowStart,
      Integer windowEnd,
      Boolean tolledDuringMinority,
      SourceGrade grade,
      @Size(max = 10) List<@NotNull @Size(max = 500) @SingleLine String> sources,
      LocalDate lastChecked,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil)
      implements Serializable {}

  /** One of the two periods a combination compares. */
  public record RulePart(
      @Size(max = 200) @SingleLine String label,
      Trigger trigger,
      Integer amount,
      OffsetUnit unit,
      Integer windowStart,
      Integer windowEnd,
      Boolean tolledDuringMinority,
      SourceGrade grade)
      implements Serializable {}
}
