package org.recourse.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recourse.law.LawLibraryDiff.ImportOutcome;
import org.recourse.law.LawLibraryDiff.ImportReport;
import org.recourse.law.LawLibraryDiff.LibraryChange;
import org.recourse.law.LawLibraryFile.JurisdictionEntry;
import org.recourse.law.LawLibraryFile.RuleEntry;
import org.recourse.law.LawLibraryFile.RulePart;
import org.recourse.law.LawLibraryFile.StatuteEntry;

class LawLibraryDiffTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
  private static final String SOURCE = "https://example.org/synthetic-act";

  private static JurisdictionEntry place(String code, String parent) {
    return new JurisdictionEntry(code, "Place " + code, parent, "Europe/London", null);
  }

  private static RuleEntry rule(String label, Integer amount, SourceGrade grade) {
    return new RuleEntry(
        label,
        Severity.HIGH,
        null,
        null,
        Trigger.DISCOVERY,
        amount,
        OffsetUnit.YEARS,
        null,
        null,
        false,
        grade,
        List.of(),
        null,
        null,
        null);
  }

  private static StatuteEntry statute(String code, String citation, List<RuleEntry> rules) {
    return new StatuteEntry(
        code,
        citation,
        "Synthetic statute",
        StatuteKind.CIVIL_REMEDY,
        null,
        null,
        SourceGrade.PRIMARY,
        List.of(SOURCE),
        LocalDate.of(2026, 12, 1),
        null,
        null,
        Set.of(StatuteFlag.INTIMATE_IMAGES),
        rules);
  }

  private static LawLibraryFile file(List<JurisdictionEntry> places, List<StatuteEntry> statutes) {
    return new LawLibraryFile(LawLibraryFile.FORMAT, 1, null, places, statutes);
  }

  private static final LawLibraryFile CURRENT =
      file(
          List.of(place("GB", null), place("GB-EAW", "GB")),
          List.of(
              statute(
                  "GB-EAW",
                  "Synthetic Act s.1",
                  List.of(rule("Limitation", 2, SourceGrade.PRIMARY)))));

  private static ImportReport compare(LawLibraryFile incoming) {
    return LawLibraryDiff.compare(CURRENT, incoming, TODAY, Map.of());
  }

  private static LibraryChange item(ImportReport report, String path) {
    return report.items().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void theLibraryAsExportedIsUnchanged() {
    ImportReport report = compare(CURRENT);

    assertEquals(4, report.unchanged());
    assertEquals(0, report.added() + report.changed() + report.refused());
    assertTrue(report.errors().isEmpty());
    assertTrue(report.items().isEmpty());
  }

  @Test
  void aLongerPeriodIsAChangeWithOldAndNewValue() {
    ImportReport report =
        compare(
            file(
                CURRENT.jurisdictions(),
                List.of(
                    statute(
                        "GB-EAW",
                        "Synthetic Act s.1",
                        List.of(rule("Limitation", 3, SourceGrade.PRIMARY))))));

    assertEquals(1, report.changed());
    LibraryChange changed = item(report, "statutes[0].rules[0]");
    assertEquals(ImportOutcome.CHANGED, changed.outcome());
    assertEquals(List.of("amount: 2 → 3"), changed.changes());
    assertEquals("Synthetic Act s.1: Limitation", changed.key());
  }

  @Test
  void newJurisdictionsStatutesAndRulesAreAddedAndAChildMayNameAParentOfTheSameFile() {
    List<JurisdictionEntry> places = new ArrayList<>(CURRENT.jurisdictions());
    places.add(place("AU-NSW", "AU"));
    places.add(new JurisdictionEntry("AU", "Australia", null, "Australia/Sydney", "AU"));
    ImportReport report =
        compare(
            file(
                places,
                List.of(
                    statute(
                        "AU-NSW",
                        "Synthetic Crimes Act s.91Q",
                        List.of(rule("Complaint", 6, SourceGrade.SECONDARY))))));

    assertTrue(report.errors().isEmpty(), report.errors().toString());
    assertEquals(4, report.added());
    assertEquals(ImportOutcome.ADDED, item(report, "jurisdictions[2]").outcome());
    assertEquals(ImportOutcome.ADDED, item(report, "statutes[0].rules[0]").outcome());
  }

  @Test
  void whatTheFileLeavesOutIsKeptNotDeleted() {
    ImportReport report = compare(file(List.of(), List.of()));

    assertEquals(0, report.items().size());
    assertTrue(report.errors().isEmpty());
  }

  @Test
  void aPeriodGradedAboveUnconfirmedMustBeStatedSoNotFoundNeverBecomesANumber() {
    ImportReport report =
        compare(
            file(
                CURRENT.jurisdictions(),
                List.of(
                    statute(
                        "GB-EAW",
                        "Synthetic Act s.2",
                        List.of(rule("Limitation", null, SourceGrade.SECONDARY))))));

    assertEquals(ImportOutcome.REFUSED, item(report, "statutes[0].rules[0]").outcome());
    assertTrue(report.errors().containsKey("statutes[0].rules[0].amount"));
    assertEquals(ImportOutcome.ADDED, item(report, "statutes[0]").outcome());
  }

  @Test
  void everyBadFieldIsNamedByItsPlaceInTheFile() {
    LawLibraryFile bad =
        file(
            List.of(
                new JurisdictionEntry("gb", "", "XX", "Mars/Olympus", "ZZ-QQ"),
                place("GB", null),
                place("GB", null)),
            List.of(
                new StatuteEntry(
                    "XX-YY",
                    " ",
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of("ftp://example.org/x"),
                    LocalDate.of(2027, 1, 1),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2025, 1, 1),
                    null,
                    List.of(
                        new RuleEntry(
                            "Window",
                            null,
                            null,
                            null,
                            Trigger.INCIDENT,
                            -1,
                            OffsetUnit.HOURS,
                            null,
                            null,
                            true,
                            null,
                            null,
                            null,
                            null,
                            null)))));

    Map<String, String> errors = compare(bad).errors();

    for (String field :
        List.of(
            "jurisdictions[0].code",
            "jurisdictions[0].name",
            "jurisdictions[0].parentCode",
            "jurisdictions[0].timeZone",
            "jurisdictions[0].holidayCalendar",
            "jurisdictions[2].code",
            "statutes[0].jurisdiction",
            "statutes[0].citation",
            "statutes[0].shortTitle",
            "statutes[0].kind",
            "statutes[0].grade",
            "statutes[0].sources[0]",
            "statutes[0].lastReviewed",
            "statutes[0].effectiveUntil",
            "statutes[0].rules[0].severity",
            "statutes[0].rules[0].grade",
            "statutes[0].rules[0].amount",
            "statutes[0].rules[0].unit")) {
      assertTrue(errors.containsKey(field), field + " in " + errors.keySet());
    }
    assertEquals(
        "choose PRIMARY (official text), MIRROR (statute text on an unofficial site),"
            + " SECONDARY (a summary, not the text) or UNCONFIRMED (no source states it)",
        errors.get("statutes[0].grade"),
        "the codes an import takes, each with its meaning");
  }

  @Test
  void aFileOfAnotherFormatOrVersionIsRefused() {
    ImportReport report =
        LawLibraryDiff.compare(
            CURRENT, new LawLibraryFile("csv", 2, null, List.of(), List.of()), TODAY, Map.of());

    assertEquals(Set.of("format", "version"), report.errors().keySet());
  }

  @Test
  void aCombinationNeedsTwoPartsAndTheirErrorsNameThePart() {
    RuleEntry later =
        new RuleEntry(
            "Later of",
            Severity.HIGH,
            Combinator.LATER_OF,
            List.of(
                new RulePart(
                    "3 years from discovery",
                    Trigger.DISCOVERY,
                    3,
                    OffsetUnit.YEARS,
                    null,
                    null,
                    false,
                    null),
                new RulePart(
                    "10 years", Trigger.INCIDENT, null, OffsetUnit.YEARS, null, null, false, null)),
            null,
            null,
            null,
            null,
            null,
            null,
            SourceGrade.PRIMARY,
            null,
            null,
            null,
            null);
    RuleEntry onePart =
        new RuleEntry(
            "One part",
            Severity.HIGH,
            Combinator.LATER_OF,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            SourceGrade.PRIMARY,
            null,
            null,
            null,
            null);

    Map<String, String> errors =
        compare(
                file(
                    List.of(),
                    List.of(statute("GB-EAW", "Synthetic Act s.3", List.of(later, onePart)))))
            .errors();

    assertEquals(
        Set.of("statutes[0].rules[0].parts[1].amount", "statutes[0].rules[1].parts"),
        errors.keySet());
  }

  @Test
  void changingASimpleRuleIntoACombinationIsRefused() {
    RuleEntry combined =
        new RuleEntry(
            "Limitation",
            Severity.HIGH,
            Combinator.EARLIER_OF,
            List.of(
                new RulePart("a", Trigger.DISCOVERY, 3, OffsetUnit.YEARS, null, null, false, null),
                new RulePart("b", Trigger.INCIDENT, 10, OffsetUnit.YEARS, null, null, false, null)),
            null,
            null,
            null,
            null,
            null,
            null,
            SourceGrade.PRIMARY,
            null,
            null,
            null,
            null);

    ImportReport report =
        compare(
            file(List.of(), List.of(statute("GB-EAW", "Synthetic Act s.1", List.of(combined)))));

    assertTrue(report.errors().containsKey("statutes[0].rules[0].combinator"));
  }

  @Test
  void errorsFoundBeforeTheDiffRefuseTheirItem() {
    ImportReport report =
        LawLibraryDiff.compare(
            CURRENT, CURRENT, TODAY, Map.of("jurisdictions[1].name", "size must be at most 100"));

    assertEquals(ImportOutcome.REFUSED, item(report, "jurisdictions[1]").outcome());
    assertEquals(1, report.refused());
  }

  @Test
  void aParentThatIsADescendantWouldMakeALoopAndIsRefused() {
    // GB under GB-EAW while GB-EAW (kept from the library) is under GB.
    ImportReport report = compare(file(List.of(place("GB", "GB-EAW")), List.of()));

    assertEquals(
        "would make GB its own ancestor", report.errors().get("jurisdictions[0].parentCode"));
    assertEquals(ImportOutcome.REFUSED, item(report, "jurisdictions[0]").outcome());
  }

  @Test
  void twoNewPlacesNamingEachOtherAsParentAreBothRefused() {
    ImportReport report = compare(file(List.of(place("ZX", "ZY"), place("ZY", "ZX")), List.of()));

    assertEquals(
        "would make ZX its own ancestor", report.errors().get("jurisdictions[0].parentCode"));
    assertEquals(
        "would make ZY its own ancestor", report.errors().get("jurisdictions[1].parentCode"));
  }

  @Test
  void aPlaceIsNotItsOwnParent() {
    ImportReport report = compare(file(List.of(place("ZX", "ZX")), List.of()));

    assertEquals(
        "would make ZX its own ancestor", report.errors().get("jurisdictions[0].parentCode"));
  }

  @Test
  void aParentNeitherInTheLibraryNorInTheFileIsRefused() {
    ImportReport report = compare(file(List.of(place("ZX", "ZQ")), List.of()));

    assertEquals("unknown jurisdiction code", report.errors().get("jurisdictions[0].parentCode"));
  }

  private static List<String> longSources(int count) {
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sources.add("https://example.org/" + i + "/" + "a".repeat(470));
    }
    return sources;
  }

  @Test
  void sourcesLongerTogetherThanTheColumnAreRefusedNamingTheList() {
    RuleEntry rule = rule("Limitation", 2, SourceGrade.PRIMARY);
    RuleEntry manySources =
        new RuleEntry(
            rule.label(),
            rule.severity(),
            null,
            null,
            rule.trigger(),
            rule.amount(),
            rule.unit(),
            null,
            null,
            false,
            rule.grade(),
            longSources(10),
            null,
            null,
            null);
    StatuteEntry statute = statute("GB-EAW", "Synthetic Act s.1", List.of(manySources));
    StatuteEntry tooMany =
        new StatuteEntry(
            statute.jurisdiction(),
            statute.citation(),
            statute.shortTitle(),
            statute.kind(),
            null,
            null,
            statute.grade(),
            longSources(11),
            statute.lastReviewed(),
            null,
            null,
            statute.flags(),
            statute.rules());

    ImportReport report = compare(file(List.of(), List.of(tooMany)));

    assertTrue(report.errors().containsKey("statutes[0].sources"));
    assertTrue(report.errors().containsKey("statutes[0].rules[0].sources"));
    assertEquals(ImportOutcome.REFUSED, item(report, "statutes[0]").outcome());
    assertEquals(ImportOutcome.REFUSED, item(report, "statutes[0].rules[0]").outcome());
    // Eight such addresses fit.
    assertTrue(
        compare(
                file(
                    List.of(),
                    List.of(
                        new StatuteEntry(
                            statute.jurisdiction(),
                            statute.citation(),
                            statute.shortTitle(),
                            statute.kind(),
                            null,
                            null,
                            statute.grade(),
                            longSources(8),
                            statute.lastReviewed(),
                            null,
                            null,
                            statute.flags(),
                            List.of()))))
            .errors()
            .isEmpty());
  }

  @Test
  void theErrorListStopsAtItsCapAndCountsTheRest() {
    List<JurisdictionEntry> places = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      places.add(new JurisdictionEntry("bad" + i, "Place", null, "Europe/London", null));
    }

    ImportReport report = compare(file(places, List.of()));

    assertEquals(LawLibraryDiff.MAX_ERRORS + 1, report.errors().size());
    assertEquals("…and 100 more refused fields", report.errors().get("more"));
    assertEquals(300, report.refused());
  }
}
