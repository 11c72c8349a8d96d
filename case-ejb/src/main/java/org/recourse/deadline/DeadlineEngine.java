package org.recourse.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recourse.casefile.CaseFile;
import org.recourse.deadline.DeadlineViews.ClockStatute;
import org.recourse.law.DeadlineRule;
import org.recourse.law.InvalidRuleException;
import org.recourse.law.Jurisdiction;
import org.recourse.law.SourceGrade;
import org.recourse.law.Statute;
import org.recourse.law.Trigger;

/**
 * Attaches to a case the deadlines its jurisdictions' rules set, computed from the case's facts,
 * and recomputes them when the facts or jurisdictions change, logging each move with its reason.
 * Rules that count from a removal request belong to removal requests, not to the case. Runs inside
 * the caller's transaction (the case service checks who may change the case).
 */
@Stateless
@PermitAll
public class DeadlineEngine {

  private final DeadlineCalculator calculator = new DeadlineCalculator();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public void recompute(CaseFile caseFile, LocalDate dateOfBirth, String by) {
    Instant now = Instant.now(clock);
    Set<String> codes = withAncestors(caseFile.getJurisdictions());
    List<DeadlineRule> rules =
        codes.isEmpty()
            ? List.of()
            : em.createQuery(
                    "SELECT r FROM DeadlineRule r JOIN r.statute s"
                        + " WHERE r.topLevel = TRUE AND s.jurisdiction.code IN :codes",
                    DeadlineRule.class)
                .setParameter("codes", codes)
                .getResultList();
    Map<Long, CaseDeadline> existing = new HashMap<>();
    for (CaseDeadline d :
        em.createQuery(
                "SELECT d FROM CaseDeadline d WHERE d.caseFile = :c AND d.rule IS NOT NULL"
                    + " AND d.removalRequestId IS NULL",
                CaseDeadline.class)
            .setParameter("c", caseFile)
            .getResultList()) {
      existing.put(d.getRule().getId(), d);
    }
    for (DeadlineRule rule : rules) {
      if (rule.countsFromRemoval()) {
        continue;
      }
      CaseDeadline before = existing.remove(rule.getId());
      ComputedDeadline computed =
          compute(rule, caseFile, dateOfBirth, before == null ? null : before.getStartDate());
      if (computed.status() == ComputedDeadline.Status.NOT_IN_FORCE) {
        if (before != null) {
          existing.put(rule.getId(), before);
        }
        continue;
      }
      record(
          before,
          () -> CaseDeadline.fromRule(caseFile, rule, by, now),
          rule,
          computed,
          "The case's facts changed. ",
          by,
          now);
    }
    for (CaseDeadline gone : existing.values()) {
      if (gone.getStatus() == DeadlineStatus.OPEN) {
        em.remove(gone);
      }
    }
  }

  /**
   * Attaches the deadlines of one removal request: each rule of the statute that sets its clock
   * that counts from the request being sent or a counter-notice received (once that has happened,
   * with the version in force on that date), or, where the law sets no clock, the team's follow-up
   * date. Recomputes them when the request is sent again or its statute changes, logging each move;
   * open deadlines of rules that no longer apply are removed.
   *
   * @param statuteId the statute whose rules set the request's clock, or null for none
   * @param followUp the follow-up date for a request without a clock (null: submitted + default)
   * @return the moment the platform must have acted by (the earliest dated clock, else the end of
   *     the follow-up day) with the grade of the law behind it, or {@link RemovalClock#NONE} if the
   *     request has not been sent
   */
  public RemovalClock attachRemovalDeadlines(
      CaseFile caseFile,
      long requestId,
      Long statuteId,
      Instant submittedAt,
      Instant counterNoticeAt,
      LocalDate followUp,
      int followUpDays,
      String followUpTitle,
      String by) {
    Instant now = Instant.now(clock);
    Map<Long, CaseDeadline> existing = new HashMap<>();
    CaseDeadline followUpDeadline = null;
    for (CaseDeadline d :
        em.createQuery(
                "SELECT d FROM CaseDeadline d WHERE d.removalRequestId = :r", CaseDeadline.class)
            .setParameter("r", requestId)
            .getResultList()) {
      if (d.getRule() == null) {
        followUpDeadline = d;
      } else {
        existing.put(d.getRule().getId(), d);
      }
    }
    List<DeadlineRule> rules =
        statuteId == null
            ? List.of()
            : em.createQuery(
                    "SELECT r FROM DeadlineRule r WHERE r.statute.id = :s AND r.topLevel = TRUE",
                    DeadlineRule.class)
                .setParameter("s", statuteId)
                .getResultList();
    RemovalClock due = RemovalClock.NONE;
    for (DeadlineRule rule : rules) {
      Optional<ComputedDeadline> computed =
          RemovalRules.compute(rule, submittedAt, counterNoticeAt);
      if (computed.isEmpty()) {
        continue;
      }
      CaseDeadline deadline =
          record(
              existing.remove(rule.getId()),
              () ->
                  CaseDeadline.forRemoval(
                      caseFile,
                      requestId,
                      rule,
                      rule.getLabel(),
                      rule.getStatute().getCitation(),
                      rule.getSeverity(),
                      by,
                      now),
              rule,
              computed.get(),
              "The request's clock was recomputed. ",
              by,
              now);
      Instant end =
          RemovalRules.end(deadline, RemovalRules.zoneOf(rule.getStatute().getJurisdiction()));
      if (RemovalRules.fromSending(rule)
          && end != null
          && (due.dueAt() == null || end.isBefore(due.dueAt()))) {
        due = new RemovalClock(end, deadline.getGrade());
      }
    }
    for (CaseDeadline gone : existing.values()) {
      if (gone.getStatus() == DeadlineStatus.OPEN) {
        em.remove(gone);
      }
    }
    if (due.dueAt() != null) {
      if (followUpDeadline != null && followUpDeadline.getStatus() == DeadlineStatus.OPEN) {
        em.remove(followUpDeadline);
      }
      return due;
    }
    if (submittedAt == null) {
      return RemovalClock.NONE;
    }
    LocalDate date =
        followUp != null
            ? followUp
            : LocalDate.ofInstant(submittedAt, ZoneOffset.UTC).plusDays(followUpDays);
    String explanation =
        followUp != null
            ? "Follow-up date set by " + by + "; the law sets no clock for this request."
            : "Follow-up "
                + followUpDays
                + " days after the request was sent; the law sets no clock for this request.";
    if (followUpDeadline == null) {
      followUpDeadline =
          CaseDeadline.forRemoval(
              caseFile,
              requestId,
              null,
              followUpTitle,
              null,
              org.recourse.law.Severity.NORMAL,
              by,
              now);
      followUpDeadline.followUp(date, explanation);
      em.persist(followUpDeadline);
    } else {
      String before = followUpDeadline.dueText();
      if (followUpDeadline.followUp(date, explanation)) {
        em.persist(
            new DeadlineChange(
                followUpDeadline, before, followUpDeadline.dueText(), explanation, by, now));
      }
    }
    return new RemovalClock(date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), null);
  }

  /**
   * The statutes of the law library that can set a removal request's clock (a top-level rule
   * counting from the request being sent), those of the case's jurisdictions and the ones above
   * them first, then every other, each group by jurisdiction and citation.
   */
  public List<ClockStatute> removalClockStatutes(CaseFile caseFile) {
    Set<String> ofCase = withAncestors(caseFile.getJurisdictions());
    Map<Long, Statute> statutes = new java.util.LinkedHashMap<>();
    for (DeadlineRule rule :
        em.createQuery(
                "SELECT r FROM DeadlineRule r JOIN FETCH r.statute s JOIN FETCH s.jurisdiction"
                    + " WHERE r.topLevel = TRUE",
                DeadlineRule.class)
            .getResultList()) {
      if (rule.countsFrom(Trigger.REMOVAL_REQUEST_SENT)) {
        statutes.putIfAbsent(rule.getStatute().getId(), rule.getStatute());
      }
    }
    return statutes.values().stream()
        .map(
            s ->
                new ClockStatute(
                    s.getId(),
                    s.getJurisdiction().getCode(),
                    s.getJurisdiction().getName(),
                    s.getCitation(),
                    s.getShortTitle(),
                    s.getGrade(),
                    ofCase.contains(s.getJurisdiction().getCode())))
        .sorted(
            java.util.Comparator.comparing((ClockStatute c) -> !c.ofCase())
                .thenComparing(ClockStatute::jurisdictionCode)
                .thenComparing(ClockStatute::citation))
        .toList();
  }

  /** The statute as a removal clock, if it has a top-level rule counting from a request sent. */
  public Optional<ClockStatute> removalClockStatute(long statuteId) {
    Statute statute = em.find(Statute.class, statuteId);
    if (statute == null) {
      return Optional.empty();
    }
    boolean hasClock =
        em
            .createQuery(
                "SELECT r FROM DeadlineRule r WHERE r.statute = :s AND r.topLevel = TRUE",
                DeadlineRule.class)
            .setParameter("s", statute)
            .getResultList()
            .stream()
            .anyMatch(r -> r.countsFrom(Trigger.REMOVAL_REQUEST_SENT));
    return hasClock
        ? Optional.of(
            new ClockStatute(
                statute.getId(),
                statute.getJurisdiction().getCode(),
                statute.getJurisdiction().getName(),
                statute.getCitation(),
                statute.getShortTitle(),
                statute.getGrade(),
                false))
        : Optional.empty();
  }

  /**
   * Sets the date a rule counting from a chosen start date (trigger MANUAL) counts from, and
   * recomputes the deadline from it, logging the move.
   */
  public CaseDeadline startFrom(
      CaseDeadline deadline, LocalDate date, LocalDate dateOfBirth, String by) {
    deadline.startFrom(date);
    DeadlineRule rule = deadline.getRule();
    record(
        deadline,
        () -> deadline,
        rule,
        compute(rule, deadline.getCaseFile(), dateOfBirth, date),
        "Start date set to " + date + ". ",
        by,
        Instant.now(clock));
    return deadline;
  }

  /**
   * Persists a new deadline from a rule, or applies a recomputation to the existing one and logs
   * the move with its reason.
   */
  private CaseDeadline record(
      CaseDeadline existing,
      java.util.function.Supplier<CaseDeadline> created,
      DeadlineRule rule,
      ComputedDeadline computed,
      String why,
      String by,
      Instant now) {
    SourceGrade statuteGrade = rule.getStatute().getGrade();
    List<String> sources = rule.getSources();
    String source = sources.isEmpty() ? null : sources.get(0);
    if (existing == null) {
      CaseDeadline deadline = created.get();
      deadline.apply(computed, statuteGrade, source);
      em.persist(deadline);
      return deadline;
    }
    String before = existing.dueText();
    if (existing.apply(computed, statuteGrade, source)) {
      em.persist(
          new DeadlineChange(
              existing, before, existing.dueText(), why + computed.explanation(), by, now));
    }
    return existing;
  }

  /** Closes the open deadlines of a removal request (the content came down). */
  public void closeRemovalDeadlines(long requestId, String reason, String by) {
    Instant now = Instant.now(clock);
    for (CaseDeadline d :
        em.createQuery(
                "SELECT d FROM CaseDeadline d WHERE d.removalRequestId = :r AND d.status = :open",
                CaseDeadline.class)
            .setParameter("r", requestId)
            .setParameter("open", DeadlineStatus.OPEN)
            .getResultList()) {
      d.close(DeadlineStatus.DONE, reason, by, now);
    }
  }

  private ComputedDeadline compute(
      DeadlineRule rule, CaseFile caseFile, LocalDate dateOfBirth, LocalDate startDate) {
    Jurisdiction place = rule.getStatute().getJurisdiction();
    CaseFacts facts =
        CaseFacts.in(RemovalRules.zoneOf(place), RemovalRules.calendarOf(place))
            .manualDate(startDate)
            .incidentDate(caseFile.getIncidentDate())
            .disseminationDate(caseFile.getDisseminationDate())
            .discoveryDate(caseFile.getDiscoveryDate())
            .dateOfBirth(dateOfBirth)
            .build();
    try {
      return calculator.compute(
          rule.toDraft().toSpec(), rule.inForce().and(rule.getStatute().inForce()), facts);
    } catch (InvalidRuleException e) {
      return new ComputedDeadline(
          rule.getLabel(),
          rule.getStatute().getCitation(),
          SourceGrade.UNCONFIRMED,
          ComputedDeadline.Status.PERIOD_UNKNOWN,
          null,
          null,
          null,
          null,
          "The rule in the law library is incomplete (" + e.getMessage() + "); verify it.",
          List.of(),
          List.of());
    }
  }

  /** The case's jurisdictions and the ones above them (federal law applies in every state). */
  private Set<String> withAncestors(Set<String> codes) {
    Set<String> all = new LinkedHashSet<>(codes);
    for (String code : codes) {
      Set<String> chain = new HashSet<>();
      chain.add(code);
      Jurisdiction place = em.find(Jurisdiction.class, code);
      // Stops where a code repeats: a loop among parents must not hang the recompute.
      while (place != null && place.getParentCode() != null && chain.add(place.getParentCode())) {
        all.add(place.getParentCode());
        place = em.find(Jurisdiction.class, place.getParentCode());
      }
    }
    return all;
  }
}
