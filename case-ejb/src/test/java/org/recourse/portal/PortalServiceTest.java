package org.recourse.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ejb.SessionContext;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.Spy;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.audit.AccessLog;
import org.recourse.casefile.CaseFile;
import org.recourse.evidence.ClientUploads;
import org.recourse.evidence.EvidenceLabels;
import org.recourse.evidence.EvidenceViews.ClientUploadView;
import org.recourse.evidence.EvidenceViews.EvidenceLabel;
import org.recourse.portal.PortalCommands.NewIncident;
import org.recourse.portal.PortalCommands.NewReport;
import org.recourse.portal.PortalViews.PortalStatusView;
import org.recourse.portal.SecureMessages.NewMessage;
import org.recourse.portal.SecureMessages.NewThread;
import org.recourse.removal.ContentKind;
import org.recourse.removal.Platform;
import org.recourse.removal.RemovalBasis;
import org.recourse.removal.RemovalRepository;
import org.recourse.removal.RemovalRequest;
import org.recourse.removal.RemovalStatus;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class PortalServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-30T10:15:00Z");

  private static final Validator VALIDATOR =
      jakarta.validation.Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  @Mock private SessionContext session;
  @Mock private PortalRepository repository;
  @Mock private RemovalRepository removals;
  @Mock private AccessLog accessLog;
  @Mock private ClientUploads uploads;
  @Mock private EvidenceLabels evidenceLabels;
  @Mock private MessageBoard messageBoard;
  @Spy private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  @InjectMocks private PortalService service;

  private final CaseFile own = withId(new CaseFile("RC-2026-7", "Own", "lead", NOW), 7L);
  private final CaseFile another = withId(new CaseFile("RC-2026-8", "Other", "lead", NOW), 8L);

  @BeforeEach
  void setUp() {
    set(service, "validator", VALIDATOR);
    when(session.getCallerPrincipal()).thenReturn(() -> "client-a");
    when(repository.linkOf("client-a"))
        .thenReturn(Optional.of(new PortalLink("client-a", own, NOW, "lead")));
    when(repository.caseFile(7L)).thenReturn(Optional.of(own));
    when(repository.caseFile(8L)).thenReturn(Optional.of(another));
    when(repository.caseFile(9L)).thenReturn(Optional.empty());
    when(removals.ofCase(anyLong())).thenReturn(List.of());
    when(removals.byUrl(anyLong(), anyString())).thenReturn(Optional.empty());
    doAnswer(
            invocation -> {
              set(invocation.getArgument(0), "id", 1L);
              return null;
            })
        .when(repository)
        .add(any());
  }

  @Test
  void anotherCaseIsNotFoundWordedLikeAMissingOneAndOnlyTheExistingOneIsRecorded() {
    NotFoundException other = assertThrows(NotFoundException.class, () -> service.status(8L));
    NotFoundException missing = assertThrows(NotFoundException.class, () -> service.status(9L));

    assertEquals(missing.getMessage(), other.getMessage());
    verify(accessLog).denied(eq(8L), any(), any(), anyString());
    verify(accessLog, never()).denied(eq(9L), any(), any(), anyString());
    assertThrows(NotFoundException.class, () -> service.incidents(8L));
    assertThrows(
        NotFoundException.class,
        () -> service.report(8L, new NewReport("https://social.example/p/1", null)));
    verify(repository, never()).add(any());
  }

  @Test
  void aClientWithoutALinkHasNoCaseAtAll() {
    when(repository.linkOf("client-a")).thenReturn(Optional.empty());

    assertTrue(service.myCases().isEmpty());
    assertThrows(NotFoundException.class, () -> service.status(7L));
  }

  @Test
  void theStatusIsInPlainWordsAndListsOnlySentRequestsWithTheLawsTimeToAct() {
    Platform platform = withId(new Platform("ig", "Instagram"), 3L);
    RemovalRequest draft = request(1L, platform, LegalBasis.TAKE_IT_DOWN);
    RemovalRequest byLaw = request(2L, platform, LegalBasis.TAKE_IT_DOWN);
    set(byLaw, "submittedAt", NOW.minusSeconds(7200));
    set(byLaw, "status", RemovalStatus.SUBMITTED);
    set(byLaw, "slaDueAt", NOW.plusSeconds(36000));
    RemovalRequest noLaw = request(3L, platform, LegalBasis.DMCA);
    set(noLaw, "submittedAt", NOW.minusSeconds(3600));
    set(noLaw, "status", RemovalStatus.REMOVED);
    set(noLaw, "slaDueAt", NOW.plusSeconds(600000));
    when(removals.ofCase(7L)).thenReturn(List.of(draft, byLaw, noLaw));
    when(removals.basis(LegalBasis.TAKE_IT_DOWN)).thenReturn(Optional.of(basis(11L)));
    when(removals.basis(LegalBasis.DMCA)).thenReturn(Optional.of(basis(null)));

    PortalStatusView status = service.status(7L);

    assertEquals(PlainWords.of(own.getStatus()), status.status());
    assertEquals(2, status.removals().size());
    var newest = status.removals().get(0);
    assertEquals("Instagram", newest.platform());
    assertTrue(newest.removed());
    assertNull(newest.actBy(), "no law sets a time for a DMCA notice here");
    var older = status.removals().get(1);
    assertEquals(NOW.plusSeconds(36000), older.actBy());
    assertEquals(PlainWords.of(RemovalStatus.SUBMITTED), older.status());
  }

  @Test
  void theChosenLanguageIsKeptWithTheAccountAndOutranksTheBrowsers() {
    PortalLink link = new PortalLink("client-a", own, NOW, "lead");
    when(repository.linkOf("client-a")).thenReturn(Optional.of(link));
    List<java.util.Locale> browser = List.of(java.util.Locale.ENGLISH);
    assertEquals(Language.ENGLISH, service.language(browser));

    assertTrue(service.chooseLanguage(Language.SPANISH));

    assertEquals(Language.SPANISH, service.language(browser));
    assertEquals("Empezando", service.status(7L, service.language(browser)).status());
  }

  @Test
  void sharedDatesAreWhatAndWhenSoonestFirstAndOnlyOfTheOwnCase() {
    org.recourse.deadline.CaseDeadline later =
        deadline("Hearing", null, NOW.plusSeconds(86400 * 9));
    org.recourse.deadline.CaseDeadline sooner =
        deadline("Reply due", java.time.LocalDate.parse("2026-12-02"), null);
    when(repository.sharedDeadlines(7L)).thenReturn(List.of(later, sooner));

    var dates = service.sharedDates(7L);

    assertEquals(List.of("Reply due", "Hearing"), dates.stream().map(d -> d.what()).toList());
    assertEquals(java.time.LocalDate.parse("2026-12-02"), dates.get(0).date());
    assertEquals(NOW.plusSeconds(86400 * 9), dates.get(1).at());
    assertThrows(NotFoundException.class, () -> service.sharedDates(8L));
    verify(repository, never()).sharedDeadlines(8L);
  }

  private static org.recourse.deadline.CaseDeadline deadline(
      String title, java.time.LocalDate date, Instant at) {
    org.recourse.deadline.CaseDeadline d =
        org.mockito.Mockito.mock(org.recourse.deadline.CaseDeadline.class);
    when(d.getTitle()).thenReturn(title);
    when(d.getDueDate()).thenReturn(date);
    when(d.getDueAt()).thenReturn(at);
    return d;
  }

  @Test
  void withoutALinkTheLanguageIsTheBrowsersAndNothingIsKept() {
    when(repository.linkOf("client-a")).thenReturn(Optional.empty());

    assertFalse(service.chooseLanguage(Language.SPANISH));
    assertEquals(
        Language.SPANISH, service.language(List.of(java.util.Locale.forLanguageTag("es-US"))));
  }

  @Test
  void anIncidentIsStoredStrippedAndTouchesTheCase() {
    var saved =
        service.addIncident(
            7L,
            new NewIncident(
                NOW.minusSeconds(86400),
                "  A message arrived.  ",
                " ",
                "An ex-partner",
                null,
                null));

    ArgumentCaptor<IncidentEntry> entry = ArgumentCaptor.forClass(IncidentEntry.class);
    verify(repository).add(entry.capture());
    assertEquals("A message arrived.", entry.getValue().getWhat());
    assertNull(entry.getValue().getWhere());
    assertEquals("client-a", saved.createdBy());
    assertEquals(NOW, own.getUpdatedAt());
  }

  @Test
  void anIncidentCarriesTheClientsOwnUploadsAndIsNotStoredWhenOneIsRefused() {
    when(uploads.ownUploads(7L, List.of("ev-2", "ev-1"), "evidenceIds"))
        .thenReturn(
            List.of(
                new ClientUploadView("ev-2", "b.png", 3, NOW, null, true),
                new ClientUploadView("ev-1", "a.png", 3, NOW, "The post", true)));

    var saved =
        service.addIncident(
            7L,
            new NewIncident(
                NOW.minusSeconds(60), "Posted again", null, null, null, List.of("ev-2", "ev-1")));

    ArgumentCaptor<IncidentEntry> entry = ArgumentCaptor.forClass(IncidentEntry.class);
    verify(repository).add(entry.capture());
    assertEquals(java.util.Set.of("ev-1", "ev-2"), entry.getValue().getEvidenceIds());
    assertEquals(List.of("ev-1", "ev-2"), saved.evidenceIds());
    assertEquals("The post", saved.evidence().get(0).description());

    when(uploads.ownUploads(7L, List.of("team-item"), "evidenceIds"))
        .thenThrow(new InvalidInputException("evidenceIds", "Choose only files you sent"));
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.addIncident(
                    7L,
                    new NewIncident(
                        NOW.minusSeconds(60), "Again", null, null, null, List.of("team-item"))));
    assertTrue(refused.fieldErrors().containsKey("evidenceIds"));
    verify(repository).add(any());
  }

  @Test
  void aMessageCarriesOnlyTheClientsOwnUploadsAndIsNotWrittenWhenOneIsRefused() {
    when(uploads.ownUploads(7L, List.of("ev-1"), "evidenceIds"))
        .thenReturn(List.of(new ClientUploadView("ev-1", "a.png", 3, NOW, "The post", true)));
    when(uploads.ownUploads(7L, List.of("team-item"), "evidenceIds"))
        .thenThrow(new InvalidInputException("evidenceIds", "Choose only files you sent"));

    service.startThread(
        7L, new NewThread("A copy", "See the file", List.of("ev-1")), Language.SPANISH);
    verify(messageBoard)
        .start(
            eq(own),
            eq(MessageSide.CLIENT),
            any(),
            eq(List.of(new EvidenceLabel("ev-1", "a.png", "The post"))),
            eq("client-a"),
            eq(Language.SPANISH),
            eq(NOW));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.reply(
                    7L, 3L, new NewMessage("And this", List.of("team-item")), Language.ENGLISH));
    assertTrue(refused.fieldErrors().containsKey("evidenceIds"));
    verify(messageBoard, never()).reply(any(), anyLong(), any(), any(), any(), any(), any(), any());
  }

  @Test
  void anotherClientsCaseIsNotFoundBeforeAnyEvidenceIsLookedAt() {
    assertThrows(
        NotFoundException.class,
        () ->
            service.addIncident(
                8L, new NewIncident(NOW, "Something", null, null, null, List.of("ev-1"))));
    verify(uploads, never()).ownUploads(anyLong(), any(), anyString());
  }

  @Test
  void anIncidentTooLongOrInTheFutureIsRefusedNamingTheField() {
    String tooLong = "x".repeat(PortalCommands.MAX_WHAT + 1);
    InvalidInputException longText =
        assertThrows(
            InvalidInputException.class,
            () -> service.addIncident(7L, new NewIncident(NOW, tooLong, null, null, null, null)));
    assertTrue(longText.fieldErrors().containsKey("what"), longText.fieldErrors().toString());

    InvalidInputException future =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.addIncident(
                    7L, new NewIncident(NOW.plusSeconds(3600), "Later", null, null, null, null)));
    assertTrue(future.fieldErrors().containsKey("occurredAt"));

    InvalidInputException ancient =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.addIncident(
                    7L,
                    new NewIncident(
                        Instant.parse("-300000-01-01T00:00:00Z"),
                        "Long ago",
                        null,
                        null,
                        null,
                        null)));
    assertTrue(ancient.fieldErrors().containsKey("occurredAt"));
    verify(repository, never()).add(any());
  }

  @Test
  void aReportedAddressIsNormalisedAndOneThatIsNoWebAddressOrKnownIsRefusedNamingTheUrl() {
    var saved =
        service.report(7L, new NewReport("HTTPS://Social.Example/p/1?fbclid=abc", "My photo"));
    assertEquals("https://social.example/p/1", saved.url());
    assertEquals("Sent to your team", saved.status());

    InvalidInputException notWeb =
        assertThrows(
            InvalidInputException.class,
            () -> service.report(7L, new NewReport("javascript:alert(1)", null)));
    assertTrue(notWeb.fieldErrors().containsKey("url"));

    when(repository.reported(7L, "https://social.example/p/1")).thenReturn(true);
    InvalidInputException twice =
        assertThrows(
            InvalidInputException.class,
            () -> service.report(7L, new NewReport("https://social.example/p/1", null)));
    assertTrue(twice.fieldErrors().containsKey("url"));
  }

  private RemovalRequest request(long id, Platform platform, LegalBasis basis) {
    return withId(
        new RemovalRequest(
            own,
            platform,
            "https://images.example/a/" + id,
            "images.example",
            ContentKind.IMAGE,
            basis,
            "lead",
            NOW.minusSeconds(10000 - id)),
        id);
  }

  private static RemovalBasis basis(Long statuteId) {
    try {
      var constructor = RemovalBasis.class.getDeclaredConstructor();
      constructor.setAccessible(true);
      RemovalBasis basis = constructor.newInstance();
      set(basis, "statuteId", statuteId);
      return basis;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T withId(T entity, long id) {
    set(entity, "id", id);
    return entity;
  }

  private static void set(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
