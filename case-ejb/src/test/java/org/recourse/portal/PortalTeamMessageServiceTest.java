package org.recourse.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
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
import org.recourse.casefile.CaseAccessService;
import org.recourse.casefile.CaseAccessService.Grant;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.evidence.CaptureFacts;
import org.recourse.evidence.CaptureMethod;
import org.recourse.evidence.EvidenceItem;
import org.recourse.evidence.EvidenceLabels;
import org.recourse.evidence.EvidenceRepository;
import org.recourse.evidence.EvidenceViews.EvidenceLabel;
import org.recourse.evidence.Ingestor.Ingested;
import org.recourse.evidence.vault.StoredBlob;
import org.recourse.portal.SecureMessages.NewMessage;
import org.recourse.portal.SecureMessages.NewThread;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotPermittedException;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class PortalTeamMessageServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  @Mock private SessionContext session;
  @Mock private MessageBoard board;
  @Mock private MessageRepository repository;
  @Mock private CaseAccessService caseAccess;
  @Mock private EvidenceRepository evidence;
  @Spy private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  @InjectMocks private PortalTeamMessageService service;

  private final CaseFile caseFile = withId(new CaseFile("RC-2026-3", "T", "lead", NOW), 3L);

  @BeforeEach
  void setUp() {
    Validator validator =
        jakarta.validation.Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    set(service, "validator", validator);
    EvidenceLabels labels = new EvidenceLabels();
    set(labels, "repository", evidence);
    set(service, "labels", labels);
    when(session.getCallerPrincipal()).thenReturn(() -> "caseworker");
    CaseAccess member =
        new CaseAccess(CaseRole.CASEWORKER, false, false, true, false, true, true, false);
    when(caseAccess.changeable(3L)).thenReturn(new Grant(caseFile, member));
    when(caseAccess.visible(3L)).thenReturn(new Grant(caseFile, member));
  }

  @Test
  void anAdministratorWhoSeesNoIdentityNeitherReadsNorWritesTheClientsMessages() {
    CaseAccess admin = new CaseAccess(null, true, true, false, false, true, false, false);
    when(caseAccess.visible(4L)).thenReturn(new Grant(caseFile, admin));
    when(caseAccess.changeable(4L)).thenReturn(new Grant(caseFile, admin));

    assertThrows(NotPermittedException.class, () -> service.threads(4L));
    assertThrows(NotPermittedException.class, () -> service.markRead(4L, 1L));
    assertThrows(
        NotPermittedException.class, () -> service.start(4L, new NewThread("Hi", "Hello", null)));
    verify(board, never()).threads(any(), any(), any());
  }

  @Test
  void aTooLongMessageIsRefusedNamingTheBodyAndSaysHowLong() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.reply(
                    3L, 8L, new NewMessage("x".repeat(SecureMessages.MAX_BODY + 1), null)));

    assertEquals(
        "A message can be at most 5000 characters long", refused.fieldErrors().get("body"));
    verify(board, never())
        .reply(
            any(),
            org.mockito.ArgumentMatchers.anyLong(),
            any(),
            any(),
            any(),
            any(),
            any(),
            any());
  }

  @Test
  void theTeamWritesAsItself() {
    service.start(3L, new NewThread("Update", "We sent the request", null));

    verify(board)
        .start(
            org.mockito.ArgumentMatchers.eq(caseFile),
            org.mockito.ArgumentMatchers.eq(MessageSide.TEAM),
            any(),
            any(),
            org.mockito.ArgumentMatchers.eq("caseworker"),
            org.mockito.ArgumentMatchers.eq(Language.ENGLISH),
            org.mockito.ArgumentMatchers.eq(NOW));
  }

  @Test
  void theTeamAttachesOnlyItemsOfThisCaseAndAnyOtherIdIsRefusedNamingTheField() {
    EvidenceItem own = item("ev-1", caseFile);
    EvidenceItem elsewhere = item("ev-9", withId(new CaseFile("RC-2026-9", "O", "lead", NOW), 9L));
    when(evidence.withCases(any()))
        .thenAnswer(
            call ->
                java.util.stream.Stream.of(own, elsewhere)
                    .filter(i -> call.<java.util.Collection<?>>getArgument(0).contains(i.getId()))
                    .toList());

    service.reply(3L, 8L, new NewMessage("The photo", List.of("ev-1")));
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<EvidenceLabel>> attached = ArgumentCaptor.forClass(List.class);
    verify(board)
        .reply(
            any(),
            org.mockito.ArgumentMatchers.eq(8L),
            any(),
            any(),
            attached.capture(),
            any(),
            any(),
            any());
    assertEquals(List.of("ev-1"), attached.getValue().stream().map(EvidenceLabel::id).toList());

    for (List<String> bad : List.of(List.of("ev-9"), List.of("ev-1", "missing"), List.of(" "))) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () -> service.start(3L, new NewThread("Files", "See", bad)),
              bad.toString());
      assertEquals(EvidenceLabels.NOT_OF_CASE, refused.fieldErrors().get("evidenceIds"));
    }
    verify(board, never()).start(any(), any(), any(), any(), any(), any(), any());
  }

  private static EvidenceItem item(String id, CaseFile caseFile) {
    return new EvidenceItem(
        id,
        caseFile,
        id + ".png",
        new Ingested(new StoredBlob("blob-" + id, "key", 10), "image/png", 10, "sha", "md5"),
        new CaptureFacts(null, null, null, CaptureMethod.SCREENSHOT, null),
        "lead",
        NOW);
  }

  private static CaseFile withId(CaseFile caseFile, long id) {
    set(caseFile, "id", id);
    return caseFile;
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
