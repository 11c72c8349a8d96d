package org.recourse.removal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.recourse.removal.RemovalFixtures.NOW;
import static org.recourse.removal.RemovalFixtures.refusedNaming;

import jakarta.ejb.SessionContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.recourse.casefile.CaseFile;
import org.recourse.deadline.DeadlineEngine;
import org.recourse.deadline.DeadlineViews.ClockStatute;
import org.recourse.law.SourceGrade;
import org.recourse.removal.RemovalCommands.BulkRemoval;
import org.recourse.removal.RemovalCommands.NewRemoval;
import org.recourse.removal.RemovalViews.BulkResult;
import org.recourse.removal.RemovalViews.RemovalView;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.removal.url.PlatformDetector;
import org.recourse.removal.url.PlatformHosts;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.Roles;

@ExtendWith(MockitoExtension.class)
class RemovalRequestServiceTest {

  @Mock SessionContext session;
  @Mock Validator validator;
  @Mock Clock clock;
  @Mock RemovalAccess access;
  @Mock RemovalWorkflow workflow;
  @Mock SentNotices notices;
  @Mock RemovalRepository repository;
  @Mock PlatformRepository platforms;
  @Mock DeadlineEngine deadlines;
  @InjectMocks RemovalRequestService service;

  CaseFile caseFile = RemovalFixtures.caseFile(3);
  Platform imagehost = RemovalFixtures.platform(2, "Imagehost", LegalBasis.TAKE_IT_DOWN);
  Platform other = RemovalFixtures.platform(9, "Other host", LegalBasis.values());
  AtomicLong ids = new AtomicLong(100);

  @BeforeEach
  void theTeamOfCaseThree() {
    lenient().when(session.getCallerPrincipal()).thenReturn(() -> "alice");
    lenient().when(clock.instant()).thenReturn(NOW);
    lenient().when(access.editableCase(3)).thenReturn(caseFile);
    lenient()
        .when(platforms.detector())
        .thenReturn(
            new PlatformDetector(
                List.of(new PlatformHosts(2, "p2", List.of("images.example"))), 9));
    lenient().when(platforms.find(2)).thenReturn(Optional.of(imagehost));
    lenient().when(platforms.find(9)).thenReturn(Optional.of(other));
    lenient()
        .doAnswer(call -> RemovalFixtures.withId(call.getArgument(0), ids.incrementAndGet()))
        .when(repository)
        .add(any(RemovalRequest.class));
  }

  private static NewRemoval newRemoval(String url, LegalBasis basis) {
    return new NewRemoval(url, null, ContentKind.IMAGE, basis, null, null, null);
  }

  @Test
  void aNewRequestIsADraftOnTheDetectedPlatformWithItsFirstHistoryRow() {
    RemovalView created =
        service.create(
            3,
            new NewRemoval(
                "https://images.example/a/1",
                null,
                ContentKind.IMAGE,
                LegalBasis.TAKE_IT_DOWN,
                null,
                LocalDate.of(2026, 11, 20),
                null));

    assertEquals(101, created.id());
    assertEquals("Imagehost", created.platformName());
    assertEquals(RemovalStatus.DRAFT, created.status());
    assertEquals(LocalDate.of(2026, 11, 20), created.followUpDate());
    ArgumentCaptor<RemovalEvent> event = ArgumentCaptor.forClass(RemovalEvent.class);
    verify(repository).add(event.capture());
    assertEquals(101L, event.getValue().getRequestId());
    assertEquals(RemovalStatus.DRAFT, event.getValue().getToStatus());
    assertEquals("alice", event.getValue().getActor());
    assertEquals(NOW, event.getValue().getOccurredAt());
    assertEquals("Created", event.getValue().getNote());
  }

  @Test
  void aUrlTheCaseHasAskedForAlreadyIsRefusedNamingTheEarlierRequest() {
    RemovalRequest earlier = RemovalFixtures.request(5, caseFile, imagehost, LegalBasis.DMCA);
    when(repository.byUrl(3, "https://images.example/a/1")).thenReturn(Optional.of(earlier));

    String message =
        refusedNaming(
                "url",
                () -> service.create(3, newRemoval("https://images.example/a/1", LegalBasis.DMCA)))
            .fieldErrors()
            .get("url");

    assertTrue(message.contains("(#5)"), message);
    verify(repository, never()).add(any(RemovalRequest.class));
  }

  @Test
  void anAddressThatIsNotAWebAddressIsRefusedNamingTheUrl() {
    refusedNaming(
        "url", () -> service.create(3, newRemoval("ftp://images.example/a/1", LegalBasis.DMCA)));
  }

  @Test
  void aBasisThePlatformDoesNotTakeIsRefusedNamingTheBasis() {
    String message =
        refusedNaming(
                "legalBasis",
                () -> service.create(3, newRemoval("https://images.example/a/1", LegalBasis.DMCA)))
            .fieldErrors()
            .get("legalBasis");

    assertTrue(message.startsWith("Imagehost does not accept requests under"), message);
  }

  @Test
  void aPlatformChosenByIdMustExist() {
    when(platforms.find(42)).thenReturn(Optional.empty());

    refusedNaming(
        "platformId",
        () ->
            service.create(
                3,
                new NewRemoval(
                    "https://images.example/a/1",
                    42L,
                    ContentKind.IMAGE,
                    LegalBasis.TAKE_IT_DOWN,
                    null,
                    null,
                    null)));
  }

  @Test
  void evidenceOfAnotherCaseIsRefusedNamingTheEvidence() {
    when(repository.caseOfEvidence("ev-1")).thenReturn(Optional.of(4L));

    refusedNaming(
        "evidenceIds",
        () ->
            service.create(
                3,
                new NewRemoval(
                    "https://images.example/a/1",
                    null,
                    ContentKind.IMAGE,
                    LegalBasis.TAKE_IT_DOWN,
                    List.of("ev-1"),
                    null,
                    null)));
  }

  @Test
  void aBulkPasteDraftsEachNewUrlOnceAndReportsTheRest() {
    RemovalRequest earlier = RemovalFixtures.request(5, caseFile, imagehost, LegalBasis.DMCA);
    lenient()
        .when(repository.byUrl(3, "https://images.example/a/2"))
        .thenReturn(Optional.of(earlier));

    BulkResult result =
        service.bulk(
            3,
            new BulkRemoval(
                "https://images.example/a/1\n"
                    + "ftp://images.example/x\n"
                    + "https://images.example/a/1\n"
                    + "https://images.example/a/2\n"
                    + "https://elsewhere.example/b\n",
                ContentKind.IMAGE,
                LegalBasis.TAKE_IT_DOWN,
                null));

    assertEquals(
        List.of("https://images.example/a/1", "https://elsewhere.example/b"),
        result.created().stream().map(RemovalView::url).toList());
    assertEquals(List.of("Imagehost", "Other host"), List.copyOf(result.byPlatform().keySet()));
    assertEquals(2, result.duplicates().size());
    assertEquals(101, result.duplicates().get(0).existingId());
    assertEquals(5, result.duplicates().get(1).existingId());
    assertEquals(
        List.of(
            "Line 3: already in this case (request #101): https://images.example/a/1",
            "Line 4: already in this case (request #5): https://images.example/a/2"),
        result.duplicates().stream().map(RemovalViews.Duplicate::inWords).toList());
    assertEquals(1, result.rejected().size());
    assertEquals("ftp://images.example/x", result.rejected().get(0).input());
    assertEquals(2, result.rejected().get(0).line());
    assertFalse(result.nothingUsable());
  }

  @Test
  void aBulkPasteNamesEachUnusableLineByItsNumberWhatItHeldAndWhy() {
    BulkResult result =
        service.bulk(
            3,
            new BulkRemoval(
                "not-a-url\n\nftp://images.example/x\n",
                ContentKind.IMAGE,
                LegalBasis.TAKE_IT_DOWN,
                null));

    assertTrue(result.nothingUsable());
    assertEquals(
        "Line 1 (not-a-url): Enter the full web address, starting with https://; "
            + "Line 3 (ftp://images.example/x): Only web addresses starting with http:// or"
            + " https:// can be used",
        result.rejectedInWords());
    InvalidInputException refusal = result.refusal();
    assertEquals("Nothing added. " + result.rejectedInWords(), refusal.fieldErrors().get("urls"));
  }

  @Test
  void afterAPartlyUsablePasteTheUnusableLinesAreNumberedAsTheFieldNowHoldsThem() {
    BulkResult result =
        service.bulk(
            3,
            new BulkRemoval(
                "https://images.example/a/1\nnot-a-url\n\nftp://images.example/x",
                ContentKind.IMAGE,
                LegalBasis.TAKE_IT_DOWN,
                null));

    assertFalse(result.nothingUsable());
    assertTrue(result.rejectedInWords().startsWith("Line 2 (not-a-url)"), "as pasted");
    assertTrue(
        result.rejectedInWordsAsLeftInTheField().startsWith("Line 1 (not-a-url)"),
        result.rejectedInWordsAsLeftInTheField());
    assertTrue(
        result.rejectedInWordsAsLeftInTheField().contains("; Line 2 (ftp://images.example/x)"),
        result.rejectedInWordsAsLeftInTheField());
  }

  @Test
  void aLongPasteOfUnusableLinesNamesTheFirstTwentyAndCountsTheRest() {
    BulkResult result =
        service.bulk(
            3,
            new BulkRemoval(
                "not-a-url\n".repeat(25), ContentKind.IMAGE, LegalBasis.TAKE_IT_DOWN, null));

    String words = result.rejectedInWords();
    assertTrue(words.contains("Line 20 (not-a-url)"), words);
    assertFalse(words.contains("Line 21"), words);
    assertTrue(words.endsWith("; and 5 more lines not usable"), words);
  }

  @Test
  void aPasteOfSeparatorsOnlyIsRefusedAsHoldingNoAddress() {
    BulkResult result =
        service.bulk(3, new BulkRemoval(",,,", ContentKind.IMAGE, LegalBasis.TAKE_IT_DOWN, null));

    assertTrue(result.nothingUsable());
    assertEquals(
        "Nothing added: the paste holds no web address",
        result.refusal().fieldErrors().get("urls"));
  }

  @Test
  void aBulkLineForAPlatformThatRefusesTheBasisIsRejected() {
    BulkResult result =
        service.bulk(
            3,
            new BulkRemoval(
                "https://images.example/a/1", ContentKind.IMAGE, LegalBasis.DMCA, null));

    assertTrue(result.created().isEmpty());
    assertTrue(result.rejected().get(0).message().startsWith("Imagehost does not accept"));
    assertTrue(
        result.rejectedInWords().startsWith("Line 1 (https://images.example/a/1): Imagehost"),
        result.rejectedInWords());
    assertEquals("legalBasis", result.rejected().get(0).field());
    assertEquals(
        Set.of("legalBasis"),
        result.refusal().fieldErrors().keySet(),
        "every address was usable: the basis is what to change");
  }

  @Test
  void aPasteRefusedPartlyForItsAddressesAndPartlyForTheBasisNamesTheAddresses() {
    BulkResult result =
        service.bulk(
            3,
            new BulkRemoval(
                "https://images.example/a/1\nnot-a-url", ContentKind.IMAGE, LegalBasis.DMCA, null));

    assertTrue(result.nothingUsable());
    assertEquals(
        List.of("legalBasis", "urls"), result.rejected().stream().map(r -> r.field()).toList());
    assertEquals(Set.of("urls"), result.refusal().fieldErrors().keySet());
  }

  @Test
  void workflowChangesAreMadeAsTheCaller() {
    RemovalRequest request = RemovalFixtures.request(7, caseFile, imagehost, LegalBasis.DMCA);
    when(workflow.followUp(7, LocalDate.of(2026, 12, 1), "alice")).thenReturn(request);

    assertEquals(7, service.followUp(7, LocalDate.of(2026, 12, 1)).id());
  }

  @Test
  void anAdministratorSeesEveryReuploadAlertOthersThoseOfTheirTeams() {
    when(session.isCallerInRole(Roles.ADMIN)).thenReturn(false);
    when(repository.reuploadAlerts(false, "alice")).thenReturn(List.of());

    assertTrue(service.reuploadAlerts().isEmpty());

    when(session.isCallerInRole(Roles.ADMIN)).thenReturn(true);
    when(repository.reuploadAlerts(true, "alice")).thenReturn(List.of());
    service.reuploadAlerts();
    verify(repository).reuploadAlerts(true, "alice");
    verify(workflow, never()).changeStatus(anyLong(), any(), anyString());
  }

  @Test
  void aStatuteWithoutARuleCountingFromARequestIsRefusedNamingStatuteId() {
    when(deadlines.removalClockStatute(77)).thenReturn(Optional.empty());

    refusedNaming(
        "statuteId",
        () ->
            service.create(
                3,
                new NewRemoval(
                    "https://images.example/a/1",
                    null,
                    ContentKind.IMAGE,
                    LegalBasis.TAKE_IT_DOWN,
                    null,
                    null,
                    77L)));
    verify(repository, never()).add(any(RemovalRequest.class));
  }

  @Test
  void aStatuteChosenOnTheRequestSetsItsClock() {
    org.recourse.law.Statute utah =
        RemovalFixtures.withId(
            new org.recourse.law.Statute(
                new org.recourse.law.Jurisdiction("US-UT", "Utah", "US", "America/Denver", null)),
            12L);
    when(deadlines.removalClockStatute(12))
        .thenReturn(
            Optional.of(
                new ClockStatute(
                    12,
                    "US-UT",
                    "Utah",
                    "Utah Code § 13-72b-302",
                    "t",
                    SourceGrade.MIRROR,
                    false)));
    when(repository.statute(12)).thenReturn(utah);

    RemovalView created =
        service.create(
            3,
            new NewRemoval(
                "https://images.example/a/1",
                null,
                ContentKind.IMAGE,
                LegalBasis.TAKE_IT_DOWN,
                null,
                null,
                12L));

    assertEquals(12L, created.statuteId());
  }

  @Test
  void theClockOfARemovedRequestCannotBeChangedAndNoDeadlineOpens() {
    RemovalRequest removed =
        RemovalFixtures.request(7, caseFile, imagehost, LegalBasis.TAKE_IT_DOWN);
    removed.moveTo(RemovalStatus.SUBMITTED, NOW.minusSeconds(1800), null);
    removed.moveTo(RemovalStatus.REMOVED, NOW, null);
    when(access.editable(7)).thenReturn(removed);
    org.recourse.law.Statute utah =
        RemovalFixtures.withId(
            new org.recourse.law.Statute(
                new org.recourse.law.Jurisdiction("US-UT", "Utah", "US", "America/Denver", null)),
            12L);
    lenient()
        .when(deadlines.removalClockStatute(12))
        .thenReturn(
            Optional.of(
                new ClockStatute(
                    12,
                    "US-UT",
                    "Utah",
                    "Utah Code § 13-72b-302",
                    "t",
                    SourceGrade.PRIMARY,
                    false)));
    lenient().when(repository.statute(12)).thenReturn(utah);

    refusedNaming("statuteId", () -> service.clockFrom(7, 12L));

    assertNull(removed.getClockStatute());
    verify(workflow, never()).restartClock(any(), anyString());
  }
}
