package org.recourse.deadline.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.recourse.deadline.CaseFacts;
import org.recourse.deadline.DeadlineCalculator;
import org.recourse.law.BusinessCalendar;
import org.recourse.law.BusinessCalendars;
import org.recourse.law.OffsetUnit;
import org.recourse.law.RuleSpec;
import org.recourse.law.SourceGrade;
import org.recourse.law.Trigger;

/**
 * How many cases' deadlines the calculator works out per second on one thread: each operation is
 * one case (varied facts) run through the seeded rules (48 hours, 10–14 US business days, the New
 * York later-of, Illinois with minority tolling, six calendar months, an unconfirmed period). Run
 * it with the command in docs/BENCHMARKS.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DeadlineCalculatorBenchmark {

  private static final int CASES = 4096;

  private final DeadlineCalculator calculator = new DeadlineCalculator();
  private List<RuleSpec> rules;
  private CaseFacts[] cases;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    rules =
        List.of(
            RuleSpec.period(
                "Removal",
                "47 U.S.C. § 223a",
                SourceGrade.PRIMARY,
                Trigger.REMOVAL_REQUEST_SENT,
                48,
                OffsetUnit.HOURS),
            RuleSpec.window(
                "Restore",
                "17 U.S.C. § 512(g)",
                SourceGrade.PRIMARY,
                Trigger.COUNTER_NOTICE_RECEIVED,
                10,
                14,
                OffsetUnit.BUSINESS_DAYS),
            RuleSpec.laterOf(
                "NY",
                "N.Y. Civ. Rights Law § 52-b",
                SourceGrade.PRIMARY,
                RuleSpec.period(
                    "3y",
                    "N.Y. Civ. Rights Law § 52-b",
                    SourceGrade.PRIMARY,
                    Trigger.DISSEMINATION,
                    3,
                    OffsetUnit.YEARS),
                RuleSpec.period(
                    "1y",
                    "N.Y. Civ. Rights Law § 52-b",
                    SourceGrade.PRIMARY,
                    Trigger.DISCOVERY,
                    1,
                    OffsetUnit.YEARS)),
            RuleSpec.period(
                    "IL",
                    "740 ILCS 190/30",
                    SourceGrade.PRIMARY,
                    Trigger.DISCOVERY,
                    2,
                    OffsetUnit.YEARS)
                .withTollingDuringMinority(),
            RuleSpec.period(
                "UK",
                "SOA 2003 s.66B",
                SourceGrade.PRIMARY,
                Trigger.INCIDENT,
                6,
                OffsetUnit.MONTHS),
            RuleSpec.unconfirmed(
                "Federal civil action", "15 U.S.C. § 6851", Trigger.DISSEMINATION));
    BusinessCalendar us = BusinessCalendars.forJurisdiction("US");
    ZoneId zone = ZoneId.of("America/New_York");
    SplittableRandom random = new SplittableRandom(42);
    cases = new CaseFacts[CASES];
    LocalDate base = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < CASES; i++) {
      LocalDate incident = base.plusDays(random.nextInt(1000));
      cases[i] =
          CaseFacts.in(zone, us)
              .incidentDate(incident)
              .disseminationDate(incident.plusDays(random.nextInt(10)))
              .discoveryDate(incident.plusDays(10 + random.nextInt(200)))
              .dateOfBirth(
                  LocalDate.of(
                      1990 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28)))
              .removalRequestSent(
                  Instant.parse("2026-03-01T10:00:00Z").plusSeconds(random.nextInt(86400 * 300)))
              .counterNoticeReceived(
                  Instant.parse("2026-03-05T10:00:00Z").plusSeconds(random.nextInt(86400 * 300)))
              .build();
    }
  }

  /** One case: all six rules. */
  @Benchmark
  public void oneCase(Blackhole sink) {
    CaseFacts facts = cases[next];
    next = (next + 1) & (CASES - 1);
    sink.consume(calculator.computeAll(rules, facts));
  }
}
