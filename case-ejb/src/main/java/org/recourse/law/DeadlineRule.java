package org.recourse.law;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;

/**
 * A time limit a statute sets, stored as data: a period from a trigger (optionally a window), the
 * later or earlier of two other rules, or a limit without a confirmed period (no amount), which is
 * shown as "verify" and never as a date. Each rule has its own {@link SourceGrade} and sources (a
 * period is often stated somewhere other than the statute's text, e.g. the six months of
 * Magistrates' Courts Act 1980 s.127 for Sexual Offences Act 2003 s.66B) and its own {@link
 * InForce} dates: a rule whose commencement is unknown stays {@link SourceGrade#UNCONFIRMED} until
 * an administrator sets it. {@link #toDraft()} hands it to the deadline engine.
 */
@Entity
@Table(name = "deadline_rule")
@Audited
public class DeadlineRule {

  /** Triggers that come from a removal request, not from the facts of the case itself. */
  public static final Set<Trigger> REMOVAL_TRIGGERS =
      Set.of(Trigger.REMOVAL_REQUEST_SENT, Trigger.COUNTER_NOTICE_RECEIVED);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "statute_id", nullable = false)
  private Statute statute;

  @Column(nullable = false)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;

  /** False for the parts of a combination, which are not deadlines by themselves. */
  @Column(name = "top_level", nullable = false)
  private boolean topLevel;

  @Enumerated(EnumType.STRING)
  private Combinator combinator;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "first_rule_id")
  private DeadlineRule first;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "second_rule_id")
  private DeadlineRule second;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_event")
  private Trigger trigger;

  private Integer amount;

  @Enumerated(EnumType.STRING)
  private OffsetUnit unit;

  @Column(name = "window_start")
  private Integer windowStart;

  @Column(name = "window_end")
  private Integer windowEnd;

  @Column(name = "tolled_minority", nullable = false)
  private boolean tolledDuringMinority;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_grade", nullable = false)
  private SourceGrade grade;

  /** The sources stating the period, one per line; none: the statute's. */
  @Column(name = "source_urls")
  private String sourceUrls;

  @Column(name = "last_checked")
  private LocalDate lastChecked;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "effective_until")
  private LocalDate effectiveUntil;

  @Version private long version;

  protected DeadlineRule() {}

  /** A new top-level rule of a statute: a period, a window, or a limit without a period. */
  public DeadlineRule(Statute statute) {
    this.statute = statute;
    this.topLevel = true;
  }

  /** A part of a combination: a period that is not a deadline by itself. */
  static DeadlineRule part(Statute statute) {
    DeadlineRule part = new DeadlineRule(statute);
    part.topLevel = false;
    return part;
  }

  /** A new top-level rule that is the later or earlier of two parts made with {@link #part}. */
  static DeadlineRule combining(
      Statute statute, Combinator combinator, DeadlineRule first, DeadlineRule second) {
    DeadlineRule rule = new DeadlineRule(statute);
    rule.combinator = combinator;
    rule.first = first;
    rule.second = second;
    return rule;
  }

  /** The rule as the engine reads it, its parts included. */
  public RuleDraft toDraft() {
    return new RuleDraft(
        label,
        statute.getCitation(),
        grade,
        combinator,
        first == null ? null : first.toDraft(),
        second == null ? null : second.toDraft(),
        trigger,
        amount,
        unit,
        windowStart,
        windowEnd,
        tolledDuringMinority);
  }

  /** Whether the rule counts from a removal request rather than from the case's own facts. */
  public boolean countsFromRemoval() {
    if (combinator != null) {
      return first.countsFromRemoval() || second.countsFromRemoval();
    }
    return trigger != null && REMOVAL_TRIGGERS.contains(trigger);
  }

  /** Whether the rule, or a part of it, counts from {@code event}. */
  public boolean countsFrom(Trigger event) {
    if (combinator != null) {
      return first.countsFrom(event) || second.countsFrom(event);
    }
    return trigger == event;
  }

  /**
   * Corrects a simple rule (a period, a window or an unconfirmed limit); the caller has checked the
   * values with {@link RuleDraft#validate()}. A combination keeps its parts.
   */
  public void correct(
      String label,
      Severity severity,
      Trigger trigger,
      Integer amount,
      OffsetUnit unit,
      Integer windowStart,
      Integer windowEnd,
      boolean tolledDuringMinority,
      SourceGrade grade) {
    this.label = label;
    this.severity = severity;
    this.grade = grade;
    if (combinator == null) {
      this.trigger = trigger;
      this.amount = amount;
      this.unit = unit;
      this.windowStart = windowStart;
      this.windowEnd = windowEnd;
      this.tolledDuringMinority = tolledDuringMinority;
    }
  }

  public long getVersion() {
    return version;
  }

  public DeadlineRule getFirst() {
    return first;
  }

  public DeadlineRule getSecond() {
    return second;
  }

  public Long getId() {
    return id;
  }

  public Statute getStatute() {
    return statute;
  }

  public String getLabel() {
    return label;
  }

  public Severity getSeverity() {
    return severity;
  }

  public boolean isTopLevel() {
    return topLevel;
  }

  public Combinator getCombinator() {
    return combinator;
  }

  public Trigger getTrigger() {
    return trigger;
  }

  public Integer getAmount() {
    return amount;
  }

  public OffsetUnit getUnit() {
    return unit;
  }

  public Integer getWindowStart() {
    return windowStart;
  }

  public Integer getWindowEnd() {
    return windowEnd;
  }

  public boolean isTolledDuringMinority() {
    return tolledDuringMinority;
  }

  /** Whether the text (official or mirrored) states the period. */
  public boolean isVerified() {
    return grade != null && grade.confirmed();
  }

  public SourceGrade getGrade() {
    return grade;
  }

  /** The rule's own sources; empty when it relies on its statute's. */
  public List<String> getOwnSources() {
    return Sources.split(null, sourceUrls);
  }

  /** The rule's own sources, else its statute's. */
  public List<String> getSources() {
    List<String> own = Sources.split(null, sourceUrls);
    return own.isEmpty() ? statute.getSources() : own;
  }

  public LocalDate getLastChecked() {
    return lastChecked;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate getEffectiveUntil() {
    return effectiveUntil;
  }

  /** When the rule is the law; the engine applies it only to triggers in that span. */
  public InForce inForce() {
    return new InForce(effectiveFrom, effectiveUntil);
  }

  /** Sets the rule's sources (none: its statute's) and when they were last checked. */
  public void source(List<String> sources, LocalDate checked) {
    this.sourceUrls = Sources.join(sources);
    this.lastChecked = checked;
  }

  /** Sets when the rule is in force; the caller has checked that until is not before from. */
  public void inForce(LocalDate from, LocalDate until) {
    this.effectiveFrom = from;
    this.effectiveUntil = until;
  }
}
