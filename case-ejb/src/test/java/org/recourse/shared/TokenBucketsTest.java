package org.recourse.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  private static final long MS = 1_000_000L;

  private final AtomicLong clock = new AtomicLong(5_000 * MS);
  private final TokenBuckets buckets = new TokenBuckets(10, 20, clock::get);

  @Test
  void aBurstIsAllowedThenTheBucketIsEmpty() {
    for (int i = 0; i < 20; i++) {
      assertEquals(0, buckets.take("attorney"), "request " + i + " of the burst");
    }

    long wait = buckets.take("attorney");

    assertEquals(100 * MS, wait, "one token every 100 ms at 10 a second");
  }

  @Test
  void tokensComeBackAtTheRateAndNoMoreThanTheBurst() {
    for (int i = 0; i < 20; i++) {
      buckets.take("attorney");
    }
    clock.addAndGet(250 * MS);

    assertEquals(0, buckets.take("attorney"));
    assertEquals(0, buckets.take("attorney"));
    assertTrue(buckets.take("attorney") > 0, "2.5 tokens came back, not 3");

    clock.addAndGet(60_000 * MS);
    int taken = 0;
    while (buckets.take("attorney") == 0) {
      taken++;
    }
    assertEquals(20, taken, "a long pause refills the bucket to the burst only");
  }

  @Test
  void eachUserHasABucketOfTheirOwn() {
    for (int i = 0; i < 20; i++) {
      buckets.take("attorney");
    }

    assertTrue(buckets.take("attorney") > 0);
    assertEquals(0, buckets.take("advocate"));
  }

  @Test
  void aRefusedRequestTakesNothing() {
    for (int i = 0; i < 20; i++) {
      buckets.take("attorney");
    }
    for (int i = 0; i < 50; i++) {
      assertTrue(buckets.take("attorney") > 0);
    }

    clock.addAndGet(100 * MS);

    assertEquals(0, buckets.take("attorney"), "hammering does not push the next token back");
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 20, clock::get));
    assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(10, 0, clock::get));
    assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(Double.NaN, 5, clock::get));
  }
}
