package org.recourse.law;

import static org.recourse.shared.Roles.ADMIN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.MultiLine;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.SingleLine;
import org.recourse.shared.StaleDataException;
import org.recourse.shared.Validation;

/**
 * Corrections to the law library by administrators: a statute's description, sources and {@link
 * SourceGrade}, a rule's period, grade and dates in force. A client that still sends the old {@code
 * verified} flag gets the grade it means ({@link SourceGrade#fromVerified}). An impossible rule is
 * refused naming the field; a corrected rule is recomputed on every case it applies to; every
 * change is kept in the history (who, when, old and new value).
 */
@Stateless
@RolesAllowed(ADMIN)
public class LawAdminService {

  private static final String TOO_MANY_SOURCES =
      "together (one per line) longer than " + Sources.COLUMN + " characters";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private Event<LawChanged> lawChanged;

  public record StatuteChanges(
      @NotBlank @Size(max = 200) @SingleLine String citation,
      @NotBlank @Size(max = 300) @SingleLine String shortTitle,
      @NotNull StatuteKind kind,
      @Size(max = 4000) @MultiLine String summary,
      @Size(max = 2000) @MultiLine String remedies,
      LocalDate effectiveDate,
      @NotBlank
          @Size(max = 500)
          @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address")
          String sourceUrl,
      @PastOrPresent LocalDate lastReviewed,
      SourceGrade grade,
      Boolean verified,
      @Size(max = 10) List<String> sources,
      LocalDate effectiveUntil,
      Set<StatuteFlag> flags,
      Long version) {

    /**
     * The grade given, or the one the legacy {@code verified} flag means (a statute always has a
     * source, so unverified is {@link SourceGrade#SECONDARY}).
     */
    SourceGrade gradeOrLegacy() {
      return grade != null
          ? grade
          : verified == null ? null : SourceGrade.fromVerified(verified, true);
    }
  }

  public record RuleChanges(
      @NotBlank @Size(max = 200) @SingleLine String label,
      @NotNull Severity severity,
      Trigger trigger,
      Integer amount,
      OffsetUnit unit,
      Integer windowStart,
      Integer windowEnd,
      boolean tolledDuringMinority,
      SourceGrade grade,
      Boolean verified,
      @Size(max = 10) List<String> sources,
      @PastOrPresent LocalDate lastChecked,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      Long version) {

    /** The grade given, or the one the legacy {@code verified} flag means. */
    SourceGrade gradeOrLegacy() {
      return grade != null
          ? grade
          : verified == null
              ? null
              : SourceGrade.fromVerified(
                  verified, amount != null || windowStart != null || windowEnd != null);
    }
  }

  public record JurisdictionChanges(
      @NotBlank @Size(max = 100) @SingleLine String name,
      @Size(max = 10) @SingleLine String parentCode,
      @NotBlank @Size(max = 40) @SingleLine String timeZone,
      @Size(max = 10) @SingleLine String holidayCalendar) {}

  public record NewJurisdiction(
      @NotBlank
          @Size(max = 10)
          @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?", message = "must look like GB or US-NY")
          String code,
      @NotNull @jakarta.validation.Valid JurisdictionChanges details) {}

  /** One change set in the history of a statute or rule. */
  public record HistoryEntry(
      long revision, Instant at, String by, String kind, List<String> changes) {}

  /** Adds a jurisdiction; its code is permanent. */
  public void createJurisdiction(NewJurisdiction command) {
    Validation.check(validator, command);
    if (em.find(Jurisdiction.class, command.code()) != null) {
      throw new InvalidInputException("code", "a jurisdiction with this code exists");
    }
    JurisdictionChanges d = command.details();
    checkJurisdiction(command.code(), d);
    em.persist(
        new Jurisdiction(
            command.code(),
            d.name().strip(),
            blankToNull(d.parentCode()),
            d.timeZone().strip(),
            blankToNull(d.holidayCalendar())));
    em.flush();
  }

  /** Corrects a jurisdiction and recomputes its cases (zone and holidays change dates). */
  public int updateJurisdiction(String code, JurisdictionChanges changes) {
    Jurisdiction place = em.find(Jurisdiction.class, code);
    if (place == null) {
      throw new NotFoundException("No such jurisdiction");
    }
    Validation.check(validator, changes);
    checkJurisdiction(code, changes);
    place.correct(
        changes.name().strip(),
        blankToNull(changes.parentCode()),
        changes.timeZone().strip(),
        blankToNull(changes.holidayCalendar()));
    em.flush();
    return recomputeCasesOf(code);
  }

  private void checkJurisdiction(String code, JurisdictionChanges d) {
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      java.time.ZoneId.of(d.timeZone().strip());
    } catch (java.time.DateTimeException e) {
      errors.put("timeZone", "is not a time zone, e.g. America/New_York");
    }
    if (blankToNull(d.holidayCalendar()) != null) {
      try {
        BusinessCalendars.forJurisdiction(d.holidayCalendar().strip());
      } catch (IllegalArgumentException e) {
        errors.put("holidayCalendar", "no public-holiday calendar is known for this code");
      }
    }
    if (blankToNull(d.parentCode()) != null
        && em.find(Jurisdiction.class, d.parentCode().strip()) == null) {
      errors.put("parentCode", "unknown jurisdiction code");
    } else if (blankToNull(d.parentCode()) != null
        && isAncestorOrSelf(code, d.parentCode().strip())) {
      errors.put("parentCode", "would make " + code + " its own ancestor");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** Whether {@code code} is {@code place} or one of the places above it. */
  private boolean isAncestorOrSelf(String code, String place) {
    Set<String> passed = new HashSet<>();
    for (String up = place; up != null && passed.add(up); ) {
      if (up.equals(code)) {
        return true;
      }
      Jurisdiction above = em.find(Jurisdiction.class, up);
      up = above == null ? null : above.getParentCode();
    }
    return false;
  }

  /** Adds a statute to a jurisdiction; returns its id. */
  public long createStatute(String jurisdictionCode, StatuteChanges details) {
    Jurisdiction place =
        em.find(Jurisdiction.class, jurisdictionCode == null ? "" : jurisdictionCode);
    if (place == null) {
      throw new InvalidInputException("jurisdiction", "unknown jurisdiction code");
    }
    Validation.check(validator, details);
    SourceGrade grade = checkStatute(details);
    Statute statute = new Statute(place);
    statute.correct(
        details.citation().strip(),
        details.shortTitle().strip(),
        details.kind(),
        details.summary(),
        details.remedies(),
        details.effectiveDate(),
        details.sourceUrl().strip(),
        details.lastReviewed(),
        grade);
    applyStatuteExtras(statute, details);
    em.persist(statute);
    em.flush();
    return statute.getId();
  }

  /** Adds a rule (a period, a window or a limit without a period) to a statute; returns its id. */
  public long createRule(long statuteId, RuleChanges details) {
    Statute statute = em.find(Statute.class, statuteId);
    if (statute == null) {
      throw new NotFoundException("No such statute");
    }
    Validation.check(validator, details);
    Map<String, String> errors =
        new RuleDraft(
                details.label(),
                statute.getCitation(),
                details.gradeOrLegacy(),
                null,
                null,
                null,
                details.trigger(),
                details.amount(),
                details.unit(),
                details.windowStart(),
                details.windowEnd(),
                details.tolledDuringMinority())
            .validate();
    ruleErrors(details, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    DeadlineRule rule = new DeadlineRule(statute);
    rule.correct(
        details.label().strip(),
        details.severity(),
        details.trigger(),
        details.amount(),
        details.unit(),
        details.windowStart(),
        details.windowEnd(),
        details.tolledDuringMinority(),
        details.gradeOrLegacy());
    applyRuleExtras(rule, details);
    em.persist(rule);
    em.flush();
    recomputeCasesOf(statute.getJurisdiction().getCode());
    return rule.getId();
  }

  /** Updates say which version they correct, so a concurrent correction is not lost. */
  private static void requireVersion(Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "must not be null");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Corrects a statute and recomputes the cases of its jurisdiction (its grade decides whether its
   * rules' dates are shown as they are, provisional or not at all); returns how many.
   */
  public int updateStatute(long id, StatuteChanges changes) {
    Statute statute = em.find(Statute.class, id);
    if (statute == null) {
      throw new NotFoundException("No such statute");
    }
    Validation.check(validator, changes);
    requireVersion(changes.version());
    if (changes.version() != statute.getVersion()) {
      throw new StaleDataException("The statute was changed meanwhile; reload it and try again");
    }
    SourceGrade grade = checkStatute(changes);
    statute.correct(
        changes.citation().strip(),
        changes.shortTitle().strip(),
        changes.kind(),
        changes.summary(),
        changes.remedies(),
        changes.effectiveDate(),
        changes.sourceUrl().strip(),
        changes.lastReviewed(),
        grade);
    applyStatuteExtras(statute, changes);
    em.flush();
    return recomputeCasesOf(statute.getJurisdiction().getCode());
  }

  /** Checks what Bean Validation cannot; returns the grade to store. */
  private static SourceGrade checkStatute(StatuteChanges d) {
    Map<String, String> errors = new LinkedHashMap<>();
    SourceGrade grade = d.gradeOrLegacy();
    if (grade == null) {
      errors.put("grade", "choose PRIMARY, MIRROR, SECONDARY or UNCONFIRMED");
    }
    sourceErrors(d.sources(), errors);
    if (d.sources() != null && d.sourceUrl() != null) {
      List<String> all = new ArrayList<>();
      all.add(d.sourceUrl());
      all.addAll(d.sources());
      if (!Sources.fit(all)) {
        errors.put("sources", TOO_MANY_SOURCES);
      }
    }
    if (d.effectiveDate() != null
        && d.effectiveUntil() != null
        && d.effectiveUntil().isBefore(d.effectiveDate())) {
      errors.put("effectiveUntil", "must not be before the effective date " + d.effectiveDate());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return grade;
  }

  private static void sourceErrors(List<String> sources, Map<String, String> errors) {
    if (sources == null) {
      return;
    }
    for (int i = 0; i < sources.size(); i++) {
      String url = sources.get(i);
      if (url == null || !url.strip().matches("https?://\\S{1,490}")) {
        errors.put("sources[" + i + "]", "must be an http(s) address");
      }
    }
  }

  private static void applyStatuteExtras(Statute statute, StatuteChanges d) {
    if (d.sources() != null) {
      List<String> all = new ArrayList<>();
      all.add(d.sourceUrl().strip());
      d.sources().forEach(url -> all.add(url.strip()));
      statute.source(all, d.lastReviewed(), statute.getGrade());
    }
    statute.endOn(d.effectiveUntil());
    if (d.flags() != null) {
      statute.flag(d.flags());
    }
  }

  /** Corrects a rule and recomputes the deadlines of every case it applies to. */
  public int updateRule(long id, RuleChanges changes) {
    DeadlineRule rule = em.find(DeadlineRule.class, id);
    if (rule == null) {
      throw new NotFoundException("No such rule");
    }
    Validation.check(validator, changes);
    requireVersion(changes.version());
    if (changes.version() != rule.getVersion()) {
      throw new StaleDataException("The rule was changed meanwhile; reload it and try again");
    }
    RuleDraft draft =
        rule.getCombinator() != null
            ? new RuleDraft(
                changes.label(),
                rule.getStatute().getCitation(),
                changes.gradeOrLegacy(),
                rule.getCombinator(),
                rule.getFirst().toDraft(),
                rule.getSecond().toDraft(),
                null,
                null,
                null,
                null,
                null,
                false)
            : new RuleDraft(
                changes.label(),
                rule.getStatute().getCitation(),
                changes.gradeOrLegacy(),
                null,
                null,
                null,
                changes.trigger(),
                changes.amount(),
                changes.unit(),
                changes.windowStart(),
                changes.windowEnd(),
                changes.tolledDuringMinority());
    Map<String, String> errors = new LinkedHashMap<>(draft.validate());
    ruleErrors(changes, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    rule.correct(
        changes.label().strip(),
        changes.severity(),
        changes.trigger(),
        changes.amount(),
        changes.unit(),
        changes.windowStart(),
        changes.windowEnd(),
        changes.tolledDuringMinority(),
        changes.gradeOrLegacy());
    applyRuleExtras(rule, changes);
    em.flush();
    return recomputeCasesOf(rule.getStatute().getJurisdiction().getCode());
  }

  private static void ruleErrors(RuleChanges d, Map<String, String> errors) {
    if (d.gradeOrLegacy() == null) {
      errors.put("grade", "choose PRIMARY, MIRROR, SECONDARY or UNCONFIRMED");
    }
    sourceErrors(d.sources(), errors);
    if (!Sources.fit(d.sources())) {
      errors.put("sources", TOO_MANY_SOURCES);
    }
    if (d.effectiveFrom() != null
        && d.effectiveUntil() != null
        && d.effectiveUntil().isBefore(d.effectiveFrom())) {
      errors.put("effectiveUntil", "must not be before effective from " + d.effectiveFrom());
    }
  }

  private static void applyRuleExtras(DeadlineRule rule, RuleChanges d) {
    if (d.sources() != null || d.lastChecked() != null) {
      rule.source(
          d.sources() == null
              ? rule.getOwnSources()
              : d.sources().stream().map(String::strip).toList(),
          d.lastChecked() != null ? d.lastChecked() : rule.getLastChecked());
    }
    rule.inForce(d.effectiveFrom(), d.effectiveUntil());
  }

  private int recomputeCasesOf(String code) {
    Set<String> codes = Descendants.withDescendants(em, Set.of(code));
    LawChanged changed = new LawChanged(codes, session.getCallerPrincipal().getName());
    lawChanged.fire(changed);
    return changed.casesRecomputed();
  }

  public List<HistoryEntry> statuteHistory(long id) {
    return history(Statute.class, id, LawAdminService::statuteFields);
  }

  public List<HistoryEntry> jurisdictionHistory(String code) {
    return history(Jurisdiction.class, code, LawAdminService::jurisdictionFields);
  }

  private static Map<String, Object> jurisdictionFields(Jurisdiction j) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", j.getName());
    fields.put("parentCode", j.getParentCode());
    fields.put("timeZone", j.getTimeZone());
    fields.put("holidayCalendar", j.getHolidayCalendar());
    return fields;
  }

  public List<HistoryEntry> ruleHistory(long id) {
    return history(DeadlineRule.class, id, LawAdminService::ruleFields);
  }

  private <T> List<HistoryEntry> history(
      Class<T> type, Object id, java.util.function.Function<T, Map<String, Object>> fields) {
    @SuppressWarnings("unchecked")
    List<Object[]> revisions =
        AuditReaderFactory.get(em)
            .createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(AuditEntity.id().eq(id))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    List<HistoryEntry> entries = new ArrayList<>();
    Map<String, Object> before = null;
    for (Object[] row : revisions) {
      @SuppressWarnings("unchecked")
      T snapshot = (T) row[0];
      LawRevision revision = (LawRevision) row[1];
      RevisionType kind = (RevisionType) row[2];
      Map<String, Object> after = fields.apply(snapshot);
      List<String> changes = new ArrayList<>();
      for (Map.Entry<String, Object> field : after.entrySet()) {
        Object old = before == null ? null : before.get(field.getKey());
        if (before == null || !Objects.equals(old, field.getValue())) {
          changes.add(
              field.getKey()
                  + ": "
                  + (before == null ? "" : String.valueOf(old) + " → ")
                  + field.getValue());
        }
      }
      entries.add(
          new HistoryEntry(
              revision.getId(),
              Instant.ofEpochMilli(revision.getRevisionTime()),
              revision.getUsername(),
              kind.name(),
              changes));
      before = after;
    }
    java.util.Collections.reverse(entries);
    return entries;
  }

  private static Map<String, Object> statuteFields(Statute s) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("citation", s.getCitation());
    fields.put("shortTitle", s.getShortTitle());
    fields.put("kind", s.getKind());
    fields.put("summary", s.getSummary());
    fields.put("remedies", s.getRemedies());
    fields.put("effectiveDate", s.getEffectiveDate());
    fields.put("sourceUrl", s.getSourceUrl());
    fields.put("lastReviewed", s.getLastReviewed());
    fields.put("grade", s.getGrade());
    fields.put("sources", s.getSources());
    fields.put("effectiveUntil", s.getEffectiveUntil());
    fields.put("flags", s.getFlags());
    return fields;
  }

  private static Map<String, Object> ruleFields(DeadlineRule r) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("label", r.getLabel());
    fields.put("severity", r.getSeverity());
    fields.put("trigger", r.getTrigger());
    fields.put("amount", r.getAmount());
    fields.put("unit", r.getUnit());
    fields.put("windowStart", r.getWindowStart());
    fields.put("windowEnd", r.getWindowEnd());
    fields.put("tolledDuringMinority", r.isTolledDuringMinority());
    fields.put("grade", r.getGrade());
    fields.put("sources", r.getSources());
    fields.put("lastChecked", r.getLastChecked());
    fields.put("effectiveFrom", r.getEffectiveFrom());
    fields.put("effectiveUntil", r.getEffectiveUntil());
    return fields;
  }
}
