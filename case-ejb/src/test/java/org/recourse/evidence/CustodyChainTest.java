package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.CustodyChain.Link;
import org.recourse.shared.HashChain;

class CustodyChainTest {

  private static List<Link> chain() {
    List<Link> links = new ArrayList<>();
    String previous = CustodyChain.GENESIS;
    CustodyAction[] actions = {
      CustodyAction.RECEIVED, CustodyAction.PREVIEW_REVEALED, CustodyAction.DOWNLOADED
    };
    for (int i = 0; i < actions.length; i++) {
      Instant at = Instant.parse("2026-11-20T10:00:00.123456789Z").plusSeconds(60L * i);
      String hash =
          CustodyChain.hash(
              "ev-1", i + 1, actions[i], "advocate", at, "10.0.0.1", null, "d" + i, previous);
      links.add(
          new Link(
              "ev-1",
              i + 1,
              actions[i],
              "advocate",
              HashChain.truncate(at),
              "10.0.0.1",
              null,
              "d" + i,
              previous,
              hash));
      previous = hash;
    }
    return links;
  }

  @Test
  void anUntouchedChainIsIntact() {
    assertTrue(CustodyChain.firstBreak(chain()).isEmpty());
  }

  @Test
  void anEditedEntryIsFound() {
    List<Link> links = chain();
    Link second = links.get(1);
    links.set(
        1,
        new Link(
            second.evidenceId(),
            second.sequence(),
            second.action(),
            "someone-else",
            second.occurredAt(),
            second.address(),
            second.reason(),
            second.detail(),
            second.previousHash(),
            second.hash()));
    assertEquals("Entry 2 was altered after it was written", CustodyChain.firstBreak(links).get());
  }

  @Test
  void anEntryRewrittenWithAFreshHashBreaksTheNextLink() {
    List<Link> links = chain();
    Link second = links.get(1);
    String forged =
        CustodyChain.hash(
            "ev-1",
            2,
            second.action(),
            "someone-else",
            second.occurredAt(),
            second.address(),
            null,
            second.detail(),
            second.previousHash());
    links.set(
        1,
        new Link(
            "ev-1",
            2,
            second.action(),
            "someone-else",
            second.occurredAt(),
            second.address(),
            null,
            second.detail(),
            second.previousHash(),
            forged));
    assertEquals(
        "Entry 3 does not follow the entry before it", CustodyChain.firstBreak(links).get());
  }

  @Test
  void aRemovedEntryIsFound() {
    List<Link> links = chain();
    links.remove(1);
    assertEquals("Entry 2 is missing (found 3)", CustodyChain.firstBreak(links).get());
  }

  @Test
  void timesAreHashedAtMicrosecondPrecision() {
    Instant nanos = Instant.parse("2026-11-20T10:00:00.123456789Z");
    Instant micros = Instant.parse("2026-11-20T10:00:00.123456Z");
    assertEquals(
        CustodyChain.hash(
            "e", 1, CustodyAction.RECEIVED, "a", nanos, null, null, null, CustodyChain.GENESIS),
        CustodyChain.hash(
            "e", 1, CustodyAction.RECEIVED, "a", micros, null, null, null, CustodyChain.GENESIS));
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    Instant at = Instant.parse("2026-11-20T10:00:00Z");
    String a =
        CustodyChain.hash(
            "e", 1, CustodyAction.RECEIVED, "ab", at, "c", null, null, CustodyChain.GENESIS);
    String b =
        CustodyChain.hash(
            "e", 1, CustodyAction.RECEIVED, "a", at, "bc", null, null, CustodyChain.GENESIS);
    assertTrue(!a.equals(b));
  }
}
