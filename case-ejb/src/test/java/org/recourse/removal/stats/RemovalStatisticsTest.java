package org.recourse.removal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovalStatisticsTest {

  private static final Instant FROM = Instant.parse("2031-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2031-02-01T00:00:00Z");

  @Test
  void onlyRequestsSubmittedInTheHalfOpenPeriodCount() {
    List<RequestOutcome> outcomes =
        List.of(
            submitted("Alpha", FROM, null),
            submitted("Alpha", TO.minusNanos(1), null),
            submitted("Alpha", FROM.minusNanos(1), null),
            submitted("Alpha", TO, null),
            new RequestOutcome("Alpha", null, FROM.plusSeconds(60), null));

    List<PlatformFigures> figures = RemovalStatistics.compute(outcomes, FROM, TO);

    assertEquals(1, figures.size());
    assertEquals(2, figures.get(0).requests());
  }

  @Test
  void theMedianOfAnOddCountIsTheMiddleTime() {
    List<RequestOutcome> outcomes =
        List.of(
            removedAfter("Alpha", Duration.ofHours(30)),
            removedAfter("Alpha", Duration.ofHours(2)),
            removedAfter("Alpha", Duration.ofHours(10)),
            submitted("Alpha", FROM, null));

    PlatformFigures alpha = RemovalStatistics.compute(outcomes, FROM, TO).get(0);

    assertEquals(Duration.ofHours(10), alpha.medianTimeToRemoval());
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleTimes() {
    List<RequestOutcome> outcomes =
        List.of(
            removedAfter("Alpha", Duration.ofHours(40)),
            removedAfter("Alpha", Duration.ofHours(1)),
            removedAfter("Alpha", Duration.ofHours(5)),
            removedAfter("Alpha", Duration.ofHours(2)));

    PlatformFigures alpha = RemovalStatistics.compute(outcomes, FROM, TO).get(0);

    assertEquals(Duration.ofMinutes(210), alpha.medianTimeToRemoval());
  }

  @Test
  void theRemovalRateIsRemovedOverRequestsAndTheMedianIsNullWhenNoneWasRemoved() {
    List<RequestOutcome> outcomes =
        List.of(
            removedAfter("Alpha", Duration.ofHours(1)),
            submitted("Alpha", FROM, null),
            submitted("Alpha", FROM, null),
            submitted("Beta", FROM, null));

    List<PlatformFigures> figures = RemovalStatistics.compute(outcomes, FROM, TO);

    assertEquals(1, figures.get(0).removed());
    assertEquals(1.0 / 3, figures.get(0).removalRate(), 1e-12);
    assertEquals(0.0, figures.get(1).removalRate());
    assertNull(figures.get(1).medianTimeToRemoval());
  }

  @Test
  void withinTheClockMeansRemovedAtOrBeforeTheDueTimeAmongRequestsWithOne() {
    Instant due = FROM.plus(Duration.ofHours(48));
    List<RequestOutcome> outcomes =
        List.of(
            new RequestOutcome("Alpha", FROM, due, due),
            new RequestOutcome("Alpha", FROM, due.plusSeconds(1), due),
            new RequestOutcome("Alpha", FROM, null, due),
            new RequestOutcome("Alpha", FROM, FROM.plusSeconds(5), null),
            new RequestOutcome("Beta", FROM, FROM.plusSeconds(5), null));

    List<PlatformFigures> figures = RemovalStatistics.compute(outcomes, FROM, TO);

    PlatformFigures alpha = figures.get(0);
    assertEquals(3, alpha.withClock());
    assertEquals(1, alpha.removedWithinClock());
    assertEquals(1.0 / 3, alpha.shareWithinClock(), 1e-12);
    PlatformFigures beta = figures.get(1);
    assertEquals(0, beta.withClock());
    assertNull(beta.removedWithinClock());
    assertNull(beta.shareWithinClock());
  }

  @Test
  void platformsAreSortedByRequestsThenByName() {
    List<RequestOutcome> outcomes =
        List.of(
            submitted("Gamma", FROM, null),
            submitted("Beta", FROM, null),
            submitted("Alpha", FROM, null),
            submitted("Delta", FROM, null),
            submitted("Delta", FROM, null));

    List<String> order =
        RemovalStatistics.compute(outcomes, FROM, TO).stream()
            .map(PlatformFigures::platform)
            .toList();

    assertEquals(List.of("Delta", "Alpha", "Beta", "Gamma"), order);
  }

  @Test
  void theCsvOfASmallExampleIsExact() {
    Instant due = FROM.plus(Duration.ofHours(48));
    List<RequestOutcome> outcomes =
        List.of(
            new RequestOutcome("Example Social", FROM, FROM.plus(Duration.ofMinutes(90)), due),
            new RequestOutcome("Example Social", FROM, FROM.plus(Duration.ofHours(50)), due),
            new RequestOutcome("Example Social", FROM, null, due),
            new RequestOutcome("Tube, Inc.", FROM, null, null));

    String csv = RemovalStatistics.csv(RemovalStatistics.compute(outcomes, FROM, TO));

    assertEquals(
        "platform,requests,removed,removal_rate,median_hours_to_removal,with_legal_clock,"
            + "removed_within_clock,share_within_clock\r\n"
            + "Example Social,3,2,0.667,25.8,3,1,0.333\r\n"
            + "\"Tube, Inc.\",1,0,0.000,,0,,\r\n",
        csv);
  }

  @Test
  void platformNamesThatLookLikeFormulasAreShownAsText() {
    List<PlatformFigures> figures =
        List.of(
            figures("=HYPERLINK(\"http://example.test\",\"x\")"),
            figures("+1"),
            figures("-1"),
            figures("@SUM(A1)"),
            figures("Plain"));

    List<String> firstFields =
        RemovalStatistics.csv(figures)
            .lines()
            .skip(1)
            .map(l -> l.substring(0, l.indexOf(",1,")))
            .toList();

    assertEquals(
        List.of(
            "\"'=HYPERLINK(\"\"http://example.test\"\",\"\"x\"\")\"",
            "'+1",
            "'-1",
            "'@SUM(A1)",
            "Plain"),
        firstFields);
  }

  @Test
  void aRemovalBeforeSubmissionIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RequestOutcome("Alpha", FROM, FROM.minusSeconds(1), null));
  }

  private static PlatformFigures figures(String platform) {
    return new PlatformFigures(platform, 1, 0, 0.0, null, null, null, 0);
  }

  private static RequestOutcome submitted(String platform, Instant at, Instant removedAt) {
    return new RequestOutcome(platform, at, removedAt, null);
  }

  private static RequestOutcome removedAfter(String platform, Duration time) {
    return new RequestOutcome(platform, FROM, FROM.plus(time), null);
  }
}
