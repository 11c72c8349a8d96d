package org.recourse.removal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.recourse.removal.RemovalFixtures.NOW;

import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.recourse.casefile.CaseFile;
import org.recourse.deadline.DeadlineEngine;
import org.recourse.deadline.RemovalClock;
import org.recourse.law.Jurisdiction;
import org.recourse.law.LawChanged;
import org.recourse.law.SourceGrade;
import org.recourse.law.Statute;
import org.recourse.removal.notice.LegalBasis;

/** Corrected law recomputes the running clocks of sent requests; a removed one is left alone. */
@ExtendWith(MockitoExtension.class)
class RemovalClockRecomputationTest {

  @Mock Validator validator;
  @Mock DeadlineEngine deadlines;
  @Mock RemovalAccess access;
  @Mock RemovalRepository repository;
  @Mock Clock clock;
  @InjectMocks RemovalWorkflow workflow;

  RemovalClockRecomputation recomputation = new RemovalClockRecomputation();
  Statute utah =
      RemovalFixtures.withId(
          new Statute(new Jurisdiction("US-UT", "Utah", "US", "America/Denver", null)), 12L);
  CaseFile caseFile = RemovalFixtures.caseFile(3);
  Platform imagehost = RemovalFixtures.platform(2, "Imagehost", LegalBasis.values());

  @BeforeEach
  void theObserverUsesTheRealWorkflow() throws ReflectiveOperationException {
    workflow.readSettings();
    for (String name : List.of("repository", "workflow")) {
      Field field = RemovalClockRecomputation.class.getDeclaredField(name);
      field.setAccessible(true);
      field.set(recomputation, name.equals("workflow") ? workflow : repository);
    }
  }

  private RemovalRequest sentUnderUtah(long id, Instant sentAt) {
    RemovalRequest request =
        RemovalFixtures.request(id, caseFile, imagehost, LegalBasis.PLATFORM_POLICY);
    request.clockFrom(utah);
    request.moveTo(RemovalStatus.SUBMITTED, sentAt, null);
    return request;
  }

  @Test
  void aSentRequestWhoseStatuteChangedHasItsClockRecomputedARemovedOneIsLeftAlone() {
    Instant sentAt = NOW.minusSeconds(1800);
    RemovalRequest running = sentUnderUtah(7, sentAt);
    RemovalRequest removed = sentUnderUtah(8, sentAt);
    removed.moveTo(RemovalStatus.REMOVED, NOW, null);
    when(repository.runningClocksIn(Set.of("US-UT"))).thenReturn(List.of(running, removed));
    when(repository.basis(LegalBasis.PLATFORM_POLICY)).thenReturn(Optional.empty());
    Instant corrected = sentAt.plusSeconds(24 * 3600);
    when(deadlines.attachRemovalDeadlines(
            eq(caseFile),
            eq(7L),
            eq(12L),
            eq(sentAt),
            any(),
            any(),
            anyInt(),
            anyString(),
            eq("admin")))
        .thenReturn(new RemovalClock(corrected, SourceGrade.PRIMARY));

    recomputation.lawChanged(new LawChanged(Set.of("US-UT"), "admin"));

    assertEquals(corrected, running.getSlaDueAt());
    assertEquals(SourceGrade.PRIMARY, running.getClockGrade());
    assertNull(removed.getSlaDueAt());
    verify(deadlines, never())
        .attachRemovalDeadlines(
            any(), eq(8L), any(), any(), any(), any(), anyInt(), anyString(), anyString());
  }

  @Test
  void aChangeElsewhereRecomputesNothing() {
    when(repository.runningClocksIn(Set.of("IT"))).thenReturn(List.of());

    recomputation.lawChanged(new LawChanged(Set.of("IT"), "admin"));

    verify(deadlines, never())
        .attachRemovalDeadlines(
            any(), anyLong(), any(), any(), any(), any(), anyInt(), anyString(), anyString());
  }
}
