package org.recourse.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.shared.HashChain;

/**
 * The hash chain of a custody log. Each entry's hash is the SHA-256 of its own fields and the
 * previous entry's hash (64 zeros for the first), encoded as {@link HashChain} says, so changing,
 * removing or reordering any entry breaks every hash after it.
 */
public final class CustodyChain {

  /** The "previous hash" of an item's first entry. */
  public static final String GENESIS = HashChain.GENESIS;

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
    return HashChain.hash(
        evidenceId,
        Integer.toString(sequence),
        action.name(),
        actor,
        HashChain.truncate(occurredAt).toString(),
        address,
        reason,
        detail,
        previousHash);
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
