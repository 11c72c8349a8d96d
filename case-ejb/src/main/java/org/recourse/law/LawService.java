package org.recourse.law;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recourse.shared.InvalidInputException;

/** Reads the law library: jurisdictions, and statutes with the deadline rules they set. */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class LawService {

  @PersistenceContext private EntityManager em;

  public record JurisdictionView(
      String code, String name, String parentCode, String timeZone, String holidayCalendar)
      implements Serializable {}

  public record RuleView(
      long id,
      String label,
      Severity severity,
      String combinator,
      String trigger,
      Integer amount,
      String unit,
      Integer windowStart,
      Integer windowEnd,
      boolean tolledDuringMinority,
      boolean verified,
      SourceGrade grade,
      List<String> sources,
      LocalDate lastChecked,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      long version)
      implements Serializable {}

  public record StatuteView(
      long id,
      String jurisdiction,
      String citation,
      String title,
      StatuteKind kind,
      String summary,
      String remedies,
      LocalDate effectiveDate,
      String sourceUrl,
      LocalDate lastReviewed,
      boolean verified,
      SourceGrade grade,
      List<String> sources,
      LocalDate effectiveUntil,
      Set<StatuteFlag> flags,
      long version,
      List<RuleView> rules)
      implements Serializable {}

  public List<JurisdictionView> jurisdictions() {
    return em
        .createQuery("SELECT j FROM Jurisdiction j ORDER BY j.code", Jurisdiction.class)
        .getResultList()
        .stream()
        .map(
            j ->
                new JurisdictionView(
                    j.getCode(),
                    j.getName(),
                    j.getParentCode(),
                    j.getTimeZone(),
                    j.getHolidayCalendar()))
        .toList();
  }

  /** Statutes of one jurisdiction, or of all when {@code code} is null. */
  public List<StatuteView> statutes(String code) {
    if (code != null
        && em.find(Jurisdiction.class, code.strip().toUpperCase(Locale.ROOT)) == null) {
      throw new InvalidInputException("jurisdiction", "unknown jurisdiction code " + code);
    }
    var query =
        em.createQuery(
            "SELECT s FROM Statute s"
                + (code == null ? "" : " WHERE s.jurisdiction.code = :code")
                + " ORDER BY s.jurisdiction.code, s.citation",
            Statute.class);
    if (code != null) {
      query.setParameter("code", code.strip().toUpperCase(Locale.ROOT));
    }
    return query.getResultList().stream().map(this::view).toList();
  }

  StatuteView view(Statute s) {
    List<RuleView> rules =
        em
            .createQuery(
                "SELECT r FROM DeadlineRule r WHERE r.statute = :s AND r.topLevel = TRUE ORDER BY r.id",
                DeadlineRule.class)
            .setParameter("s", s)
            .getResultList()
            .stream()
            .map(
                r ->
                    new RuleView(
                        r.getId(),
                        r.getLabel(),
                        r.getSeverity(),
                        r.getCombinator() == null ? null : r.getCombinator().name(),
                        r.getTrigger() == null ? null : r.getTrigger().name(),
                        r.getAmount(),
                        r.getUnit() == null ? null : r.getUnit().name(),
                        r.getWindowStart(),
                        r.getWindowEnd(),
                        r.isTolledDuringMinority(),
                        r.isVerified(),
                        r.getGrade(),
                        r.getSources(),
                        r.getLastChecked(),
                        r.getEffectiveFrom(),
                        r.getEffectiveUntil(),
                        r.getVersion()))
            .toList();
    return new StatuteView(
        s.getId(),
        s.getJurisdiction().getCode(),
        s.getCitation(),
        s.getShortTitle(),
        s.getKind(),
        s.getSummary(),
        s.getRemedies(),
        s.getEffectiveDate(),
        s.getSourceUrl(),
        s.getLastReviewed(),
        s.isVerified(),
        s.getGrade(),
        s.getSources(),
        s.getEffectiveUntil(),
        s.getFlags(),
        s.getVersion(),
        rules);
  }
}
