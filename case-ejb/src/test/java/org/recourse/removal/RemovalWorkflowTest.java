package org.recourse.removal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.recourse.removal.RemovalFixtures.NOW;
import static org.recourse.removal.RemovalFixtures.refusedNaming;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.recourse.deadline.DeadlineEngine;
import org.recourse.deadline.RemovalClock;
import org.recourse.law.Jurisdiction;
import org.recourse.law.SourceGrade;
import org.recourse.law.Statute;
import org.recourse.removal.RemovalCommands.StatusChange;
import org.recourse.removal.notice.LegalBasis;

@ExtendWith(MockitoExtension.class)
class RemovalWorkflowTest {

  @Mock Validator validator;
  @Mock DeadlineEngine deadlines;
  @Mock RemovalAccess access;
  @Mock RemovalRepository repository;
  @Mock Clock clock;
  @InjectMocks RemovalWorkflow workflow;

  RemovalRequest request;

  @BeforeEach
  void aDraftOnTheTeamsCase() {
    workflow.readSettings();
    request =
        RemovalFixtures.request(
            7,
            RemovalFixtures.caseFile(3),
            RemovalFixtures.platform(2, "Imagehost", LegalBasis.values()),
            LegalBasis.PLATFORM_POLICY);
    lenient().when(access.editable(7)).thenReturn(request);
    lenient().when(clock.instant()).thenReturn(NOW);
    lenient()
        .when(
            deadlines.attachRemovalDeadlines(
                any(), anyLong(), any(), any(), any(), any(), anyInt(), anyString(), anyString()))
        .thenReturn(RemovalClock.NONE);
  }

  @Test
  void sendingADraftRecordsTheMoveAndStartsTheClockOfItsBasis() {
    Instant due = NOW.plusSeconds(48 * 3600);
    when(repository.basis(LegalBasis.PLATFORM_POLICY)).thenReturn(Optional.empty());
    when(deadlines.attachRemovalDeadlines(
            any(), eq(7L), isNull(), eq(NOW), isNull(), isNull(), anyInt(), anyString(), eq("bob")))
        .thenReturn(new RemovalClock(due, SourceGrade.PRIMARY));

    workflow.changeStatus(
        7, new StatusChange(RemovalStatus.SUBMITTED, "  sent by form ", " T-1 ", null), "bob");

    assertEquals(RemovalStatus.SUBMITTED, request.getStatus());
    assertEquals(NOW, request.getSubmittedAt());
    assertEquals("T-1", request.getPlatformReference());
    assertEquals(due, request.getSlaDueAt());
    ArgumentCaptor<RemovalEvent> event = ArgumentCaptor.forClass(RemovalEvent.class);
    verify(repository).add(event.capture());
    assertEquals(RemovalStatus.DRAFT, event.getValue().getFromStatus());
    assertEquals(RemovalStatus.SUBMITTED, event.getValue().getToStatus());
    assertEquals("bob", event.getValue().getActor());
    assertEquals("sent by form", event.getValue().getNote());
  }

  @Test
  void aStatuteChosenOnTheRequestSetsTheClockAndItsGradeTravelsToTheRequest() {
    Statute utah =
        RemovalFixtures.withId(
            new Statute(new Jurisdiction("US-UT", "Utah", "US", "America/Denver", null)), 12L);
    request.clockFrom(utah);
    Instant due = NOW.plusSeconds(48 * 3600);
    when(repository.basis(LegalBasis.PLATFORM_POLICY)).thenReturn(Optional.empty());
    when(deadlines.attachRemovalDeadlines(
            any(), eq(7L), eq(12L), eq(NOW), isNull(), isNull(), anyInt(), anyString(), eq("bob")))
        .thenReturn(new RemovalClock(due, SourceGrade.SECONDARY));

    workflow.changeStatus(7, new StatusChange(RemovalStatus.SUBMITTED, null, null, null), "bob");

    assertEquals(due, request.getSlaDueAt());
    assertEquals(SourceGrade.SECONDARY, request.getClockGrade());
    assertTrue(RemovalViews.of(request).clockProvisional());
    assertEquals(12L, RemovalViews.of(request).statuteId());
  }

  @Test
  void aRemovedRequestsClockIsNotRestartedSoNoDeadlineOpensForContentTakenDown() {
    request.moveTo(RemovalStatus.SUBMITTED, NOW.minusSeconds(1800), null);
    request.moveTo(RemovalStatus.REMOVED, NOW, null);

    workflow.restartClock(request, "bob");

    verify(deadlines, never())
        .attachRemovalDeadlines(
            any(), anyLong(), any(), any(), any(), any(), anyInt(), anyString(), anyString());
  }

  @Test
  void changingTheStatuteOfADraftStartsNoClock() {
    workflow.restartClock(request, "bob");

    verify(deadlines, never())
        .attachRemovalDeadlines(
            any(), anyLong(), any(), any(), any(), any(), anyInt(), anyString(), anyString());
  }

  @Test
  void aBasisWithoutConfigurationIsFollowedUpSevenDaysAfterSendingByDefault() {
    when(repository.basis(LegalBasis.PLATFORM_POLICY)).thenReturn(Optional.empty());

    workflow.changeStatus(7, new StatusChange(RemovalStatus.SUBMITTED, null, null, null), "bob");

    verify(deadlines)
        .attachRemovalDeadlines(
            any(),
            eq(7L),
            isNull(),
            any(),
            any(),
            any(),
            eq(7),
            eq("Follow up: removal request #7 (Imagehost)"),
            eq("bob"));
  }

  @Test
  void theDefaultFollowUpDaysAreAnInstallationSetting() {
    System.setProperty("recourse.removal.follow-up-days", "10");
    try {
      workflow.readSettings();
    } finally {
      System.clearProperty("recourse.removal.follow-up-days");
    }
    when(repository.basis(LegalBasis.PLATFORM_POLICY)).thenReturn(Optional.empty());

    workflow.changeStatus(7, new StatusChange(RemovalStatus.SUBMITTED, null, null, null), "bob");

    verify(deadlines)
        .attachRemovalDeadlines(
            any(), anyLong(), any(), any(), any(), any(), eq(10), anyString(), anyString());
  }

  @Test
  void aMoveTheWorkflowDoesNotAllowIsRefusedWithTheAllowedStatuses() {
    assertThrows(
        InvalidRemovalStatusException.class,
        () ->
            workflow.changeStatus(
                7, new StatusChange(RemovalStatus.REMOVED, null, null, null), "bob"));

    assertEquals(RemovalStatus.DRAFT, request.getStatus());
    verify(repository, never()).add(any(RemovalEvent.class));
  }

  @Test
  void aStatusTimeMoreThanFiveMinutesAheadIsRefusedNamingTheField() {
    refusedNaming(
        "at",
        () ->
            workflow.changeStatus(
                7,
                new StatusChange(RemovalStatus.SUBMITTED, null, null, NOW.plusSeconds(301)),
                "bob"));
  }

  @Test
  void aStatusTimeBefore1990OrAMoveBeforeTheRequestWasSentIsRefusedNamingTheField() {
    refusedNaming(
        "at",
        () ->
            workflow.changeStatus(
                7,
                new StatusChange(
                    RemovalStatus.SUBMITTED, null, null, Instant.parse("0001-01-01T00:00:00Z")),
                "bob"));
    when(repository.basis(any())).thenReturn(Optional.empty());
    // sent before it was entered here (the request was created an hour ago): its real time is kept
    workflow.changeStatus(
        7, new StatusChange(RemovalStatus.SUBMITTED, null, null, NOW.minusSeconds(7200)), "bob");
    assertEquals(NOW.minusSeconds(7200), request.getSubmittedAt());
    refusedNaming(
        "at",
        () ->
            workflow.changeStatus(
                7,
                new StatusChange(RemovalStatus.REMOVED, null, null, NOW.minusSeconds(7300)),
                "bob"));
    verify(deadlines, never()).closeRemovalDeadlines(anyLong(), anyString(), anyString());
  }

  @Test
  void aStatusTimeWithinTheClockSkewIsTaken() {
    when(repository.basis(any())).thenReturn(Optional.empty());

    workflow.changeStatus(
        7, new StatusChange(RemovalStatus.SUBMITTED, null, null, NOW.plusSeconds(300)), "bob");

    assertEquals(NOW.plusSeconds(300), request.getSubmittedAt());
  }

  @Test
  void removalClosesTheRequestsDeadlines() {
    when(repository.basis(any())).thenReturn(Optional.empty());
    workflow.changeStatus(7, new StatusChange(RemovalStatus.SUBMITTED, null, null, null), "bob");

    workflow.changeStatus(7, new StatusChange(RemovalStatus.REMOVED, null, null, null), "bob");

    assertEquals(NOW, request.getRemovedAt());
    verify(deadlines).closeRemovalDeadlines(7, "Removed " + NOW, "bob");
  }

  @Test
  void counterNoticesExistOnlyForDmcaRequests() {
    refusedNaming("legalBasis", () -> workflow.counterNotice(7, null, "bob"));
  }

  @Test
  void aCounterNoticeBeforeSendingIsRefusedNamingTheField() {
    RemovalRequest dmca =
        RemovalFixtures.request(
            8,
            RemovalFixtures.caseFile(3),
            RemovalFixtures.platform(2, "Imagehost", LegalBasis.DMCA),
            LegalBasis.DMCA);
    when(access.editable(8)).thenReturn(dmca);

    refusedNaming("receivedAt", () -> workflow.counterNotice(8, null, "bob"));
  }

  @Test
  void aCounterNoticeOnASentDmcaRequestStartsTheRestoreWindowFromNow() {
    RemovalRequest dmca =
        RemovalFixtures.request(
            8,
            RemovalFixtures.caseFile(3),
            RemovalFixtures.platform(2, "Imagehost", LegalBasis.DMCA),
            LegalBasis.DMCA);
    dmca.moveTo(RemovalStatus.SUBMITTED, NOW.minusSeconds(86_400), null);
    when(access.editable(8)).thenReturn(dmca);
    when(repository.basis(LegalBasis.DMCA)).thenReturn(Optional.empty());

    workflow.counterNotice(8, null, "bob");

    assertEquals(NOW, dmca.getCounterNoticeAt());
    verify(deadlines)
        .attachRemovalDeadlines(
            any(),
            eq(8L),
            any(),
            eq(NOW.minusSeconds(86_400)),
            eq(NOW),
            any(),
            anyInt(),
            anyString(),
            eq("bob"));
  }

  @Test
  void aFollowUpDateBeforeTodayIsRefusedNamingTheField() {
    LocalDate yesterday = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(1);

    refusedNaming("followUpDate", () -> workflow.followUp(7, yesterday, "bob"));
    refusedNaming("followUpDate", () -> workflow.followUp(7, null, "bob"));
  }

  @Test
  void aFollowUpOnADraftIsKeptWithoutStartingAClock() {
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    workflow.followUp(7, today, "bob");

    assertEquals(today, request.getFollowUpDate());
    verify(deadlines, never())
        .attachRemovalDeadlines(
            any(), anyLong(), any(), any(), any(), any(), anyInt(), anyString(), anyString());
  }

  @Test
  void aFollowUpOnASentRequestMovesItsClock() {
    LocalDate inAWeek = LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(7);
    request.moveTo(RemovalStatus.SUBMITTED, NOW, null);
    when(repository.basis(any())).thenReturn(Optional.empty());

    workflow.followUp(7, inAWeek, "bob");

    verify(deadlines)
        .attachRemovalDeadlines(
            any(), eq(7L), any(), any(), any(), eq(inAWeek), anyInt(), anyString(), eq("bob"));
  }
}
