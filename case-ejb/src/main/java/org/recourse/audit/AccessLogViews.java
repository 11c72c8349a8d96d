package org.recourse.audit;

import java.time.Instant;
import java.util.List;

/** What the access log shows: rows, pages of rows, the filter, and a verification's result. */
public final class AccessLogViews {

  private AccessLogViews() {}

  /**
   * Which rows to show. Every part is optional; {@code from} is inclusive, {@code to} exclusive.
   *
   * @param user a username, matched whole and ignoring case
   */
  public record AccessQuery(String user, Long caseId, AccessAction action, Instant from, Instant to)
      implements java.io.Serializable {

    public static final AccessQuery ALL = new AccessQuery(null, null, null, null, null);
  }

  /** One row as stored, hashes included. */
  public record EntryView(
      long id,
      long sequence,
      Instant occurredAt,
      String username,
      String roles,
      AccessAction action,
      String actionLabel,
      AccessOutcome outcome,
      Long caseId,
      TargetType targetType,
      String targetId,
      String clientAddress,
      String detail,
      String previousHash,
      String hash) {}

  /** One page of rows, newest first, with the number of rows that match in all. */
  public record EntryPage(List<EntryView> items, long total, int page, int size) {}

  /**
   * The result of walking the whole chain.
   *
   * @param ok whether every row and the head are intact
   * @param rowsChecked the rows found intact before the first break (all of them when ok)
   * @param headCount the number of rows the head records
   * @param firstProblemRowId the database id of the first broken row; null when rows are missing at
   *     the end (they have no id any more)
   * @param firstProblemSequence the position in the chain where the first break is
   * @param reason what is wrong there
   */
  public record Verification(
      boolean ok,
      long rowsChecked,
      long headCount,
      Long firstProblemRowId,
      Long firstProblemSequence,
      String reason,
      Instant checkedAt)
      implements java.io.Serializable {}
}
