package org.recourse.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessContextTest {

  @Test
  void onlyTheOutermostCallRecordsAndItStartsWithNothingNoted() {
    try (AccessContext.Request request = AccessContext.openRequest("10.0.0.7")) {
      AccessContext.Call first = AccessContext.enter();
      AccessContext.inCase(7);
      AccessContext.about(TargetType.EVIDENCE_ITEM, "ev-1");
      first.exit();

      AccessContext.Call outer = AccessContext.enter();
      assertNull(AccessContext.caseId(), "a new outermost call forgets the previous call's case");
      assertNull(AccessContext.targetId());
      AccessContext.Call inner = AccessContext.enter();
      AccessContext.inCase(9);
      inner.exit();
      assertTrue(outer.outermost());
      assertFalse(inner.outermost());
      assertEquals(9L, AccessContext.caseId(), "what a nested call reached stays for the outer");
      assertEquals("10.0.0.7", AccessContext.clientAddress());
      outer.exit();
      assertFalse(request.refusalRecorded());
      AccessContext.refusalRecorded();
      assertTrue(request.refusalRecorded());
    }
    assertNull(AccessContext.clientAddress(), "closed with the request");
  }

  @Test
  void aCallWithoutARequestHasNoAddressAndLeavesNothingBehind() {
    AccessContext.Call call = AccessContext.enter();
    AccessContext.inCase(3);
    assertNull(AccessContext.clientAddress());
    assertEquals(3L, AccessContext.caseId());
    call.exit();
    assertNull(AccessContext.caseId());
  }
}
