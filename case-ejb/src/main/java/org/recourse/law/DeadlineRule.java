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
import java.util.Set;
import org.hibernate.envers.Audited;

/**
 * A time limit a statute sets, stored as data: a period from a trigger (optionally a window), the
 * later or earlier of two other rules, or a limit without a confirmed period (no amount), which is
 * shown as "verify" and never as a date. {@link #toDraft()} hands it to the deadline engine.
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

  @Column(nullable = false)
  private boolean verified;

  @Version private long version;

  protected DeadlineRule() {}

  /** A new top-level rule of a statute: a period, a window, or a limit without a period. */
  public DeadlineRule(Statute statute) {
    this.statute = statute;
    this.topLevel = true;
  }

  /** The rule as the engine reads it, its parts included. */
  public RuleDraft toDraft() {
    return new RuleDraft(
        label,
        statute.getCitation(),
        verified,
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
      boolean verified) {
    this.label = label;
    this.severity = severity;
    this.verified = verified;
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

  public boolean isVerified() {
    return verified;
  }
}
