package org.recourse.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a user): each holds up to {@code burst} tokens and gains {@code
 * ratePerSecond} a second; a request takes one, and is refused while the bucket is empty. Thread
 * safe. Full buckets carry no information and are dropped when many keys have been seen.
 */
public final class TokenBuckets {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final int FORGET_AFTER_KEYS = 10_000;

  private final double ratePerNano;
  private final double burst;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param ratePerSecond tokens added per second, more than 0
   * @param burst most tokens a bucket holds, at least 1
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  public TokenBuckets(double ratePerSecond, int burst, LongSupplier nanoClock) {
    if (!(ratePerSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("The rate must be positive and the burst at least 1");
    }
    this.ratePerNano = ratePerSecond / NANOS_PER_SECOND;
    this.burst = burst;
    this.nanoClock = nanoClock;
  }

  /**
   * Takes a token of the key's bucket.
   *
   * @return 0 if one was taken; otherwise the nanoseconds until one will be there
   */
  public long take(String key) {
    long now = nanoClock.getAsLong();
    if (buckets.size() > FORGET_AFTER_KEYS) {
      buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
    return bucket.take(now);
  }

  private final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    synchronized long take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / ratePerNano));
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= burst;
    }

    private void refill(long now) {
      if (now > updated) {
        tokens = Math.min(burst, tokens + (now - updated) * ratePerNano);
        updated = now;
      }
    }
  }
}
