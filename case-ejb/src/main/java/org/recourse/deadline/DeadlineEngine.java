package org.recourse.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.casefile.CaseFile;
import org.recourse.law.DeadlineRule;
import org.recourse.law.Jurisdiction;

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

  public void recompute(CaseFile caseFile, LocalDate dateOfBirth, String by) {
    Instant now = Instant.now();
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
                "SELECT d FROM CaseDeadline d WHERE d.caseFile = :c AND d.rule IS NOT NULL",
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
      CaseDeadline deadline = existing.remove(rule.getId());
      if (deadline == null) {
        deadline = CaseDeadline.fromRule(caseFile, rule, by, now);
        deadline.apply(computed, rule.getStatute().isVerified());
        em.persist(deadline);
      } else {
        String before = deadline.dueText();
        if (deadline.apply(computed, rule.getStatute().isVerified())) {
          em.persist(
              new DeadlineChange(
                  deadline,
                  before,
                  deadline.dueText(),
                  "The case's facts changed. " + computed.explanation(),
                  by,
                  now));
        }
      }
    }
    for (CaseDeadline gone : existing.values()) {
      if (gone.getStatus() == DeadlineStatus.OPEN) {
        em.remove(gone);
      }
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
      return calculator.compute(rule.toDraft().toSpec(), facts);
    } catch (InvalidRuleException e) {
      return new ComputedDeadline(
          rule.getLabel(),
          rule.getStatute().getCitation(),
          false,
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
      Jurisdiction place = em.find(Jurisdiction.class, code);
      while (place != null && place.getParentCode() != null) {
        all.add(place.getParentCode());
        place = em.find(Jurisdiction.class, place.getParentCode());
      }
    }
    return all;
  }
}
