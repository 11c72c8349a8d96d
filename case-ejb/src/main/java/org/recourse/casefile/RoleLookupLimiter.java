package org.recourse.casefile;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import org.recourse.shared.Settings;
import org.recourse.shared.TokenBuckets;

/**
 * Limits how often each user asks the identity provider which staff role another user holds (the
 * team's role suggestion): {@code recourse.role-lookup.rate-per-second} a second (default 1) with
 * bursts of {@code recourse.role-lookup.burst} (default 10). Each answer tells whether a username
 * exists and what it may do, so typing through a list of names is not a way to learn them; past the
 * limit the suggestion is simply not made (the form offers its default role).
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RoleLookupLimiter {

  private TokenBuckets buckets;

  public RoleLookupLimiter() {}

  /** A limiter of these buckets (tests). */
  RoleLookupLimiter(TokenBuckets buckets) {
    this.buckets = buckets;
  }

  @PostConstruct
  void configure() {
    double rate =
        Double.parseDouble(
            Settings.get(
                "recourse.role-lookup.rate-per-second",
                "RECOURSE_ROLE_LOOKUP_RATE_PER_SECOND",
                "1"));
    int burst =
        Integer.parseInt(
            Settings.get("recourse.role-lookup.burst", "RECOURSE_ROLE_LOOKUP_BURST", "10"));
    buckets = new TokenBuckets(rate, burst, System::nanoTime);
  }

  /** Whether the user may look up one more role now (and takes that lookup if so). */
  public boolean mayLookUp(String username) {
    return buckets.take(username) == 0;
  }
}
