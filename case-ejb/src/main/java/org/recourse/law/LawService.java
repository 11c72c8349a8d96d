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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recourse.shared.InvalidInputException;

/**
 * Reads the law library: jurisdictions, and statutes with the deadline rules they set; the law that
 * applies in a set of jurisdictions (their own and their parents': federal law applies in every
 * state, EU law in every member state), grouped as a person at the desk needs it; and jurisdictions
 * side by side.
 */
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
      String description,
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
                        describe(r),
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

  /**
   * The law of some jurisdictions and their parents: civil remedies (kinds {@link
   * StatuteKind#CIVIL_REMEDY} and {@link StatuteKind#CRIMINAL_AND_CIVIL}), criminal offences
   * ({@link StatuteKind#CRIMINAL} and {@link StatuteKind#CRIMINAL_AND_CIVIL}), the statutes
   * covering sexual deepfakes, threats to share and doxxing ({@link StatuteFlag}), and platform or
   * regulator clocks (platform duties, regulators, copyright).
   */
  public record ApplicableLaw(
      List<String> jurisdictions,
      List<StatuteView> civilRemedies,
      List<StatuteView> criminalOffences,
      List<StatuteView> deepfakes,
      List<StatuteView> threats,
      List<StatuteView> doxxing,
      List<StatuteView> clocks)
      implements Serializable {}

  /**
   * One jurisdiction in a comparison, its parents' law included. Each entry names the statute with
   * its grade in words, e.g. "RCW ch. 7.110 (official text)"; periods and clocks say how they are
   * counted.
   */
  public record JurisdictionComparison(
      String code,
      String name,
      List<String> appliesWith,
      List<String> civilActions,
      List<String> deepfakes,
      List<String> threats,
      List<String> doxxing,
      List<String> limitationPeriods,
      List<String> criminalOffences,
      List<String> removalClocks)
      implements Serializable {}

  /** At most this many jurisdictions side by side. */
  public static final int MAX_COMPARED = 12;

  /** The law that applies in {@code codes} and their parents; unknown codes are refused. */
  public ApplicableLaw applicable(Set<String> codes) {
    Set<String> all = new java.util.LinkedHashSet<>();
    for (String code : codes) {
      all.addAll(withParents(known(code)));
    }
    List<StatuteView> statutes =
        all.isEmpty()
            ? List.of()
            : em
                .createQuery(
                    "SELECT s FROM Statute s WHERE s.jurisdiction.code IN :codes"
                        + " ORDER BY s.jurisdiction.code, s.citation",
                    Statute.class)
                .setParameter("codes", all)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    return new ApplicableLaw(
        List.copyOf(all),
        only(statutes, s -> civil(s.kind())),
        only(statutes, s -> criminal(s.kind())),
        only(statutes, s -> s.flags().contains(StatuteFlag.SEXUAL_DEEPFAKES)),
        only(statutes, s -> s.flags().contains(StatuteFlag.THREATS_TO_SHARE)),
        only(statutes, s -> s.flags().contains(StatuteFlag.DOXXING)),
        only(statutes, s -> clock(s.kind())));
  }

  /** Jurisdictions side by side, in the order asked; 1 to {@link #MAX_COMPARED} codes. */
  public List<JurisdictionComparison> compare(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      throw new InvalidInputException("jurisdiction", "name at least one jurisdiction");
    }
    if (codes.size() > MAX_COMPARED) {
      throw new InvalidInputException(
          "jurisdiction", "compare at most " + MAX_COMPARED + " jurisdictions at once");
    }
    List<JurisdictionComparison> rows = new java.util.ArrayList<>();
    for (String asked : codes) {
      String code = known(asked);
      ApplicableLaw law = applicable(Set.of(code));
      List<StatuteView> civil = law.civilRemedies();
      rows.add(
          new JurisdictionComparison(
              code,
              em.find(Jurisdiction.class, code).getName(),
              law.jurisdictions().subList(1, law.jurisdictions().size()),
              cited(civil),
              cited(law.deepfakes()),
              cited(law.threats()),
              cited(law.doxxing()),
              periods(civil),
              cited(law.criminalOffences()),
              periods(law.clocks())));
    }
    return rows;
  }

  /** The comparison as CSV, one row per jurisdiction, entries of a cell separated by "; ". */
  public String compareCsv(List<String> codes) {
    var csv = new StringBuilder();
    csv.append(
        org.recourse.shared.Csv.row(
            List.of(
                "jurisdiction",
                "name",
                "with the law of",
                "civil action",
                "sexual deepfakes covered",
                "threats to share covered",
                "doxxing covered",
                "limitation periods",
                "criminal offences",
                "removal clocks")));
    for (JurisdictionComparison row : compare(codes)) {
      csv.append(
          org.recourse.shared.Csv.row(
              List.of(
                  row.code(),
                  row.name(),
                  String.join("; ", row.appliesWith()),
                  String.join("; ", row.civilActions()),
                  String.join("; ", row.deepfakes()),
                  String.join("; ", row.threats()),
                  String.join("; ", row.doxxing()),
                  String.join("; ", row.limitationPeriods()),
                  String.join("; ", row.criminalOffences()),
                  String.join("; ", row.removalClocks()))));
    }
    return csv.toString();
  }

  private String known(String code) {
    String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (em.find(Jurisdiction.class, normalised) == null) {
      throw new InvalidInputException("jurisdiction", "unknown jurisdiction code " + code);
    }
    return normalised;
  }

  /**
   * A jurisdiction whose law may apply to a case, why (where the client lives, where the platform
   * is based, or above one of them), and what the library holds for it: statutes, civil remedies
   * and platform or regulator clocks.
   */
  public record JurisdictionSuggestion(
      String code,
      String name,
      List<String> reasons,
      int statutes,
      int civilRemedies,
      int platformClocks)
      implements Serializable {}

  /**
   * The jurisdictions whose law may apply when the client lives in {@code livesIn} and the platform
   * is based in {@code platformIn} (either may be empty, not both): each named place and the places
   * above it in the library (a state's country, a member state's EU), nearest first. Nothing is
   * suggested that the library does not hold.
   */
  public List<JurisdictionSuggestion> suggest(String livesIn, String platformIn) {
    if (blank(livesIn) && blank(platformIn)) {
      throw new InvalidInputException(
          "livesIn", "name where the client lives or where the platform is based");
    }
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    because(reasons, livesIn, "livesIn", "where the client lives");
    because(reasons, platformIn, "platformIn", "where the platform is based");
    Map<String, int[]> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT s.jurisdiction.code, s.kind, COUNT(s) FROM Statute s"
                    + " WHERE s.jurisdiction.code IN :codes GROUP BY s.jurisdiction.code, s.kind",
                Object[].class)
            .setParameter("codes", reasons.keySet())
            .getResultList()) {
      int[] count = counts.computeIfAbsent((String) row[0], code -> new int[3]);
      StatuteKind kind = (StatuteKind) row[1];
      int n = ((Number) row[2]).intValue();
      count[0] += n;
      count[1] += civil(kind) ? n : 0;
      count[2] += clock(kind) ? n : 0;
    }
    List<JurisdictionSuggestion> suggestions = new ArrayList<>();
    reasons.forEach(
        (code, why) -> {
          int[] count = counts.getOrDefault(code, new int[3]);
          suggestions.add(
              new JurisdictionSuggestion(
                  code,
                  em.find(Jurisdiction.class, code).getName(),
                  List.copyOf(why),
                  count[0],
                  count[1],
                  count[2]));
        });
    return suggestions;
  }

  private void because(
      Map<String, List<String>> reasons, String code, String field, String reason) {
    if (blank(code)) {
      return;
    }
    String normalised = code.strip().toUpperCase(Locale.ROOT);
    if (em.find(Jurisdiction.class, normalised) == null) {
      throw new InvalidInputException(field, "unknown jurisdiction code");
    }
    List<String> chain = withParents(normalised);
    reasons.computeIfAbsent(normalised, c -> new ArrayList<>()).add(reason);
    for (String above : chain.subList(1, chain.size())) {
      reasons
          .computeIfAbsent(above, c -> new ArrayList<>())
          .add("its law applies in " + normalised + " (" + reason + ")");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The jurisdiction and the ones above it, nearest first. */
  private List<String> withParents(String code) {
    List<String> chain = new java.util.ArrayList<>();
    Jurisdiction place = em.find(Jurisdiction.class, code);
    while (place != null && !chain.contains(place.getCode())) {
      chain.add(place.getCode());
      place =
          place.getParentCode() == null ? null : em.find(Jurisdiction.class, place.getParentCode());
    }
    return chain;
  }

  private static boolean civil(StatuteKind kind) {
    return kind == StatuteKind.CIVIL_REMEDY || kind == StatuteKind.CRIMINAL_AND_CIVIL;
  }

  private static boolean criminal(StatuteKind kind) {
    return kind == StatuteKind.CRIMINAL || kind == StatuteKind.CRIMINAL_AND_CIVIL;
  }

  private static boolean clock(StatuteKind kind) {
    return kind == StatuteKind.PLATFORM_DUTY
        || kind == StatuteKind.ADMINISTRATIVE
        || kind == StatuteKind.COPYRIGHT;
  }

  private static List<StatuteView> only(
      List<StatuteView> statutes, java.util.function.Predicate<StatuteView> keep) {
    return statutes.stream().filter(keep).toList();
  }

  static List<String> cited(List<StatuteView> statutes) {
    return statutes.stream().map(s -> s.citation() + graded(s.grade())).toList();
  }

  /** A grade as it follows a citation or a period: " (official text)", " (no source states it)". */
  private static String graded(SourceGrade grade) {
    return " (" + (grade == null ? SourceGrade.UNCONFIRMED : grade).inSentence() + ")";
  }

  private static List<String> periods(List<StatuteView> statutes) {
    List<String> periods = new java.util.ArrayList<>();
    for (StatuteView s : statutes) {
      for (RuleView r : s.rules()) {
        periods.add(s.citation() + ": " + r.description());
      }
    }
    return periods;
  }

  /**
   * How a rule is counted, in words, with its dates in force and its grade in words: "4 years after
   * discovery, from the 18th birthday for a minor (statute text on an unofficial site)", "48 hours
   * after the removal request was sent, from 2027-01-01 (official text)", "period not confirmed (no
   * source states it)".
   */
  static String describe(DeadlineRule r) {
    InForce inForce = r.inForce();
    return counting(r)
        + (inForce.equals(InForce.ALWAYS) ? "" : ", " + inForce.describe())
        + graded(r.getGrade());
  }

  private static String counting(DeadlineRule r) {
    if (r.getCombinator() != null) {
      return r.getCombinator().words()
          + " of "
          + counting(r.getFirst())
          + " and "
          + counting(r.getSecond());
    }
    String from = r.getTrigger() == null ? "" : " after " + r.getTrigger().event();
    if (r.getAmount() == null && r.getWindowEnd() == null) {
      return "period not confirmed" + (from.isEmpty() ? "" : " (it would run" + from + ")");
    }
    String length =
        r.getWindowStart() != null
            ? r.getWindowStart() + " to " + r.getUnit().describe(r.getWindowEnd())
            : r.getUnit().describe(r.getAmount());
    return length
        + from
        + (r.isTolledDuringMinority() ? ", from the 18th birthday for a minor" : "");
  }
}
