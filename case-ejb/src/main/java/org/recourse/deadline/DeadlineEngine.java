package org.recourse.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.casefile.CaseFile;
import org.recourse.law.BusinessCalendar;
import org.recourse.law.BusinessCalendars;
import org.recourse.law.DeadlineRule;
import org.recourse.law.InvalidRuleException;
import org.recourse.law.Jurisdiction;
import org.recourse.law.SourceGrade;
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
      ComputedDeadline computed = compute(rule, caseFile, dateOfBirth);
      if (computed.status() == ComputedDeadline.Status.NOT_IN_FORCE) {
        continue;
      }
      record(
          existing.remove(rule.getId()),
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
   * Attaches the deadlines of one removal request: each rule of the basis's statute that counts
   * from the request being sent or a counter-notice received (once that has happened), or, where
   * the law sets no clock, the team's follow-up date. Recomputes them when the request is sent
   * again, logging each move.
   *
   * @param statuteId the statute whose rules set the basis's clock, or null for none
   * @param followUp the follow-up date for a basis without a clock (null: submitted + default)
   * @return the moment the platform must have acted by (the clock, else the end of the follow-up
   *     day), or null if the request has not been sent
   */
  public Instant attachRemovalDeadlines(
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
    Instant clock = null;
    for (DeadlineRule rule : rules) {
      if (!rule.countsFromRemoval()) {
        continue;
      }
      boolean fromSending = rule.getTrigger() == Trigger.REMOVAL_REQUEST_SENT;
      Instant fact = fromSending ? submittedAt : counterNoticeAt;
      if (fact == null) {
        continue;
      }
      Jurisdiction place = rule.getStatute().getJurisdiction();
      ZoneId zone = zoneOf(place);
      CaseFacts facts =
          CaseFacts.in(zone, calendarOf(place))
              .removalRequestSent(submittedAt)
              .counterNoticeReceived(counterNoticeAt)
              .build();
      ComputedDeadline computed;
      try {
        computed =
            calculator.compute(
                rule.toDraft().toSpec(), rule.inForce().and(rule.getStatute().inForce()), facts);
      } catch (InvalidRuleException e) {
        continue;
      }
      if (computed.status() == ComputedDeadline.Status.NOT_IN_FORCE) {
        continue;
      }
      record(
          existing.get(rule.getId()),
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
          computed,
          "The request was sent again. ",
          by,
          now);
      if (fromSending && clock == null) {
        clock =
            computed.dueAt() != null
                ? computed.dueAt()
                : computed.dueDate() == null
                    ? null
                    : computed.dueDate().plusDays(1).atStartOfDay(zone).toInstant();
      }
    }
    if (clock == null && submittedAt != null) {
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
      clock = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    return clock;
  }

  /**
   * Persists a new deadline from a rule, or applies a recomputation to the existing one and logs
   * the move with its reason.
   */
  private void record(
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
      return;
    }
    String before = existing.dueText();
    if (existing.apply(computed, statuteGrade, source)) {
      em.persist(
          new DeadlineChange(
              existing, before, existing.dueText(), why + computed.explanation(), by, now));
    }
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

  private ComputedDeadline compute(DeadlineRule rule, CaseFile caseFile, LocalDate dateOfBirth) {
    Jurisdiction place = rule.getStatute().getJurisdiction();
    CaseFacts facts =
        CaseFacts.in(zoneOf(place), calendarOf(place))
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

  private static ZoneId zoneOf(Jurisdiction place) {
    try {
      return place.getTimeZone() == null ? ZoneOffset.UTC : ZoneId.of(place.getTimeZone());
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  private static BusinessCalendar calendarOf(Jurisdiction place) {
    if (place.getHolidayCalendar() == null) {
      return BusinessCalendars.weekendsOnly();
    }
    try {
      return BusinessCalendars.forJurisdiction(place.getHolidayCalendar());
    } catch (IllegalArgumentException e) {
      return BusinessCalendars.weekendsOnly();
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
