package org.recourse.removal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RemovalStatusTest {

  @Test
  void aDraftCanOnlyBeSubmitted() {
    assertEquals(EnumSet.of(RemovalStatus.SUBMITTED), RemovalStatus.DRAFT.next());
    assertFalse(RemovalStatus.DRAFT.canMoveTo(RemovalStatus.REMOVED));
  }

  @Test
  void removedContentCanComeBackEitherWay() {
    assertEquals(
        EnumSet.of(RemovalStatus.RESTORED, RemovalStatus.REUPLOADED), RemovalStatus.REMOVED.next());
    assertTrue(RemovalStatus.REUPLOADED.canMoveTo(RemovalStatus.SUBMITTED));
  }

  @Test
  void everyStatusIsReachableFromADraftAndNoneIsADeadEnd() {
    Set<RemovalStatus> reached = EnumSet.of(RemovalStatus.DRAFT);
    ArrayDeque<RemovalStatus> queue = new ArrayDeque<>(reached);
    while (!queue.isEmpty()) {
      for (RemovalStatus next : queue.poll().next()) {
        if (reached.add(next)) {
          queue.add(next);
        }
      }
    }
    assertEquals(EnumSet.allOf(RemovalStatus.class), reached);
    for (RemovalStatus status : RemovalStatus.values()) {
      assertFalse(status.next().isEmpty(), status + " has no way on");
      assertFalse(status.next().contains(RemovalStatus.DRAFT), "nothing goes back to draft");
    }
  }

  @Test
  void theClockMattersOnlyWhileThePlatformOwesAnAnswer() {
    assertTrue(RemovalStatus.SUBMITTED.isPending());
    assertTrue(RemovalStatus.ESCALATED.isPending());
    assertFalse(RemovalStatus.DRAFT.isPending());
    assertFalse(RemovalStatus.REMOVED.isPending());
    assertFalse(RemovalStatus.REJECTED.isPending());
  }
}
