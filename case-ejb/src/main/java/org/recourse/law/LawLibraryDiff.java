package org.recourse.law;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.recourse.law.LawLibraryFile.JurisdictionEntry;
import org.recourse.law.LawLibraryFile.RuleEntry;
import org.recourse.law.LawLibraryFile.RulePart;
import org.recourse.law.LawLibraryFile.StatuteEntry;

/**
 * What importing a {@link LawLibraryFile} would do to the library as it is: for each jurisdiction,
 * statute and rule of the file, whether it would be added, changed (which fields, old and new
 * value), left unchanged, or refused (which field, and why, named by its place in the file, e.g.
 * {@code statutes[3].rules[0].amount}). The same checks as a correction by hand: a known time zone
 * and holiday calendar, a known parent, a grade on every statute and rule, http(s) sources, a
 * period that can be counted ({@link RuleDraft#validate()}), an end in force not before its start.
 * A rule graded above UNCONFIRMED must state its period, so an import never turns "not found" into
 * a number. What the library has and the file does not is kept, never deleted.
 */
public final class LawLibraryDiff {

  public enum ImportOutcome {
    ADDED,
    CHANGED,
    UNCHANGED,
    REFUSED
  }

  /** One jurisdiction, statute or rule of the file and what the import does with it. */
  public record LibraryChange(
      String kind,
      String key,
      String path,
      ImportOutcome outcome,
      List<String> changes,
      Map<String, String> errors)
      implements Serializable {}

  /**
   * The import's result: counts per outcome, the items that are not unchanged, and every refused
   * field by its place in the file ({@code errors}: empty when the file can be imported).
   */
  public record ImportReport(
      boolean dryRun,
      int added,
      int changed,
      int unchanged,
      int refused,
      int casesRecomputed,
      List<LibraryChange> items,
      Map<String, String> errors)
      implements Serializable {

    ImportReport done(boolean dryRun, int casesRecomputed) {
      return new ImportReport(
          dryRun, added, changed, unchanged, refused, casesRecomputed, items, errors);
    }
  }

  private static final String CODE = "[A-Z]{2}(-[A-Z0-9]{1,3})?";
  private static final String URL = "https?://\\S{1,490}";
  private static final String CHOOSE_GRADE = "choose PRIMARY, MIRROR, SECONDARY or UNCONFIRMED";

  private final LawLibraryFile current;
  private final LocalDate today;
  private final Map<String, String> errors = new TreeMap<>();
  private final List<LibraryChange> items = new ArrayList<>();

  private LawLibraryDiff(LawLibraryFile current, LocalDate today, Map<String, String> known) {
    this.current = current;
    this.today = today;
    errors.putAll(known);
  }

  /**
   * Compares {@code incoming} with the library as it is ({@code current}, as exported); {@code
   * knownErrors} are refusals found before (Bean Validation of the file), merged in.
   */
  public static ImportReport compare(
      LawLibraryFile current,
      LawLibraryFile incoming,
      LocalDate today,
      Map<String, String> knownErrors) {
    LawLibraryDiff diff = new LawLibraryDiff(current, today, knownErrors);
    diff.run(incoming);
    return diff.report();
  }

  private void run(LawLibraryFile file) {
    if (file == null) {
      errors.put("body", "must not be empty");
      return;
    }
    if (!LawLibraryFile.FORMAT.equals(file.format())) {
      errors.put("format", "must be \"" + LawLibraryFile.FORMAT + "\"");
    }
    if (!Objects.equals(file.version(), LawLibraryFile.VERSION)) {
      errors.put("version", "this installation reads version " + LawLibraryFile.VERSION);
    }
    if (file.jurisdictions() == null) {
      errors.put("jurisdictions", "must not be null");
    }
    if (file.statutes() == null) {
      errors.put("statutes", "must not be null");
    }
    if (!errors.isEmpty() && (file.jurisdictions() == null || file.statutes() == null)) {
      return;
    }
    Set<String> codes = new HashSet<>();
    current.jurisdictions().forEach(j -> codes.add(j.code()));
    file.jurisdictions().stream()
        .filter(Objects::nonNull)
        .map(JurisdictionEntry::code)
        .filter(Objects::nonNull)
        .forEach(code -> codes.add(code.strip()));
    jurisdictions(file.jurisdictions(), codes);
    statutes(file.statutes(), codes);
  }

  private ImportReport report() {
    int[] counts = new int[ImportOutcome.values().length];
    items.forEach(item -> counts[item.outcome().ordinal()]++);
    return new ImportReport(
        true,
        counts[ImportOutcome.ADDED.ordinal()],
        counts[ImportOutcome.CHANGED.ordinal()],
        counts[ImportOutcome.UNCHANGED.ordinal()],
        counts[ImportOutcome.REFUSED.ordinal()],
        0,
        items.stream().filter(i -> i.outcome() != ImportOutcome.UNCHANGED).toList(),
        Map.copyOf(errors));
  }

  private void jurisdictions(List<JurisdictionEntry> entries, Set<String> codes) {
    Map<String, JurisdictionEntry> existing = new HashMap<>();
    current.jurisdictions().forEach(j -> existing.put(j.code(), j));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String path = "jurisdictions[" + i + "]";
      JurisdictionEntry entry = entries.get(i);
      if (entry == null) {
        errors.put(path, "must not be null");
        continue;
      }
      String code = trim(entry.code());
      if (code == null || !code.matches(CODE)) {
        errors.put(path + ".code", "must look like GB or US-NY");
      } else if (!seen.add(code)) {
        errors.put(path + ".code", "appears twice in the file");
      }
      if (trim(entry.name()) == null) {
        errors.put(path + ".name", "must not be blank");
      }
      zoneErrors(path, entry);
      String parent = trim(entry.parentCode());
      if (parent != null && (!codes.contains(parent) || parent.equals(code))) {
        errors.put(path + ".parentCode", "unknown jurisdiction code");
      }
      JurisdictionEntry before = code == null ? null : existing.get(code);
      add("jurisdiction", code, path, before == null ? null : fields(before), fields(entry));
    }
  }

  private void zoneErrors(String path, JurisdictionEntry entry) {
    String zone = trim(entry.timeZone());
    if (zone == null) {
      errors.put(path + ".timeZone", "must not be blank");
    } else {
      try {
        ZoneId.of(zone);
      } catch (DateTimeException e) {
        errors.put(path + ".timeZone", "is not a time zone, e.g. America/New_York");
      }
    }
    String calendar = trim(entry.holidayCalendar());
    if (calendar != null) {
      try {
        BusinessCalendars.forJurisdiction(calendar);
      } catch (IllegalArgumentException e) {
        errors.put(path + ".holidayCalendar", "no public-holiday calendar is known for this code");
      }
    }
  }

  private void statutes(List<StatuteEntry> entries, Set<String> codes) {
    Map<String, StatuteEntry> existing = new HashMap<>();
    current.statutes().forEach(s -> existing.putIfAbsent(s.jurisdiction() + " " + s.citation(), s));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String path = "statutes[" + i + "]";
      StatuteEntry entry = entries.get(i);
      if (entry == null) {
        errors.put(path, "must not be null");
        continue;
      }
      String place = trim(entry.jurisdiction());
      if (place == null || !codes.contains(place)) {
        errors.put(path + ".jurisdiction", "unknown jurisdiction code");
      }
      String citation = trim(entry.citation());
      if (citation == null) {
        errors.put(path + ".citation", "must not be blank");
      }
      String key = place + " " + citation;
      if (citation != null && !seen.add(key)) {
        errors.put(path + ".citation", "appears twice for " + place + " in the file");
      }
      if (trim(entry.shortTitle()) == null) {
        errors.put(path + ".shortTitle", "must not be blank");
      }
      if (entry.kind() == null) {
        errors.put(path + ".kind", "must not be null");
      }
      if (entry.grade() == null) {
        errors.put(path + ".grade", CHOOSE_GRADE);
      }
      if (entry.sources() == null || entry.sources().isEmpty()) {
        errors.put(path + ".sources", "name at least one source (an http(s) address)");
      }
      sourceErrors(path, entry.sources());
      dateErrors(path, "lastReviewed", entry.lastReviewed());
      spanErrors(path, entry.effectiveDate(), entry.effectiveUntil());
      StatuteEntry before = existing.get(key);
      add("statute", key, path, before == null ? null : fields(before), fields(entry));
      rules(path, citation, entry.rules(), before == null ? List.of() : before.rules());
    }
  }

  private void rules(
      String statutePath, String citation, List<RuleEntry> entries, List<RuleEntry> old) {
    if (entries == null) {
      return;
    }
    Map<String, RuleEntry> existing = new HashMap<>();
    (old == null ? List.<RuleEntry>of() : old).forEach(r -> existing.putIfAbsent(r.label(), r));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String path = statutePath + ".rules[" + i + "]";
      RuleEntry entry = entries.get(i);
      if (entry == null) {
        errors.put(path, "must not be null");
        continue;
      }
      String label = trim(entry.label());
      if (label != null && !seen.add(label)) {
        errors.put(path + ".label", "appears twice for this statute in the file");
      }
      if (entry.severity() == null) {
        errors.put(path + ".severity", "must not be null");
      }
      if (entry.grade() == null) {
        errors.put(path + ".grade", CHOOSE_GRADE);
      }
      sourceErrors(path, entry.sources());
      dateErrors(path, "lastChecked", entry.lastChecked());
      spanErrors(path, entry.effectiveFrom(), entry.effectiveUntil());
      draftErrors(path, citation, entry);
      RuleEntry before = label == null ? null : existing.get(label);
      if (before != null && !Objects.equals(before.combinator(), entry.combinator())) {
        errors.put(
            path + ".combinator",
            "cannot be changed by an import; give the changed rule a new label");
      }
      add(
          "rule",
          citation + ": " + label,
          path,
          before == null ? null : fields(before),
          fields(entry));
    }
  }

  private void draftErrors(String path, String citation, RuleEntry entry) {
    List<RulePart> parts = entry.parts() == null ? List.of() : entry.parts();
    if (entry.combinator() != null && parts.size() != 2) {
      errors.put(path + ".parts", entry.combinator() + " needs two parts to compare");
      return;
    }
    if (entry.combinator() == null && !parts.isEmpty()) {
      errors.put(path + ".parts", "only a rule with a combinator has parts");
      return;
    }
    RuleDraft draft =
        entry.combinator() == null
            ? new RuleDraft(
                trim(entry.label()),
                citation,
                entry.grade(),
                null,
                null,
                null,
                entry.trigger(),
                entry.amount(),
                entry.unit(),
                entry.windowStart(),
                entry.windowEnd(),
                Boolean.TRUE.equals(entry.tolledDuringMinority()))
            : new RuleDraft(
                trim(entry.label()),
                citation,
                entry.grade(),
                entry.combinator(),
                draft(parts.get(0), citation, entry.grade()),
                draft(parts.get(1), citation, entry.grade()),
                entry.trigger(),
                entry.amount(),
                entry.unit(),
                entry.windowStart(),
                entry.windowEnd(),
                Boolean.TRUE.equals(entry.tolledDuringMinority()));
    draft
        .validate()
        .forEach(
            (field, message) ->
                errors.put(
                    path
                        + "."
                        + field
                            .replaceFirst("^first\\.", "parts[0].")
                            .replaceFirst("^second\\.", "parts[1]."),
                    message));
  }

  private static RuleDraft draft(RulePart part, String citation, SourceGrade grade) {
    return new RuleDraft(
        trim(part.label()),
        citation,
        part.grade() == null ? grade : part.grade(),
        null,
        null,
        null,
        part.trigger(),
        part.amount(),
        part.unit(),
        part.windowStart(),
        part.windowEnd(),
        Boolean.TRUE.equals(part.tolledDuringMinority()));
  }

  private void sourceErrors(String path, List<String> sources) {
    if (sources == null) {
      return;
    }
    for (int i = 0; i < sources.size(); i++) {
      String url = sources.get(i);
      if (url == null || !url.strip().matches(URL)) {
        errors.put(path + ".sources[" + i + "]", "must be an http(s) address");
      }
    }
  }

  private void dateErrors(String path, String field, LocalDate checked) {
    if (checked != null && checked.isAfter(today)) {
      errors.put(path + "." + field, "must not be in the future");
    }
  }

  private void spanErrors(String path, LocalDate from, LocalDate until) {
    if (from != null && until != null && until.isBefore(from)) {
      errors.put(path + ".effectiveUntil", "must not be before the date it takes effect, " + from);
    }
  }

  /** Records the item; refused when an error names it (its own fields, not its rules'). */
  private void add(
      String kind, String key, String path, Map<String, Object> before, Map<String, Object> after) {
    Map<String, String> own = new TreeMap<>();
    errors.forEach(
        (field, message) -> {
          if ((field.equals(path) || field.startsWith(path + "."))
              && !field.startsWith(path + ".rules[")) {
            own.put(field, message);
          }
        });
    List<String> changes = new ArrayList<>();
    ImportOutcome outcome;
    if (!own.isEmpty()) {
      outcome = ImportOutcome.REFUSED;
    } else if (before == null) {
      outcome = ImportOutcome.ADDED;
    } else {
      after.forEach(
          (field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
              changes.add(field + ": " + old + " → " + value);
            }
          });
      outcome = changes.isEmpty() ? ImportOutcome.UNCHANGED : ImportOutcome.CHANGED;
    }
    items.add(new LibraryChange(kind, key, path, outcome, List.copyOf(changes), Map.copyOf(own)));
  }

  private static Map<String, Object> fields(JurisdictionEntry j) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", trim(j.name()));
    fields.put("parentCode", trim(j.parentCode()));
    fields.put("timeZone", trim(j.timeZone()));
    fields.put("holidayCalendar", trim(j.holidayCalendar()));
    return fields;
  }

  private static Map<String, Object> fields(StatuteEntry s) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("shortTitle", trim(s.shortTitle()));
    fields.put("kind", s.kind());
    fields.put("summary", trim(s.summary()));
    fields.put("remedies", trim(s.remedies()));
    fields.put("grade", s.grade());
    fields.put("sources", sources(s.sources()));
    fields.put("lastReviewed", s.lastReviewed());
    fields.put("effectiveDate", s.effectiveDate());
    fields.put("effectiveUntil", s.effectiveUntil());
    fields.put("flags", flags(s.flags()));
    return fields;
  }

  private static Map<String, Object> fields(RuleEntry r) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("severity", r.severity());
    fields.put("combinator", r.combinator());
    fields.putAll(
        period(
            "",
            r.trigger(),
            r.amount(),
            r.unit(),
            r.windowStart(),
            r.windowEnd(),
            r.tolledDuringMinority()));
    List<RulePart> parts = r.parts() == null ? List.of() : r.parts();
    for (int i = 0; i < parts.size(); i++) {
      RulePart p = parts.get(i);
      String prefix = "parts[" + i + "].";
      if (p == null) {
        continue;
      }
      fields.put(prefix + "label", trim(p.label()));
      fields.putAll(
          period(
              prefix,
              p.trigger(),
              p.amount(),
              p.unit(),
              p.windowStart(),
              p.windowEnd(),
              p.tolledDuringMinority()));
      fields.put(prefix + "grade", p.grade() == null ? r.grade() : p.grade());
    }
    fields.put("grade", r.grade());
    fields.put("sources", sources(r.sources()));
    fields.put("lastChecked", r.lastChecked());
    fields.put("effectiveFrom", r.effectiveFrom());
    fields.put("effectiveUntil", r.effectiveUntil());
    return fields;
  }

  private static Map<String, Object> period(
      String prefix,
      Trigger trigger,
      Integer amount,
      OffsetUnit unit,
      Integer windowStart,
      Integer windowEnd,
      Boolean tolled) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(prefix + "trigger", trigger);
    fields.put(prefix + "amount", amount);
    fields.put(prefix + "unit", unit);
    fields.put(prefix + "windowStart", windowStart);
    fields.put(prefix + "windowEnd", windowEnd);
    fields.put(prefix + "tolledDuringMinority", Boolean.TRUE.equals(tolled));
    return fields;
  }

  private static List<String> sources(List<String> sources) {
    return sources == null
        ? List.of()
        : sources.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
  }

  private static Set<StatuteFlag> flags(Set<StatuteFlag> flags) {
    return flags == null || flags.isEmpty() ? Set.of() : EnumSet.copyOf(flags);
  }

  static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
