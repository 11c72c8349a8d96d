package org.recourse.removal.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns request outcomes into per-platform figures and their CSV. A request belongs to the period
 * in which it was submitted, so the figures of a closed period can still change as late removals
 * come in; a request that was never submitted counts nowhere. A request with a time limit counts as
 * removed within it only when it was removed at or before the limit; one not yet removed counts as
 * not within it.
 *
 * <p>The CSV follows RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled). A field starting with = + - @, a tab or a carriage return gets a leading single
 * quote, so that a spreadsheet shows it instead of running it as a formula (OWASP, CSV injection);
 * platform names are typed in by people and may come from anywhere.
 */
public final class RemovalStatistics {

  static final String HEADER =
      "platform,requests,removed,removal_rate,median_hours_to_removal,with_legal_clock,"
          + "removed_within_clock,share_within_clock";

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final BigDecimal NANOS_PER_HOUR =
      BigDecimal.valueOf(Duration.ofHours(1).toNanos());

  private RemovalStatistics() {}

  /**
   * Figures per platform for the requests submitted in [from, to), most requests first, then by
   * platform name.
   */
  public static List<PlatformFigures> compute(
      List<RequestOutcome> outcomes, Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "The period ends (" + to + ") before it starts (" + from + ")");
    }
    Map<String, List<RequestOutcome>> byPlatform = new LinkedHashMap<>();
    for (RequestOutcome outcome : outcomes) {
      Instant submitted = outcome.submittedAt();
      if (submitted != null && !submitted.isBefore(from) && submitted.isBefore(to)) {
        byPlatform.computeIfAbsent(outcome.platform(), p -> new ArrayList<>()).add(outcome);
      }
    }
    List<PlatformFigures> figures = new ArrayList<>();
    byPlatform.forEach((platform, requests) -> figures.add(figures(platform, requests)));
    figures.sort(
        Comparator.comparingInt(PlatformFigures::requests)
            .reversed()
            .thenComparing(PlatformFigures::platform));
    return List.copyOf(figures);
  }

  private static PlatformFigures figures(String platform, List<RequestOutcome> requests) {
    List<Duration> times = new ArrayList<>();
    int withClock = 0;
    int withinClock = 0;
    for (RequestOutcome request : requests) {
      if (request.removedAt() != null) {
        times.add(Duration.between(request.submittedAt(), request.removedAt()));
      }
      if (request.dueAt() != null) {
        withClock++;
        if (request.removedAt() != null && !request.removedAt().isAfter(request.dueAt())) {
          withinClock++;
        }
      }
    }
    return new PlatformFigures(
        platform,
        requests.size(),
        times.size(),
        (double) times.size() / requests.size(),
        median(times),
        withClock == 0 ? null : withinClock,
        withClock == 0 ? null : (double) withinClock / withClock,
        withClock);
  }

  /** The middle value, or the mean of the two middle values of an even count; null when empty. */
  static Duration median(List<Duration> durations) {
    if (durations.isEmpty()) {
      return null;
    }
    List<Duration> sorted = durations.stream().sorted().toList();
    int middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return sorted.get(middle);
    }
    return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
  }

  /**
   * The figures as CSV with a header row: rates with three decimals, the median in hours with one,
   * empty fields where a figure does not exist. Rates are computed from the counts, so rounding is
   * exact (half up).
   */
  public static String csv(List<PlatformFigures> figures) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (PlatformFigures row : figures) {
      List<String> fields =
          List.of(
              field(row.platform()),
              Integer.toString(row.requests()),
              Integer.toString(row.removed()),
              ratio(row.removed(), row.requests()),
              hours(row.medianTimeToRemoval()),
              Integer.toString(row.withClock()),
              row.removedWithinClock() == null ? "" : row.removedWithinClock().toString(),
              row.removedWithinClock() == null
                  ? ""
                  : ratio(row.removedWithinClock(), row.withClock()));
      csv.append(String.join(",", fields)).append("\r\n");
    }
    return csv.toString();
  }

  private static String ratio(int part, int whole) {
    if (whole == 0) {
      return "";
    }
    return BigDecimal.valueOf(part)
        .divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static String hours(Duration duration) {
    if (duration == null) {
      return "";
    }
    BigDecimal nanos =
        BigDecimal.valueOf(duration.getSeconds())
            .scaleByPowerOfTen(9)
            .add(BigDecimal.valueOf(duration.getNano()));
    return nanos.divide(NANOS_PER_HOUR, 1, RoundingMode.HALF_UP).toPlainString();
  }

  /** One text field, neutralised against formulas and quoted where RFC 4180 requires it. */
  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
