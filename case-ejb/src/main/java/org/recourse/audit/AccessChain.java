package org.recourse.audit;

import java.time.Instant;
import java.util.Optional;
import org.recourse.shared.HashChain;

/**
 * The hash chain of the access log. A row's hash is the SHA-256 of the {@link HashChain} encoding
 * of its fields and the previous row's hash (64 zeros before the first row). Rows are numbered from
 * 1 without gaps; the head keeps the count and the last hash. An edited row then no longer matches
 * its hash, a row removed in the middle leaves a gap and a broken link, and rows removed at the end
 * leave fewer rows than the head counts. Times are hashed at microsecond precision, what both
 * databases store.
 */
public final class AccessChain {

  /** The "previous hash" of the first row. */
  public static final String GENESIS = HashChain.GENESIS;

  private static final String FORMAT = "recourse-access-log:v1";

  private AccessChain() {}

  /** One row's fields, as hashed, with the database id it is reported by. */
  public record Link(
      Long rowId,
      long sequence,
      Instant occurredAt,
      String username,
      String roles,
      AccessAction action,
      AccessOutcome outcome,
      Long caseId,
      TargetType targetType,
      String targetId,
      String clientAddress,
      String detail,
      String previousHash,
      String hash) {

    /** The hash this row must carry. */
    public String expectedHash() {
      return AccessChain.hash(
          sequence,
          occurredAt,
          username,
          roles,
          action,
          outcome,
          caseId,
          targetType,
          targetId,
          clientAddress,
          detail,
          previousHash);
    }
  }

  /** The first place where the chain is broken. */
  public record Break(Long rowId, long sequence, String reason) {}

  /** The hash a row with these fields must carry. */
  public static String hash(
      long sequence,
      Instant occurredAt,
      String username,
      String roles,
      AccessAction action,
      AccessOutcome outcome,
      Long caseId,
      TargetType targetType,
      String targetId,
      String clientAddress,
      String detail,
      String previousHash) {
    return HashChain.hash(
        FORMAT,
        Long.toString(sequence),
        HashChain.truncate(occurredAt).toString(),
        username,
        roles,
        action.name(),
        outcome.name(),
        caseId == null ? null : caseId.toString(),
        targetType == null ? null : targetType.name(),
        targetId,
        clientAddress,
        detail,
        previousHash);
  }

  /**
   * Walks the chain row by row in sequence order, then compares its end with the head. Rows
   * numbered above the head's count were appended after the head was read and are not checked.
   */
  public static final class Walk {
    private final long headCount;
    private final String headHash;
    private long expected = 1;
    private String previous = GENESIS;
    private Long lastRowId;
    private Break found;

    public Walk(long headCount, String headHash) {
      this.headCount = headCount;
      this.headHash = headHash;
    }

    /**
     * Checks the next row.
     *
     * @return false once a break is found (later rows need not be read), or once the head's count
     *     is passed
     */
    public boolean next(Link link) {
      if (found != null || link.sequence() > headCount) {
        return false;
      }
      if (link.sequence() != expected) {
        found =
            new Break(
                link.rowId(),
                link.sequence(),
                (expected == link.sequence() - 1
                        ? "Row " + expected + " is missing"
                        : "Rows " + expected + " to " + (link.sequence() - 1) + " are missing")
                    + " before this row");
        return false;
      }
      if (!link.expectedHash().equals(link.hash())) {
        found =
            new Break(
                link.rowId(),
                link.sequence(),
                "Row " + link.sequence() + " was altered after it was written (hash mismatch)");
        return false;
      }
      if (!link.previousHash().equals(previous)) {
        found =
            new Break(
                link.rowId(),
                link.sequence(),
                "Row "
                    + link.sequence()
                    + " does not follow the row before it (previous-hash mismatch)");
        return false;
      }
      previous = link.hash();
      lastRowId = link.rowId();
      expected++;
      return expected <= headCount;
    }

    /** The rows checked and found intact so far. */
    public long rowsChecked() {
      return expected - 1;
    }

    /** The first break, including rows missing at the end; empty if the chain is intact. */
    public Optional<Break> result() {
      if (found != null) {
        return Optional.of(found);
      }
      long present = expected - 1;
      if (present < headCount) {
        return Optional.of(
            new Break(
                null,
                expected,
                (present + 1 == headCount
                        ? "Row " + headCount + " is missing"
                        : "Rows " + (present + 1) + " to " + headCount + " are missing")
                    + " at the end: the head records "
                    + headCount
                    + " rows"
                    + (lastRowId == null ? "" : ", the last one present is row id " + lastRowId)));
      }
      if (!previous.equals(headHash)) {
        return Optional.of(
            new Break(
                lastRowId,
                present,
                "The last row's hash differs from the head's (the end of the log was replaced)"));
      }
      return Optional.empty();
    }
  }
}
