package org.recourse.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.recourse.casefile.CaseAccessService;
import org.recourse.casefile.CaseAccessService.Grant;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.portal.PortalCommands.NewPortalLink;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class PortalTeamServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-30T10:15:00Z");

  @Mock private SessionContext session;
  @Mock private PortalRepository repository;
  @Mock private CaseAccessService caseAccess;
  @Spy private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  @InjectMocks private PortalTeamService service;

  private final CaseFile own = withId(new CaseFile("RC-2026-7", "Own", "lead", NOW), 7L);
  private final CaseFile another = withId(new CaseFile("RC-2026-8", "Other", "other", NOW), 8L);

  @BeforeEach
  void setUp() {
    Validator validator =
        jakarta.validation.Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    set(service, "validator", validator);
    when(session.getCallerPrincipal()).thenReturn(() -> "lead");
    CaseAccess lead =
        new CaseAccess(CaseRole.LEAD_ATTORNEY, true, true, true, true, true, true, true);
    when(caseAccess.changeable(7L)).thenReturn(new Grant(own, lead));
  }

  @Test
  void aUserLinkedToAnotherCaseIsRefusedNamingTheUsernameAndStaysWithThatCase() {
    PortalLink theirs = new PortalLink("victim", another, NOW, "other");
    when(repository.linkOf("victim")).thenReturn(Optional.of(theirs));
    when(caseAccess.changeable(8L)).thenThrow(new NotFoundException("No such case"));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> service.link(7L, new NewPortalLink(" Victim ")));

    assertTrue(refused.fieldErrors().containsKey("username"), refused.fieldErrors().toString());
    assertSame(another, theirs.getCaseFile(), "the link stays with the other case");
    verify(repository, never()).add(any());
  }

  @Test
  void whoManagesBothCasesMovesTheUserAndBothCasesRecordIt() {
    PortalLink theirs = new PortalLink("victim", another, NOW.minusSeconds(60), "other");
    when(repository.linkOf("victim")).thenReturn(Optional.of(theirs));
    CaseAccess admin = new CaseAccess(null, true, true, false, false, false, false, false);
    when(caseAccess.changeable(8L)).thenReturn(new Grant(another, admin));

    service.link(7L, new NewPortalLink("victim"));

    assertSame(own, theirs.getCaseFile());
    assertEquals(NOW, another.getUpdatedAt(), "the old case's history shows the change");
    assertEquals(NOW, own.getUpdatedAt());
  }

  @Test
  void aNewUsernameIsStoredInLowerCaseAndLinkingItAgainToTheSameCaseChangesNothing() {
    var saved = service.link(7L, new NewPortalLink("  Casey.Client "));

    ArgumentCaptor<PortalLink> link = ArgumentCaptor.forClass(PortalLink.class);
    verify(repository).add(link.capture());
    assertEquals("casey.client", link.getValue().getUsername());
    assertEquals("casey.client", saved.username());
    assertSame(own, link.getValue().getCaseFile());

    when(repository.linkOf("casey.client")).thenReturn(Optional.of(link.getValue()));
    assertEquals("casey.client", service.link(7L, new NewPortalLink("CASEY.CLIENT")).username());
    verify(repository).add(any());
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
