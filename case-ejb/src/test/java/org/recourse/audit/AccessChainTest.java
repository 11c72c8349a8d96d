package org.recourse.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recourse.audit.AccessChain.Break;
import org.recourse.audit.AccessChain.Link;
import org.recourse.shared.HashChain;

class AccessChainTest {

  private static final Instant START = Instant.parse("2026-11-20T10:00:00.123456789Z");

  /** Five rows chained as the log writes them, with row ids 101 to 105. */
  private static List<Link> chain() {
    List<Link> links = new ArrayList<>();
    String previous = AccessChain.GENESIS;
    for (int i = 1; i <= 5; i++) {
      Link unsigned = row(100L + i, i, "attorney", previous, null);
      Link link = withHash(unsigned, unsigned.expectedHash());
      links.add(link);
      previous = link.hash();
    }
    return links;
  }

  private static Link row(Long id, long sequence, String user, String previous, String hash) {
    boolean denied = sequence % 2 == 0;
    return new Link(
        id,
        sequence,
        HashChain.truncate(START.plusSeconds(60 * sequence)),
        user,
        "attorney",
        denied ? AccessAction.ACCESS_DENIED : AccessAction.VICTIM_IDENTITY_READ,
        denied ? AccessOutcome.DENIED : AccessOutcome.GRANTED,
        denied ? null : 7L,
        TargetType.CASE,
        "7",
        "10.0.0.1",
        denied ? "CaseService.update: not allowed" : null,
        previous,
        hash);
  }

  private static Link withHash(Link l, String hash) {
    return new Link(
        l.rowId(),
        l.sequence(),
        l.occurredAt(),
        l.username(),
        l.roles(),
        l.action(),
        l.outcome(),
        l.caseId(),
        l.targetType(),
        l.targetId(),
        l.clientAddress(),
        l.detail(),
        l.previousHash(),
        hash);
  }

  private static Link withUser(Link l, String user) {
    return new Link(
        l.rowId(),
        l.sequence(),
        l.occurredAt(),
        user,
        l.roles(),
        l.action(),
        l.outcome(),
        l.caseId(),
        l.targetType(),
        l.targetId(),
        l.clientAddress(),
        l.detail(),
        l.previousHash(),
        l.hash());
  }

  private static Walked walk(List<Link> links, long headCount, String headHash) {
    AccessChain.Walk walk = new AccessChain.Walk(headCount, headHash);
    for (Link link : links) {
      if (!walk.next(link)) {
        break;
      }
    }
    return new Walked(walk.result(), walk.rowsChecked());
  }

  private record Walked(Optional<Break> broken, long checked) {}

  private static String last(List<Link> links) {
    return links.get(links.size() - 1).hash();
  }

  @Test
  void anUntouchedChainMatchesItsHead() {
    List<Link> links = chain();
    Walked walked = walk(links, 5, last(links));
    assertTrue(walked.broken().isEmpty(), () -> walked.broken().get().reason());
    assertEquals(5, walked.checked());
  }

  @Test
  void anEmptyLogWithAnEmptyHeadIsIntact() {
    assertTrue(walk(List.of(), 0, AccessChain.GENESIS).broken().isEmpty());
  }

  @Test
  void anEditedRowIsReportedByItsId() {
    List<Link> links = chain();
    links.set(2, withUser(links.get(2), "nobody"));
    Break broken = walk(links, 5, last(links)).broken().orElseThrow();
    assertEquals(103L, broken.rowId());
    assertEquals(3, broken.sequence());
    assertTrue(broken.reason().contains("altered"), broken.reason());
  }

  @Test
  void aRowRemovedInTheMiddleIsAGapBeforeTheNextRow() {
    List<Link> links = chain();
    links.remove(1);
    Break broken = walk(links, 5, last(links)).broken().orElseThrow();
    assertEquals(103L, broken.rowId());
    assertTrue(broken.reason().contains("Row 2 is missing"), broken.reason());
  }

  @Test
  void aRowRemovedAndTheRestRenumberedBreaksTheLink() {
    List<Link> links = chain();
    Link third = links.get(2);
    links.remove(1);
    Link renumbered =
        new Link(
            third.rowId(),
            2,
            third.occurredAt(),
            third.username(),
            third.roles(),
            third.action(),
            third.outcome(),
            third.caseId(),
            third.targetType(),
            third.targetId(),
            third.clientAddress(),
            third.detail(),
            third.previousHash(),
            null);
    links.set(1, withHash(renumbered, renumbered.expectedHash()));
    Break broken = walk(links, 4, last(links)).broken().orElseThrow();
    assertEquals(103L, broken.rowId());
    assertTrue(broken.reason().contains("previous-hash"), broken.reason());
  }

  @Test
  void theLastRowRemovedIsFoundThroughTheHead() {
    List<Link> links = chain();
    String head = last(links);
    links.remove(4);
    Walked walked = walk(links, 5, head);
    Break broken = walked.broken().orElseThrow();
    assertNull(broken.rowId(), "the missing row has no id any more");
    assertEquals(5, broken.sequence());
    assertTrue(broken.reason().contains("Row 5 is missing at the end"), broken.reason());
    assertTrue(broken.reason().contains("row id 104"), broken.reason());
    assertEquals(4, walked.checked());
  }

  @Test
  void aReplacedEndIsFoundThroughTheHeadHash() {
    List<Link> links = chain();
    Walked walked = walk(links, 5, "f".repeat(64));
    Break broken = walked.broken().orElseThrow();
    assertEquals(105L, broken.rowId());
    assertTrue(broken.reason().contains("head"), broken.reason());
  }

  @Test
  void rowsAppendedAfterTheHeadWasReadAreNotChecked() {
    List<Link> links = chain();
    String headAfterThree = links.get(2).hash();
    Walked walked = walk(links, 3, headAfterThree);
    assertTrue(walked.broken().isEmpty());
    assertEquals(3, walked.checked());
  }

  @Test
  void everyFieldIsPartOfTheHash() {
    Link base = row(1L, 1, "attorney", AccessChain.GENESIS, null);
    String hash = base.expectedHash();
    assertNotEquals(hash, withUser(base, "attorney2").expectedHash());
    assertNotEquals(hash, row(1L, 2, "attorney", AccessChain.GENESIS, null).expectedHash());
    assertNotEquals(hash, row(1L, 1, "attorney", "1".repeat(64), null).expectedHash());
    assertEquals(
        hash,
        row(999L, 1, "attorney", AccessChain.GENESIS, null).expectedHash(),
        "the database id is not hashed: it is given after the row is written");
  }

  @Test
  void fieldsAreLengthPrefixedSoShiftingTextBetweenThemChangesTheHash() {
    String one =
        AccessChain.hash(
            1,
            START,
            "ab",
            "c",
            AccessAction.ACCESS_DENIED,
            AccessOutcome.DENIED,
            null,
            null,
            null,
            null,
            null,
            AccessChain.GENESIS);
    String other =
        AccessChain.hash(
            1,
            START,
            "a",
            "bc",
            AccessAction.ACCESS_DENIED,
            AccessOutcome.DENIED,
            null,
            null,
            null,
            null,
            null,
            AccessChain.GENESIS);
    String missing =
        AccessChain.hash(
            1,
            START,
            "ab",
            "c",
            AccessAction.ACCESS_DENIED,
            AccessOutcome.DENIED,
            null,
            null,
            null,
            null,
            "",
            AccessChain.GENESIS);
    assertNotEquals(one, other);
    assertNotEquals(one, missing, "an empty field differs from a missing one");
  }

  @Test
  void timesAreHashedToTheMicrosecond() {
    Instant nanos = Instant.parse("2026-11-20T10:00:00.123456789Z");
    Instant micros = Instant.parse("2026-11-20T10:00:00.123456Z");
    assertEquals(
        AccessChain.hash(
            1,
            nanos,
            "u",
            null,
            AccessAction.EVIDENCE_DOWNLOADED,
            AccessOutcome.GRANTED,
            1L,
            TargetType.EVIDENCE_ITEM,
            "e",
            null,
            null,
            AccessChain.GENESIS),
        AccessChain.hash(
            1,
            micros,
            "u",
            null,
            AccessAction.EVIDENCE_DOWNLOADED,
            AccessOutcome.GRANTED,
            1L,
            TargetType.EVIDENCE_ITEM,
            "e",
            null,
            null,
            AccessChain.GENESIS));
    assertFalse(AccessChain.GENESIS.isEmpty());
  }
}
