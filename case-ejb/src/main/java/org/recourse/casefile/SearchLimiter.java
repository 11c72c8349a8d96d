package org.recourse.casefile;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import org.recourse.shared.Settings;
import org.recourse.shared.TokenBuckets;
import org.recourse.shared.TooManyRequestsException;

/**
 * Limits how often each user searches cases by free text, the expensive search (a LIKE over
 * numbers, titles and pseudonyms): {@code recourse.search.rate-per-second} a second (default 10)
 * with bursts of {@code recourse.search.burst} (default 20). Beyond that a search is refused with
 * {@link TooManyRequestsException}, which says when to try again.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchLimiter {

  private TokenBuckets buckets;

  @PostConstruct
  void configure() {
    double rate =
        Double.parseDouble(
            Settings.get(
                "recourse.search.rate-per-second", "RECOURSE_SEARCH_RATE_PER_SECOND", "10"));
    int burst =
        Integer.parseInt(Settings.get("recourse.search.burst", "RECOURSE_SEARCH_BURST", "20"));
    buckets = new TokenBuckets(rate, burst, System::nanoTime);
  }

  /** Takes one of the user's searches, or refuses it. */
  public void take(String username) {
    long wait = buckets.take(username);
    if (wait > 0) {
      long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
      throw new TooManyRequestsException(
          "Too many searches in a short time; try again in " + seconds + " s", seconds);
    }
  }
}
