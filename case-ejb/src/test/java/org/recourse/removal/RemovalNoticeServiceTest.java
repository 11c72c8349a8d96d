package org.recourse.removal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.recourse.removal.RemovalFixtures.NOW;
import static org.recourse.removal.RemovalFixtures.refusedNaming;

import jakarta.ejb.SessionContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.recourse.audit.TargetType;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.casefile.CaseViews.VictimDetails;
import org.recourse.removal.RemovalCommands.NoticeInput;
import org.recourse.removal.RemovalViews.NoticePreview;
import org.recourse.removal.RemovalViews.NoticeView;
import org.recourse.removal.notice.DefaultTemplates;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.IdentityText;
import org.recourse.shared.NotPermittedException;

@ExtendWith(MockitoExtension.class)
class RemovalNoticeServiceTest {

  @Mock SessionContext session;
  @Mock CaseService cases;
  @Mock Clock clock;
  @Mock RemovalAccess access;
  @Mock RemovalWorkflow workflow;
  @Mock SentNotices sentNotices;
  @Mock RemovalRepository repository;
  @InjectMocks RemovalNoticeService service;

  RemovalRequest request;

  @BeforeEach
  void aDraftUnderThePlatformsPolicy() {
    lenient().when(session.getCallerPrincipal()).thenReturn(() -> "alice");
    lenient().when(clock.instant()).thenReturn(NOW);
    request =
        RemovalFixtures.request(
            7,
            RemovalFixtures.caseFile(3),
            RemovalFixtures.platform(2, "Imagehost", LegalBasis.PLATFORM_POLICY),
            LegalBasis.PLATFORM_POLICY);
    lenient().when(access.visible(7)).thenReturn(request);
    lenient().when(access.editable(7)).thenReturn(request);
    lenient().when(workflow.latestAllowed(any())).thenAnswer(call -> NOW.plusSeconds(300));
  }

  private void theCallerSees(CaseAccess caseAccess) {
    CaseDetail detail = mock(CaseDetail.class);
    lenient().when(detail.access()).thenReturn(caseAccess);
    lenient()
        .when(detail.victim())
        .thenReturn(
            new VictimDetails(
                "Client K7", "Robin Example", null, "robin@mail.example", null, null, null));
    when(cases.getUnrecorded(3)).thenReturn(detail);
  }

  private static NoticeInput contact(boolean includeLegalName) {
    return new NoticeInput(
        Map.of("contactDetails", "  team@ngo.example "), includeLegalName, null, null);
  }

  @Test
  void aPreviewIsFilledFromTheRequestTheCaseAndTheClock() {
    theCallerSees(RemovalFixtures.team());

    NoticePreview preview = service.previewNotice(7, contact(false));

    assertEquals("Imagehost", preview.values().get("platformName"));
    assertEquals(request.getUrl(), preview.values().get("contentUrls"));
    assertEquals("Client K7", preview.values().get("requesterName"));
    assertEquals("2026-11-02", preview.values().get("date"));
    assertEquals("team@ngo.example", preview.values().get("contactDetails"));
    assertFalse(preview.text().contains("Robin Example"));
    verify(repository, never()).add(any(SentNotice.class));
  }

  @Test
  void aNoticeLackingAFieldItsBasisRequiresIsRefusedNamingTheField() {
    theCallerSees(RemovalFixtures.team());

    refusedNaming(
        "contactDetails", () -> service.previewNotice(7, new NoticeInput(null, false, null, null)));
  }

  @Test
  void aValueOver4000CharactersIsRefusedNamingIt() {
    theCallerSees(RemovalFixtures.team());

    refusedNaming(
        "explanation",
        () ->
            service.previewNotice(
                7, new NoticeInput(Map.of("explanation", "x".repeat(4001)), false, null, null)));
  }

  @Test
  void onlyTheCaseTeamMayPutTheLegalNameInANotice() {
    theCallerSees(RemovalFixtures.onlooker());

    assertThrows(NotPermittedException.class, () -> service.previewNotice(7, contact(true)));
    verify(sentNotices, never()).legalNameShown(any(), any(), anyLong(), anyString());
  }

  @Test
  void theLegalNameInANoticeIsRecordedInTheAccessLog() {
    theCallerSees(RemovalFixtures.team());

    NoticePreview preview = service.previewNotice(7, contact(true));

    assertEquals("Robin Example", preview.values().get("requesterName"));
    verify(sentNotices).legalNameShown(request, TargetType.REMOVAL_REQUEST, 7L, "Notice prepared");
  }

  @Test
  void sendingTheNoticeOfADraftSubmitsItNowAndMarksTheIdentity() {
    theCallerSees(RemovalFixtures.team());
    lenient()
        .doAnswer(call -> RemovalFixtures.withId(call.getArgument(0), 40L))
        .when(repository)
        .add(any(SentNotice.class));

    NoticeView sent = service.sendNotice(7, contact(true));

    ArgumentCaptor<SentNotice> stored = ArgumentCaptor.forClass(SentNotice.class);
    verify(repository).add(stored.capture());
    assertTrue(IdentityText.hasIdentity(stored.getValue().getBody()));
    assertFalse(IdentityText.render(stored.getValue().getBody(), false).contains("Robin Example"));
    assertEquals(NOW, stored.getValue().getSentAt());
    assertEquals("alice", stored.getValue().getSentBy());
    assertTrue(sent.withLegalName());
    assertTrue(sent.text().contains("Robin Example"));
    verify(workflow)
        .changeStatus(
            eq(7L),
            argThat(
                change ->
                    change.status() == RemovalStatus.SUBMITTED
                        && NOW.equals(change.at())
                        && "Notice sent".equals(change.note())),
            eq("alice"));
    verify(repository).flush();
  }

  @Test
  void aNoticeSentEarlierStartsTheClockWhenItWasSentAndKeepsHowItWasSent() {
    theCallerSees(RemovalFixtures.team());
    lenient()
        .doAnswer(call -> RemovalFixtures.withId(call.getArgument(0), 31L))
        .when(repository)
        .add(any(SentNotice.class));
    Instant sentAt = NOW.minusSeconds(30 * 60);

    service.sendNotice(
        7,
        new NoticeInput(
            Map.of("contactDetails", "team@ngo.example"), false, sentAt, SendChannel.EMAIL));

    ArgumentCaptor<SentNotice> stored = ArgumentCaptor.forClass(SentNotice.class);
    verify(repository).add(stored.capture());
    assertEquals(sentAt, stored.getValue().getSentAt());
    assertEquals(NOW, stored.getValue().getRecordedAt());
    assertEquals(SendChannel.EMAIL, stored.getValue().getChannel());
    verify(workflow)
        .changeStatus(
            eq(7L),
            argThat(
                change ->
                    sentAt.equals(change.at()) && "Notice sent by e-mail".equals(change.note())),
            eq("alice"));
  }

  @Test
  void aNoticeCannotBeRecordedAsSentInTheFuture() {
    refusedNaming(
        "sentAt",
        () ->
            service.sendNotice(
                7,
                new NoticeInput(
                    Map.of("contactDetails", "team@ngo.example"),
                    false,
                    NOW.plusSeconds(3600),
                    SendChannel.LETTER)));
    verify(repository, never()).add(any(SentNotice.class));
  }

  @Test
  void aNoticeCannotBeRecordedAsSentBefore1990() {
    for (Instant before :
        List.of(Instant.parse("1989-12-31T23:59:59Z"), Instant.parse("0001-01-01T00:00:00Z"))) {
      refusedNaming(
          "sentAt",
          () ->
              service.sendNotice(
                  7,
                  new NoticeInput(
                      Map.of("contactDetails", "team@ngo.example"),
                      false,
                      before,
                      SendChannel.LETTER)));
    }
    verify(repository, never()).add(any(SentNotice.class));
    verify(workflow, never()).changeStatus(anyLong(), any(), anyString());
  }

  @Test
  void aNoticeForARequestAlreadySentLeavesItsStatus() {
    request.moveTo(RemovalStatus.ACKNOWLEDGED, NOW, null);
    theCallerSees(RemovalFixtures.team());
    lenient()
        .doAnswer(call -> RemovalFixtures.withId(call.getArgument(0), 41L))
        .when(repository)
        .add(any(SentNotice.class));

    service.sendNotice(7, contact(false));

    verify(workflow, never()).changeStatus(anyLong(), any(), anyString());
  }

  @Test
  void theTemplateInForceIsTheAdministratorsElseTheDefault() {
    when(repository.template(LegalBasis.DMCA)).thenReturn(Optional.empty());

    assertEquals(DefaultTemplates.forBasis(LegalBasis.DMCA), service.template(LegalBasis.DMCA));
  }

  @Test
  void aTemplateMustBeNonBlankAndShortNamingTheBody() {
    refusedNaming("body", () -> service.changeTemplate(LegalBasis.DMCA, "  "));
    refusedNaming("body", () -> service.changeTemplate(LegalBasis.DMCA, "x".repeat(8001)));
  }

  @Test
  void aTemplateMustKeepTheFieldsTheLawRequires() {
    String message =
        refusedNaming(
                "body",
                () -> service.changeTemplate(LegalBasis.PLATFORM_POLICY, "Remove {{contentUrls}}"))
            .fieldErrors()
            .get("body");

    assertEquals("A Platform policy notice must contain {{contactDetails}}", message);
  }

  @Test
  void aFirstTemplateForABasisIsStoredWithWhoChangedItAndWhen() {
    when(repository.template(LegalBasis.PLATFORM_POLICY)).thenReturn(Optional.empty());
    String body = "Remove {{contentUrls}}; reply to {{contactDetails}}";

    assertEquals(body, service.changeTemplate(LegalBasis.PLATFORM_POLICY, body));

    ArgumentCaptor<NoticeTemplate> stored = ArgumentCaptor.forClass(NoticeTemplate.class);
    verify(repository).add(stored.capture());
    assertEquals(body, stored.getValue().getBody());
    assertEquals("alice", stored.getValue().getUpdatedBy());
    assertEquals(NOW, stored.getValue().getUpdatedAt());
  }
}
