package org.recourse.removal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When the re-upload watcher looks at a URL again. */
class ReuploadWatcherTest {

  private static final Instant TICK = Instant.parse("2026-12-07T10:00:00Z");

  private static boolean due(Instant lastCheck, Duration interval, Duration tick) {
    return lastCheck.isBefore(ReuploadWatcher.dueBefore(TICK, interval, tick));
  }

  @Test
  void aUrlCheckedAtTheTickOneIntervalAgoIsDueThoughItsCheckEndedAfterTheTick() {
    Duration minute = Duration.ofMinutes(1);
    Instant checkedJustAfterTheLastTick = TICK.minus(minute).plusMillis(40);
    assertTrue(due(checkedJustAfterTheLastTick, minute, minute));
  }

  @Test
  void withTheDefaultsAUrlIsCheckedOncePerHourToWithinHalfATick() {
    Duration hour = Duration.ofMinutes(60);
    Duration quarter = Duration.ofMinutes(15);
    assertTrue(due(TICK.minus(Duration.ofMinutes(60)).plusMillis(40), hour, quarter));
    assertTrue(due(TICK.minus(Duration.ofMinutes(53)), hour, quarter));
    assertFalse(due(TICK.minus(Duration.ofMinutes(45)), hour, quarter), "not at the tick before");
    assertFalse(due(TICK.minus(Duration.ofMinutes(52)), hour, quarter));
  }
}
