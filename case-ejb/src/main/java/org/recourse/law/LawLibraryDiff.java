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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final String CHOOSE_GRADE =
      "choose "
          + SourceGrade.PRIMARY.codeInWords()
          + ", "
          + SourceGrade.MIRROR.codeInWords()
          + ", "
          + SourceGrade.SECONDARY.codeInWords()
          + " or "
          + SourceGrade.UNCONFIRMED.codeInWords();

  /** At most this many refused fields are listed; the rest are counted ("…and N more"). */
  static final int MAX_ERRORS = 200;

  private static final Pattern ITEM =
      Pattern.compile("^(jurisdictions\\[\\d+]|statutes\\[\\d+](\\.rules\\[\\d+])?)(\\..*)?$");

  private final LawLibraryFile current;
  private final LocalDate today;
  private final Map<String, String> errors = new TreeMap<>();
  private int unlisted;

  /** Refusals found before the diff, by the item (its path) they name. */
  private final Map<String, Map<String, String>> knownByItem = new HashMap<>();

  /** The refusals of the item being checked, until {@link #add} records it. */
  private final Map<String, String> pending = new TreeMap<>();

  private final List<LibraryChange> items = new ArrayList<>();

  private LawLibraryDiff(LawLibraryFile current, LocalDate today, Map<String, String> known) {
    this.current = current;
    this.today = today;
    new TreeMap<>(known)
        .forEach(
            (field, message) -> {
              list(field, message);
              Matcher item = ITEM.matcher(field);
              if (item.matches()) {
                knownByItem
                    .computeIfAbsent(item.group(1), k -> new TreeMap<>())
                    .put(field, message);
              }
            });
  }

  /** Refuses a field of the item being checked. */
  private void error(String field, String message) {
    pending.put(field, message);
    list(field, message);
  }

  private void list(String field, String message) {
    if (errors.containsKey(field)) {
      return;
    }
    if (errors.size() < MAX_ERRORS) {
      errors.put(field, message);
    } else {
      unlisted++;
    }
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
      list("body", "must not be empty");
      return;
    }
    if (!LawLibraryFile.FORMAT.equals(file.format())) {
      list("format", "must be \"" + LawLibraryFile.FORMAT + "\"");
    }
    if (!Objects.equals(file.version(), LawLibraryFile.VERSION)) {
      list("version", "this installation reads version " + LawLibraryFile.VERSION);
    }
    if (file.jurisdictions() == null) {
      list("jurisdictions", "must not be null");
    }
    if (file.statutes() == null) {
      list("statutes", "must not be null");
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
        listed());
  }

  private Map<String, String> listed() {
    if (unlisted == 0) {
      return Map.copyOf(errors);
    }
    Map<String, String> listed = new TreeMap<>(errors);
    listed.put("more", "…and " + unlisted + " more refused fields");
    return Map.copyOf(listed);
  }

  private void jurisdictions(List<JurisdictionEntry> entries, Set<String> codes) {
    Map<String, JurisdictionEntry> existing = new HashMap<>();
    current.jurisdictions().forEach(j -> existing.put(j.code(), j));
    Map<String, String> parents = parentsAfterImport(entries);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String path = "jurisdictions[" + i + "]";
      JurisdictionEntry entry = entries.get(i);
      if (entry == null) {
        list(path, "must not be null");
        continue;
      }
      String code = trim(entry.code());
      if (code == null || !code.matches(CODE)) {
        error(path + ".code", "must look like GB or US-NY");
      } else if (!seen.add(code)) {
        error(path + ".code", "appears twice in the file");
      }
      if (trim(entry.name()) == null) {
        error(path + ".name", "must not be blank");
      }
      zoneErrors(path, entry);
      String parent = trim(entry.parentCode());
      if (parent != null && !codes.contains(parent)) {
        error(path + ".parentCode", "unknown jurisdiction code");
      } else if (parent != null && code != null && isOwnAncestor(code, parents)) {
        error(path + ".parentCode", "would make " + code + " its own ancestor");
      }
      JurisdictionEntry before = code == null ? null : existing.get(code);
      add("jurisdiction", code, path, before == null ? null : fields(before), fields(entry));
    }
  }

  /** Each code's parent once the file is imported: the file's where it names the code. */
  private Map<String, String> parentsAfterImport(List<JurisdictionEntry> entries) {
    Map<String, String> parents = new HashMap<>();
    current.jurisdictions().forEach(j -> parents.put(j.code(), trim(j.parentCode())));
    entries.stream()
        .filter(e -> e != null && trim(e.code()) != null)
        .forEach(e -> parents.put(trim(e.code()), trim(e.parentCode())));
    return parents;
  }

  /** Whether following the parents up from {@code code} comes back to it. */
  private static boolean isOwnAncestor(String code, Map<String, String> parents) {
    Set<String> passed = new HashSet<>();
    for (String up = parents.get(code); up != null; up = parents.get(up)) {
      if (up.equals(code)) {
        return true;
      }
      if (!passed.add(up)) {
        return false; // a loop above, refused at the entries that make it
      }
    }
    return false;
  }

  private void zoneErrors(String path, JurisdictionEntry entry) {
    String zone = trim(entry.timeZone());
    if (zone == null) {
      error(path + ".timeZone", "must not be blank");
    } else {
      try {
        ZoneId.of(zone);
      } catch (DateTimeException e) {
        error(path + ".timeZone", "is not a time zone, e.g. America/New_York");
      }
    }
    String calendar = trim(entry.holidayCalendar());
    if (calendar != null) {
      try {
        BusinessCalendars.forJurisdiction(calendar);
      } catch (IllegalArgumentException e) {
        error(path + ".holidayCalendar", "no public-holiday calendar is known for this code");
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
        list(path, "must not be null");
        continue;
      }
      String place = trim(entry.jurisdiction());
      if (place == null || !codes.contains(place)) {
        error(path + ".jurisdiction", "unknown jurisdiction code");
      }
      String citation = trim(entry.citation());
      if (citation == null) {
        error(path + ".citation", "must not be blank");
      }
      String key = place + " " + citation;
      if (citation != null && !seen.add(key)) {
        error(path + ".citation", "appears twice for " + place + " in the file");
      }
      if (trim(entry.shortTitle()) == null) {
        error(path + ".shortTitle", "must not be blank");
      }
      if (entry.kind() == null) {
        error(path + ".kind", "must not be null");
      }
      if (entry.grade() == null) {
        error(path + ".grade", CHOOSE_GRADE);
      }
      if (entry.sources() == null || entry.sources().isEmpty()) {
        error(path + ".sources", "name at least one source (an http(s) address)");
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
        list(path, "must not be null");
        continue;
      }
      String label = trim(entry.label());
      if (label != null && !seen.add(label)) {
        error(path + ".label", "appears twice for this statute in the file");
      }
      if (entry.severity() == null) {
        error(path + ".severity", "must not be null");
      }
      if (entry.grade() == null) {
        error(path + ".grade", CHOOSE_GRADE);
      }
      sourceErrors(path, entry.sources());
      dateErrors(path, "lastChecked", entry.lastChecked());
      spanErrors(path, entry.effectiveFrom(), entry.effectiveUntil());
      draftErrors(path, citation, entry);
      RuleEntry before = label == null ? null : existing.get(label);
      if (before != null && !Objects.equals(before.combinator(), entry.combinator())) {
        error(
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
      error(path + ".parts", entry.combinator() + " needs two parts to compare");
      return;
    }
    if (entry.combinator() == null && !parts.isEmpty()) {
      error(path + ".parts", "only a rule with a combinator has parts");
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
                error(
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
    if (!Sources.fit(sources)) {
      error(
          path + ".sources",
          "together (one per line) longer than " + Sources.COLUMN + " characters");
    }
    for (int i = 0; i < sources.size(); i++) {
      String url = sources.get(i);
      if (url == null || !url.strip().matches(URL)) {
        error(path + ".sources[" + i + "]", "must be an http(s) address");
      }
    }
  }

  private void dateErrors(String path, String field, LocalDate checked) {
    if (checked != null && checked.isAfter(today)) {
      error(path + "." + field, "must not be in the future");
    }
  }

  private void spanErrors(String path, LocalDate from, LocalDate until) {
    if (from != null && until != null && until.isBefore(from)) {
      error(path + ".effectiveUntil", "must not be before the date it takes effect, " + from);
    }
  }

  /** Records the item; refused when an error names it (its own fields, not its rules'). */
  private void add(
      String kind, String key, String path, Map<String, Object> before, Map<String, Object> after) {
    Map<String, String> own = new TreeMap<>(pending);
    own.putAll(knownByItem.getOrDefault(path, Map.of()));
    pending.clear();
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
