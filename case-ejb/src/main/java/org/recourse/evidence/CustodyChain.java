package org.recourse.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain of a custody log. Each entry's hash is the SHA-256 of its own fields and the
 * previous entry's hash (64 zeros for the first), so changing, removing or reordering any entry
 * breaks every hash after it. Fields are length-prefixed before hashing, so no two different
 * entries hash the same text. Times are kept to the microsecond, the precision both databases
 * store.
 */
public final class CustodyChain {

  /** The "previous hash" of an item's first entry. */
  public static final String GENESIS = "0".repeat(64);

  private CustodyChain() {}

  /** One entry's fields, as hashed. */
  public record Link(
      String evidenceId,
      int sequence,
      CustodyAction action,
      String actor,
      Instant occurredAt,
      String address,
      String reason,
      String detail,
      String previousHash,
      String hash) {}

  /** Times are stored and hashed at microsecond precision. */
  public static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** The hash an entry must carry. */
  public static String hash(
      String evidenceId,
      int sequence,
      CustodyAction action,
      String actor,
      Instant occurredAt,
      String address,
      String reason,
      String detail,
      String previousHash) {
    StringBuilder text = new StringBuilder(256);
    for (String field :
        new String[] {
          evidenceId,
          Integer.toString(sequence),
          action.name(),
          actor,
          truncate(occurredAt).toString(),
          address,
          reason,
          detail,
          previousHash
        }) {
      if (field == null) {
        text.append("-;");
      } else {
        text.append(field.length()).append(':').append(field).append(';');
      }
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * Checks a log in sequence order: numbering without gaps from 1, each entry linked to the one
   * before it, each hash right.
   *
   * @return a description of the first break, or empty if the chain is intact
   */
  public static Optional<String> firstBreak(List<Link> links) {
    String previous = GENESIS;
    int expected = 1;
    for (Link link : links) {
      if (link.sequence() != expected) {
        return Optional.of("Entry " + expected + " is missing (found " + link.sequence() + ")");
      }
      if (!link.previousHash().equals(previous)) {
        return Optional.of("Entry " + link.sequence() + " does not follow the entry before it");
      }
      String recomputed =
          hash(
              link.evidenceId(),
              link.sequence(),
              link.action(),
              link.actor(),
              link.occurredAt(),
              link.address(),
              link.reason(),
              link.detail(),
              link.previousHash());
      if (!recomputed.equals(link.hash())) {
        return Optional.of("Entry " + link.sequence() + " was altered after it was written");
      }
      previous = link.hash();
      expected++;
    }
    return Optional.empty();
  }
}
