package org.recourse.timestamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recourse.timestamp.TimestampWorker.Outcome;

/** What one request to the TSA comes to, for items and anchors alike. */
class TsaAttemptTest {

  private static final byte[] HASH = new byte[32];

  private final TimestampAuthority authority = mock(TimestampAuthority.class);
  private final TsaClient client = mock(TsaClient.class);

  @Test
  void aGrantedTokenIsTheStamp() throws Exception {
    Stamp stamp = new Stamp(new byte[] {1}, "Test TSA", Instant.EPOCH, "7", false);
    when(authority.client()).thenReturn(Optional.of(client));
    when(client.stamp(HASH)).thenReturn(stamp);

    TsaAttempt attempt = TsaAttempt.ask(authority, HASH, "Test");

    assertTrue(attempt.stamped());
    assertSame(stamp, attempt.stamp());
    assertEquals(Outcome.STAMPED, attempt.outcome());
  }

  @Test
  void noConfiguredTsaLeavesItPendingAsIfUnreachable() {
    when(authority.client()).thenReturn(Optional.empty());

    TsaAttempt attempt = TsaAttempt.ask(authority, HASH, "Test");

    assertFalse(attempt.stamped());
    assertEquals(TimestampStatus.PENDING, attempt.failure());
    assertEquals(Outcome.UNREACHABLE, attempt.outcome());
  }

  @Test
  void unusableSettingsFailWithoutThrowing() {
    when(authority.client()).thenThrow(new IllegalArgumentException("bad file"));

    TsaAttempt attempt = TsaAttempt.ask(authority, HASH, "Test");

    assertEquals(TimestampStatus.FAILED, attempt.failure());
    assertEquals("The TSA settings are unusable", attempt.note());
    assertEquals(Outcome.REFUSED, attempt.outcome());
  }

  @Test
  void anUnreachableTsaLeavesItPendingWithTheReason() throws Exception {
    when(authority.client()).thenReturn(Optional.of(client));
    when(client.stamp(HASH))
        .thenThrow(new TsaUnreachableException("connection refused", new RuntimeException()));

    TsaAttempt attempt = TsaAttempt.ask(authority, HASH, "Test");

    assertNull(attempt.stamp());
    assertEquals(TimestampStatus.PENDING, attempt.failure());
    assertEquals("connection refused", attempt.note());
    assertEquals(Outcome.UNREACHABLE, attempt.outcome());
  }

  @Test
  void aRefusedTokenFailsWithTheReason() throws Exception {
    when(authority.client()).thenReturn(Optional.of(client));
    when(client.stamp(HASH)).thenThrow(new TimestampRejectedException("imprint differs"));

    TsaAttempt attempt = TsaAttempt.ask(authority, HASH, "Test");

    assertEquals(TimestampStatus.FAILED, attempt.failure());
    assertEquals("imprint differs", attempt.note());
    assertEquals(Outcome.REFUSED, attempt.outcome());
  }

  @Test
  void anUnexpectedErrorFailsNamingOnlyItsKind() throws Exception {
    when(authority.client()).thenReturn(Optional.of(client));
    when(client.stamp(HASH)).thenThrow(new IllegalStateException("internal detail"));

    TsaAttempt attempt = TsaAttempt.ask(authority, HASH, "Test");

    assertEquals(TimestampStatus.FAILED, attempt.failure());
    assertEquals("The attempt failed unexpectedly (IllegalStateException)", attempt.note());
    assertEquals(Outcome.REFUSED, attempt.outcome());
  }
}
