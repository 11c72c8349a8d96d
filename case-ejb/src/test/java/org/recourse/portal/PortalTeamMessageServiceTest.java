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
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
  @Spy private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  @InjectMocks private PortalTeamMessageService service;

  private final CaseFile caseFile = new CaseFile("RC-2026-3", "T", "lead", NOW);

  @BeforeEach
  void setUp() {
    Validator validator =
        jakarta.validation.Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    set(service, "validator", validator);
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
        NotPermittedException.class, () -> service.start(4L, new NewThread("Hi", "Hello")));
    verify(board, never()).threads(any(), any());
  }

  @Test
  void aTooLongMessageIsRefusedNamingTheBodyAndSaysHowLong() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> service.reply(3L, 8L, new NewMessage("x".repeat(SecureMessages.MAX_BODY + 1))));

    assertEquals(
        "A message can be at most 5000 characters long", refused.fieldErrors().get("body"));
    verify(board, never())
        .reply(any(), org.mockito.ArgumentMatchers.anyLong(), any(), any(), any(), any());
  }

  @Test
  void theTeamWritesAsItself() {
    service.start(3L, new NewThread("Update", "We sent the request"));

    verify(board)
        .start(
            org.mockito.ArgumentMatchers.eq(caseFile),
            org.mockito.ArgumentMatchers.eq(MessageSide.TEAM),
            any(),
            org.mockito.ArgumentMatchers.eq("caseworker"),
            org.mockito.ArgumentMatchers.eq(NOW));
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
