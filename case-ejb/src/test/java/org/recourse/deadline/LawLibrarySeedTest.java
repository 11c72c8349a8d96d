package org.recourse.deadline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recourse.law.BusinessCalendars;
import org.recourse.law.Combinator;
import org.recourse.law.InForce;
import org.recourse.law.OffsetUnit;
import org.recourse.law.RuleDraft;
import org.recourse.law.RuleSpec;
import org.recourse.law.SourceGrade;
import org.recourse.law.Trigger;

/**
 * The seeded law library (V4, V18, V19) as the migrations leave it on H2 in PostgreSQL mode: its
 * size, a source and a grade on every row, rules the engine can read, and the confirmed periods of
 * shared/LAW-RESEARCH.md computed from the seeded rows themselves.
 */
class LawLibrarySeedTest {

  private static final String URL =
      "jdbc:h2:mem:law-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";

  private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator();

  /** A seeded rule row, by id. */
  private record Row(
      long id,
      String citation,
      String jurisdiction,
      String label,
      boolean topLevel,
      String combinator,
      Long first,
      Long second,
      String trigger,
      Integer amount,
      String unit,
      Integer windowStart,
      Integer windowEnd,
      boolean tolled,
      String grade,
      LocalDate from,
      LocalDate until) {}

  private static final Map<Long, Row> RULES = new HashMap<>();

  @BeforeAll
  static void migrate() throws SQLException {
    Flyway.configure()
        .dataSource(URL, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT r.id, s.citation, s.jurisdiction_code, r.label, r.top_level, r.combinator,"
                    + " r.first_rule_id, r.second_rule_id, r.trigger_event, r.amount, r.unit,"
                    + " r.window_start, r.window_end, r.tolled_minority, r.source_grade,"
                    + " r.effective_from, r.effective_until"
                    + " FROM deadline_rule r JOIN statute s ON s.id = r.statute_id")) {
      while (r.next()) {
        Row row =
            new Row(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getBoolean(5),
                r.getString(6),
                (Long) r.getObject(7, Long.class),
                (Long) r.getObject(8, Long.class),
                r.getString(9),
                (Integer) r.getObject(10, Integer.class),
                r.getString(11),
                (Integer) r.getObject(12, Integer.class),
                (Integer) r.getObject(13, Integer.class),
                r.getBoolean(14),
                r.getString(15),
                r.getObject(16, LocalDate.class),
                r.getObject(17, LocalDate.class));
        RULES.put(row.id(), row);
      }
    }
  }

  @Test
  void libraryHoldsAtLeast55JurisdictionsAnd90StatutesEachWithASourceAndAGrade()
      throws SQLException {
    assertTrue(count("SELECT COUNT(*) FROM jurisdiction") >= 55);
    assertTrue(count("SELECT COUNT(*) FROM statute") >= 90);
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM statute WHERE source_url IS NULL OR source_url NOT LIKE 'http%'"
                + " OR source_grade IS NULL OR last_reviewed IS NULL"));
    for (String grade : column("SELECT DISTINCT source_grade FROM statute")) {
      assertDoesNotThrow(() -> SourceGrade.valueOf(grade), grade);
    }
    for (String grade : column("SELECT DISTINCT source_grade FROM deadline_rule")) {
      assertDoesNotThrow(() -> SourceGrade.valueOf(grade), grade);
    }
    assertTrue(
        count("SELECT COUNT(*) FROM statute WHERE flags LIKE '%SEXUAL_DEEPFAKES%'") >= 20,
        "deepfake statutes can be asked for");
    assertTrue(count("SELECT COUNT(*) FROM statute WHERE flags LIKE '%THREATS_TO_SHARE%'") >= 10);
    assertTrue(count("SELECT COUNT(*) FROM statute WHERE flags LIKE '%DOXXING%'") >= 1);
  }

  @Test
  void everyJurisdictionHasAKnownParentZoneAndHolidayCalendar() throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT j.code, j.parent_code, p.code, j.time_zone, j.holiday_calendar"
                    + " FROM jurisdiction j LEFT JOIN jurisdiction p ON p.code = j.parent_code")) {
      while (r.next()) {
        String code = r.getString(1);
        if (r.getString(2) != null && r.getString(3) == null) {
          problems.add(code + ": unknown parent");
        }
        try {
          ZoneId.of(r.getString(4));
        } catch (RuntimeException e) {
          problems.add(code + ": zone " + r.getString(4));
        }
        String holidays = r.getString(5);
        if (holidays != null) {
          try {
            BusinessCalendars.forJurisdiction(holidays);
          } catch (IllegalArgumentException e) {
            problems.add(code + ": " + e.getMessage());
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(
        List.of("US"), column("SELECT parent_code FROM jurisdiction WHERE code = 'US-WA'"));
    assertEquals(
        List.of("AU"), column("SELECT parent_code FROM jurisdiction WHERE code = 'AU-NSW'"));
    assertEquals(
        List.of("CA"), column("SELECT parent_code FROM jurisdiction WHERE code = 'CA-MB'"));
    assertEquals(
        List.of("GB"), column("SELECT parent_code FROM jurisdiction WHERE code = 'GB-SCT'"));
    assertEquals(List.of("EU"), column("SELECT parent_code FROM jurisdiction WHERE code = 'IT'"));
  }

  @Test
  void everySeededRuleIsOneTheEngineCanRead() {
    for (Row row : RULES.values()) {
      assertDoesNotThrow(() -> draft(row).toSpec(), row.label());
      assertDoesNotThrow(() -> new InForce(row.from(), row.until()), row.label());
    }
  }

  @Test
  void whatNoSourceStatesNeverBecomesADate() {
    for (Row row : RULES.values()) {
      if (row.label().contains("not found") || row.label().contains("no date")) {
        assertEquals("UNCONFIRMED", row.grade(), row.label());
      }
      if (row.amount() == null && row.windowEnd() == null && row.combinator() == null) {
        assertEquals("UNCONFIRMED", row.grade(), row.label());
      }
    }
    RuleSpec osa = spec("Online Safety Act 2023 s.10(3A)", "Service must take down");
    ComputedDeadline none =
        CALCULATOR.compute(
            osa,
            CaseFacts.in(ZoneId.of("Europe/London"), BusinessCalendars.weekendsOnly())
                .removalRequestSent(Instant.parse("2026-12-01T10:00:00Z"))
                .build());
    assertEquals(ComputedDeadline.Status.PERIOD_UNKNOWN, none.status());
    assertNull(none.dueAt());
  }

  @Test
  void washingtonIsFourYearsFromDiscoveryAndRunsFromMajorityForAMinor() {
    washingtonAndWestVirginia("RCW ch. 7.110", "America/Los_Angeles");
  }

  @Test
  void westVirginiaIsFourYearsFromDiscoveryAndRunsFromMajorityForAMinor() {
    washingtonAndWestVirginia("W. Va. Code § 55-20-1 et seq.", "America/New_York");
  }

  private void washingtonAndWestVirginia(String citation, String zone) {
    RuleSpec discovery = spec(citation, "4 years from discovery");
    RuleSpec threat = spec(citation, "4 years from the threat");
    CaseFacts adult =
        facts(zone)
            .discoveryDate(LocalDate.parse("2026-03-01"))
            .threatDate(LocalDate.parse("2025-11-20"))
            .dateOfBirth(LocalDate.parse("1990-01-01"))
            .build();
    CaseFacts minor =
        facts(zone)
            .discoveryDate(LocalDate.parse("2026-03-01"))
            .dateOfBirth(LocalDate.parse("2012-05-10"))
            .build();
    ComputedDeadline forAdult = CALCULATOR.compute(discovery, adult);
    assertAll(
        () -> assertEquals(LocalDate.parse("2030-03-01"), forAdult.dueDate()),
        () -> assertEquals(SourceGrade.MIRROR, forAdult.grade()),
        () -> assertFalse(forAdult.provisional()),
        () ->
            assertEquals(
                LocalDate.parse("2029-11-20"), CALCULATOR.compute(threat, adult).dueDate()),
        () ->
            assertEquals(
                LocalDate.parse("2034-05-10"),
                CALCULATOR.compute(discovery, minor).dueDate(),
                "runs from the 18th birthday on 2030-05-10"));
  }

  @Test
  void utahIsTheLaterOfThreeYearsFromDiscoveryAndTenFromTheViolation() {
    RuleSpec utah = spec("Utah Code § 13-72b-202", "Limitation period");
    assertEquals(Combinator.LATER_OF, ((RuleSpec.Combination) utah).combinator());
    ComputedDeadline tenYears =
        CALCULATOR.compute(
            utah,
            facts("America/Denver")
                .incidentDate(LocalDate.parse("2020-01-10"))
                .discoveryDate(LocalDate.parse("2026-02-01"))
                .build());
    ComputedDeadline threeYears =
        CALCULATOR.compute(
            utah,
            facts("America/Denver")
                .incidentDate(LocalDate.parse("2010-01-01"))
                .discoveryDate(LocalDate.parse("2025-06-01"))
                .build());
    assertAll(
        () -> assertEquals(LocalDate.parse("2030-01-10"), tenYears.dueDate()),
        () -> assertEquals(LocalDate.parse("2028-06-01"), threeYears.dueDate()),
        () -> assertEquals(SourceGrade.MIRROR, threeYears.grade()));
  }

  @Test
  void oregonIsTwoYearsAfterTheConduct() {
    ComputedDeadline oregon =
        CALCULATOR.compute(
            spec("ORS 30.865", "2 years after the conduct"),
            facts("America/Los_Angeles").incidentDate(LocalDate.parse("2025-04-02")).build());
    assertEquals(LocalDate.parse("2027-04-02"), oregon.dueDate());
    assertTrue(oregon.verified(), "a mirror of the text states it");
  }

  @Test
  void virginiaIsTheLaterOfLastActAgeEighteenOrDiscoveryAndOnlyProvisional() {
    RuleSpec virginia = spec("Va. Code § 8.01-40.4", "Limitation period");
    ComputedDeadline adult =
        CALCULATOR.compute(
            virginia,
            facts("America/New_York")
                .incidentDate(LocalDate.parse("2024-01-15"))
                .discoveryDate(LocalDate.parse("2025-03-01"))
                .dateOfBirth(LocalDate.parse("1995-07-07"))
                .build());
    ComputedDeadline minor =
        CALCULATOR.compute(
            virginia,
            facts("America/New_York")
                .incidentDate(LocalDate.parse("2024-01-15"))
                .discoveryDate(LocalDate.parse("2025-03-01"))
                .dateOfBirth(LocalDate.parse("2010-06-01"))
                .build());
    assertAll(
        () -> assertEquals(LocalDate.parse("2027-03-01"), adult.dueDate()),
        () -> assertEquals(LocalDate.parse("2030-06-01"), minor.dueDate(), "2 years after 18"),
        () -> assertEquals(SourceGrade.SECONDARY, adult.grade()),
        () -> assertTrue(adult.provisional()),
        () -> assertFalse(adult.verified()),
        () ->
            assertTrue(
                adult.explanation().contains("provisional - check before relying on it"),
                adult.explanation()));
  }

  @Test
  void utahRemovalDutyAppliesOnlyToRequestsSentFromItsCommencement() {
    Row row = row("Utah Code § 13-72b-302", "Platform must remove");
    assertEquals(LocalDate.parse("2027-01-01"), row.from());
    InForce inForce = new InForce(row.from(), row.until());
    RuleSpec utah = draft(row).toSpec();
    ComputedDeadline before =
        CALCULATOR.compute(
            utah,
            inForce,
            facts("America/Denver")
                .removalRequestSent(Instant.parse("2026-12-30T15:00:00Z"))
                .build());
    ComputedDeadline after =
        CALCULATOR.compute(
            utah,
            inForce,
            facts("America/Denver")
                .removalRequestSent(Instant.parse("2027-01-02T10:00:00Z"))
                .build());
    assertAll(
        () -> assertEquals(ComputedDeadline.Status.NOT_IN_FORCE, before.status()),
        () -> assertNull(before.dueAt()),
        () -> assertEquals(Instant.parse("2027-01-04T10:00:00Z"), after.dueAt()),
        () -> assertEquals(SourceGrade.MIRROR, after.grade()));
  }

  /**
   * Checks the seed against the research it was transcribed from: every source of a statute added
   * by V19 appears in shared/LAW-RESEARCH.md. Runs when ../shared is present beside the worktree
   * and says so when it is not.
   */
  @Test
  void everySourceOfTheSeedIsInTheResearchWhenItIsPresent() throws SQLException, IOException {
    Path research =
        List.of(Path.of("../shared/LAW-RESEARCH.md"), Path.of("../../shared/LAW-RESEARCH.md"))
            .stream()
            .filter(Files::isReadable)
            .findFirst()
            .orElse(null);
    List<String> sources =
        column("SELECT source_urls FROM statute WHERE id >= 100 AND source_urls IS NOT NULL");
    assertFalse(sources.isEmpty());
    if (research == null) {
      System.out.println("LAW-RESEARCH.md not found beside the worktree: sources not compared");
      return;
    }
    String text = Files.readString(research);
    List<String> missing = new ArrayList<>();
    for (String lines : sources) {
      for (String url : lines.split("\n")) {
        if (!text.contains(url)) {
          missing.add(url);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  private static CaseFacts.Builder facts(String zone) {
    return CaseFacts.in(ZoneId.of(zone), BusinessCalendars.weekendsOnly());
  }

  private static Row row(String citation, String labelStart) {
    return RULES.values().stream()
        .filter(r -> r.citation().equals(citation) && r.label().contains(labelStart))
        .filter(r -> r.topLevel())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rule '" + labelStart + "' of " + citation));
  }

  private static RuleSpec spec(String citation, String labelStart) {
    return draft(row(citation, labelStart)).toSpec();
  }

  private static RuleDraft draft(Row row) {
    return new RuleDraft(
        row.label(),
        row.citation(),
        SourceGrade.valueOf(row.grade()),
        row.combinator() == null ? null : Combinator.valueOf(row.combinator()),
        row.first() == null ? null : draft(RULES.get(row.first())),
        row.second() == null ? null : draft(RULES.get(row.second())),
        row.trigger() == null ? null : Trigger.valueOf(row.trigger()),
        row.amount(),
        row.unit() == null ? null : OffsetUnit.valueOf(row.unit()),
        row.windowStart(),
        row.windowEnd(),
        row.tolled());
  }

  private static long count(String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    assertNotNull(values);
    return values;
  }
}
