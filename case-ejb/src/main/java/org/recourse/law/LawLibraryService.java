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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.recourse.law.LawLibraryDiff.ImportOutcome;
import org.recourse.law.LawLibraryDiff.ImportReport;
import org.recourse.law.LawLibraryDiff.LibraryChange;
import org.recourse.law.LawLibraryFile.JurisdictionEntry;
import org.recourse.law.LawLibraryFile.RuleEntry;
import org.recourse.law.LawLibraryFile.RulePart;
import org.recourse.law.LawLibraryFile.StatuteEntry;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.Validation;

/**
 * The law library as a file: exported whole, and imported by an administrator after a dry run
 * ({@link LawLibraryDiff} says what would be added, changed, left alone or refused). A real import
 * writes everything or nothing (one transaction; any refused field refuses the file), is kept in
 * the law's history as one change set under the administrator's name, and recomputes the cases of
 * every jurisdiction whose law it changed.
 */
@Stateless
@RolesAllowed(ADMIN)
public class LawLibraryService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private Event<LawChanged> lawChanged;
  @Inject private Clock clock;

  /** The whole library, jurisdictions parents first, statutes by jurisdiction and citation. */
  public LawLibraryFile export() {
    List<JurisdictionEntry> places =
        em
            .createQuery("SELECT j FROM Jurisdiction j ORDER BY j.code", Jurisdiction.class)
            .getResultList()
            .stream()
            .map(
                j ->
                    new JurisdictionEntry(
                        j.getCode(),
                        j.getName(),
                        j.getParentCode(),
                        j.getTimeZone(),
                        j.getHolidayCalendar()))
            .toList();
    Map<Long, List<RuleEntry>> rules = new HashMap<>();
    for (DeadlineRule r :
        em.createQuery(
                "SELECT r FROM DeadlineRule r WHERE r.topLevel = TRUE ORDER BY r.id",
                DeadlineRule.class)
            .getResultList()) {
      rules.computeIfAbsent(r.getStatute().getId(), id -> new ArrayList<>()).add(entry(r));
    }
    List<StatuteEntry> statutes =
        em
            .createQuery(
                "SELECT s FROM Statute s ORDER BY s.jurisdiction.code, s.citation, s.id",
                Statute.class)
            .getResultList()
            .stream()
            .map(s -> entry(s, rules.getOrDefault(s.getId(), List.of())))
            .toList();
    return new LawLibraryFile(
        LawLibraryFile.FORMAT,
        LawLibraryFile.VERSION,
        clock.instant(),
        sortParentsFirst(places),
        statutes);
  }

  private static StatuteEntry entry(Statute s, List<RuleEntry> rules) {
    return new StatuteEntry(
        s.getJurisdiction().getCode(),
        s.getCitation(),
        s.getShortTitle(),
        s.getKind(),
        s.getSummary(),
        s.getRemedies(),
        s.getGrade(),
        s.getSources(),
        s.getLastReviewed(),
        s.getEffectiveDate(),
        s.getEffectiveUntil(),
        s.getFlags(),
        rules);
  }

  private static RuleEntry entry(DeadlineRule r) {
    List<RulePart> parts =
        r.getCombinator() == null ? List.of() : List.of(part(r.getFirst()), part(r.getSecond()));
    return new RuleEntry(
        r.getLabel(),
        r.getSeverity(),
        r.getCombinator(),
        parts,
        r.getTrigger(),
        r.getAmount(),
        r.getUnit(),
        r.getWindowStart(),
        r.getWindowEnd(),
        r.getCombinator() == null ? r.isTolledDuringMinority() : null,
        r.getGrade(),
        r.getOwnSources(),
        r.getLastChecked(),
        r.getEffectiveFrom(),
        r.getEffectiveUntil());
  }

  private static RulePart part(DeadlineRule p) {
    return new RulePart(
        p.getLabel(),
        p.getTrigger(),
        p.getAmount(),
        p.getUnit(),
        p.getWindowStart(),
        p.getWindowEnd(),
        p.isTolledDuringMinority(),
        p.getGrade());
  }

  private static List<JurisdictionEntry> sortParentsFirst(List<JurisdictionEntry> places) {
    List<JurisdictionEntry> sorted = new ArrayList<>();
    Set<String> placed = new TreeSet<>();
    List<JurisdictionEntry> left = new ArrayList<>(places);
    while (!left.isEmpty()) {
      List<JurisdictionEntry> ready =
          left.stream()
              .filter(
                  j ->
                      parent(j) == null
                          || placed.contains(parent(j))
                          || left.stream().noneMatch(o -> o.code().strip().equals(parent(j))))
              .toList();
      if (ready.isEmpty()) {
        ready = List.copyOf(left);
      }
      ready.forEach(j -> placed.add(j.code().strip()));
      sorted.addAll(ready);
      left.removeAll(ready);
    }
    return sorted;
  }

  private static String parent(JurisdictionEntry j) {
    return LawLibraryDiff.trim(j.parentCode());
  }

  /** Fields of the file itself: a file that is not a library file at all is refused outright. */
  private static final Set<String> FILE_FIELDS =
      Set.of("body", "format", "version", "jurisdictions", "statutes");

  /**
   * What importing the file would do; writes nothing. Refused entries are reported; a body that is
   * not a library file of this version is refused ({@link InvalidInputException}).
   */
  public ImportReport dryRun(LawLibraryFile file) {
    ImportReport report = compare(file);
    Map<String, String> fileErrors = new TreeMap<>(report.errors());
    fileErrors.keySet().retainAll(FILE_FIELDS);
    if (!fileErrors.isEmpty()) {
      throw new InvalidInputException(fileErrors);
    }
    return report.done(true, 0);
  }

  /**
   * Imports the file: all of it, or nothing when any field is refused ({@link
   * InvalidInputException} naming each by its place in the file).
   */
  public ImportReport importFile(LawLibraryFile file) {
    ImportReport report = compare(file);
    if (!report.errors().isEmpty()) {
      throw new InvalidInputException(report.errors());
    }
    Set<String> touched = new TreeSet<>();
    Map<String, LibraryChange> byPath = new HashMap<>();
    report.items().forEach(item -> byPath.put(item.path(), item));
    applyJurisdictions(file, byPath, touched);
    applyStatutes(file, byPath, touched);
    em.flush();
    return report.done(false, recompute(touched));
  }

  private ImportReport compare(LawLibraryFile file) {
    Map<String, String> known = new TreeMap<>();
    if (file != null) {
      for (ConstraintViolation<LawLibraryFile> violation : validator.validate(file)) {
        known.merge(
            Validation.fieldPath(violation.getPropertyPath()),
            violation.getMessage(),
            (a, b) -> a + "; " + b);
      }
    }
    return LawLibraryDiff.compare(export(), file, LocalDate.now(clock), known);
  }

  private static boolean writes(Map<String, LibraryChange> byPath, String path) {
    LibraryChange item = byPath.get(path);
    return item != null
        && (item.outcome() == ImportOutcome.ADDED || item.outcome() == ImportOutcome.CHANGED);
  }

  private void applyJurisdictions(
      LawLibraryFile file, Map<String, LibraryChange> byPath, Set<String> touched) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < file.jurisdictions().size(); i++) {
      index.put(file.jurisdictions().get(i).code().strip(), i);
    }
    for (JurisdictionEntry entry : sortParentsFirst(file.jurisdictions())) {
      String code = entry.code().strip();
      if (!writes(byPath, "jurisdictions[" + index.get(code) + "]")) {
        continue;
      }
      Jurisdiction place = em.find(Jurisdiction.class, code);
      String name = entry.name().strip();
      String parent = LawLibraryDiff.trim(entry.parentCode());
      String zone = entry.timeZone().strip();
      String calendar = LawLibraryDiff.trim(entry.holidayCalendar());
      if (place == null) {
        em.persist(new Jurisdiction(code, name, parent, zone, calendar));
      } else {
        place.correct(name, parent, zone, calendar);
        touched.add(code);
      }
      em.flush();
    }
  }

  private void applyStatutes(
      LawLibraryFile file, Map<String, LibraryChange> byPath, Set<String> touched) {
    for (int i = 0; i < file.statutes().size(); i++) {
      StatuteEntry entry = file.statutes().get(i);
      String path = "statutes[" + i + "]";
      String code = entry.jurisdiction().strip();
      String citation = entry.citation().strip();
      Statute statute =
          em.createQuery(
                  "SELECT s FROM Statute s WHERE s.jurisdiction.code = :code"
                      + " AND s.citation = :citation ORDER BY s.id",
                  Statute.class)
              .setParameter("code", code)
              .setParameter("citation", citation)
              .setMaxResults(1)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (writes(byPath, path)) {
        if (statute == null) {
          statute = new Statute(em.find(Jurisdiction.class, code));
          describe(statute, entry);
          em.persist(statute);
        } else {
          describe(statute, entry);
        }
        touched.add(code);
      }
      List<RuleEntry> rules = entry.rules() == null ? List.of() : entry.rules();
      for (int r = 0; r < rules.size(); r++) {
        if (writes(byPath, path + ".rules[" + r + "]")) {
          applyRule(statute, rules.get(r));
          touched.add(code);
        }
      }
    }
  }

  private static void describe(Statute statute, StatuteEntry entry) {
    List<String> sources = entry.sources().stream().map(String::strip).toList();
    statute.correct(
        entry.citation().strip(),
        entry.shortTitle().strip(),
        entry.kind(),
        LawLibraryDiff.trim(entry.summary()),
        LawLibraryDiff.trim(entry.remedies()),
        entry.effectiveDate(),
        sources.get(0),
        entry.lastReviewed(),
        entry.grade());
    statute.source(sources, entry.lastReviewed(), entry.grade());
    statute.endOn(entry.effectiveUntil());
    statute.flag(entry.flags() == null ? Set.of() : entry.flags());
  }

  private void applyRule(Statute statute, RuleEntry entry) {
    String label = entry.label().strip();
    DeadlineRule rule =
        em.createQuery(
                "SELECT r FROM DeadlineRule r WHERE r.statute = :statute AND r.topLevel = TRUE"
                    + " AND r.label = :label ORDER BY r.id",
                DeadlineRule.class)
            .setParameter("statute", statute)
            .setParameter("label", label)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean added = rule == null;
    if (added) {
      rule =
          entry.combinator() == null
              ? new DeadlineRule(statute)
              : DeadlineRule.combining(
                  statute,
                  entry.combinator(),
                  DeadlineRule.part(statute),
                  DeadlineRule.part(statute));
    }
    rule.correct(
        label,
        entry.severity(),
        entry.trigger(),
        entry.amount(),
        entry.unit(),
        entry.windowStart(),
        entry.windowEnd(),
        Boolean.TRUE.equals(entry.tolledDuringMinority()),
        entry.grade());
    rule.source(
        entry.sources() == null ? List.of() : entry.sources().stream().map(String::strip).toList(),
        entry.lastChecked());
    rule.inForce(entry.effectiveFrom(), entry.effectiveUntil());
    if (entry.combinator() != null) {
      correctPart(rule.getFirst(), entry.parts().get(0), entry);
      correctPart(rule.getSecond(), entry.parts().get(1), entry);
    }
    if (added) {
      if (entry.combinator() != null) {
        em.persist(rule.getFirst());
        em.persist(rule.getSecond());
      }
      em.persist(rule);
    }
  }

  private static void correctPart(DeadlineRule part, RulePart entry, RuleEntry whole) {
    part.correct(
        entry.label().strip(),
        whole.severity(),
        entry.trigger(),
        entry.amount(),
        entry.unit(),
        entry.windowStart(),
        entry.windowEnd(),
        Boolean.TRUE.equals(entry.tolledDuringMinority()),
        entry.grade() == null ? whole.grade() : entry.grade());
  }

  private int recompute(Set<String> codes) {
    if (codes.isEmpty()) {
      return 0;
    }
    Set<String> all = Descendants.withDescendants(em, codes);
    LawChanged changed = new LawChanged(all, session.getCallerPrincipal().getName());
    lawChanged.fire(changed);
    return changed.casesRecomputed();
  }
}
