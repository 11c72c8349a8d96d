package org.recourse.privacy;

import java.time.Instant;

/** What the retention and purge services hand to pages and the API. */
public final class PrivacyViews {

  private PrivacyViews() {}

  /** The retention setting as it stands. */
  public record RetentionSettings(int closedCaseMonths, Instant updatedAt) {}

  /** A closed case whose retention has ended and that may be purged. */
  public record DueCase(long id, String number, Instant closedAt, Instant dueSince) {}

  /** What a purge did. */
  public record PurgeResult(
      long caseId, String number, Instant purgedAt, String purgedBy, int evidenceShredded) {}
}
