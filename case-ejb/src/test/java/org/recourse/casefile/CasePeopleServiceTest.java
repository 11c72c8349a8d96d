package org.recourse.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.Spy;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.casefile.CaseCommands.NewPerson;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Roles;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class CasePeopleServiceTest {

  @Mock private EntityManager em;
  @Mock private Event<CasePartiesChanged> partiesChanged;
  @Mock private SessionContext session;
  @Mock private Validator validator;
  @Mock private CaseAccessService caseAccess;
  @Spy private Clock clock = CaseServicesFixture.CLOCK;
  @InjectMocks private CasePeopleService service;

  private final CaseFile caseFile = CaseServicesFixture.aCase();

  @BeforeEach
  void setUp() {
    CaseServicesFixture.givesIds(em);
    when(session.getCallerPrincipal()).thenReturn(() -> "advocate");
  }

  private void callerHas(CaseViews.CaseAccess access) {
    when(caseAccess.changeable(42L)).thenReturn(CaseServicesFixture.grant(caseFile, access));
  }

  private static NewPerson respondent(String name, String... handles) {
    return new NewPerson(
        PersonKind.RESPONDENT,
        name,
        false,
        List.of(),
        Arrays.asList(handles),
        null,
        null,
        null,
        null);
  }

  @Test
  void aPersonNeedsANameOrAHandle() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                CasePeopleService.newPerson(
                    caseFile, respondent("  ", " ", ""), "advocate", CaseServicesFixture.NOW));

    assertEquals(List.of("name"), List.copyOf(refused.fieldErrors().keySet()));
  }

  @Test
  void handlesAreStrippedAndRepeatsAndBlanksLeftOut() {
    CasePerson person =
        CasePeopleService.newPerson(
            caseFile,
            respondent(null, " @synthetic_handle ", "", "@synthetic_handle", "@other"),
            "advocate",
            CaseServicesFixture.NOW);

    assertEquals("@synthetic_handle\n@other", person.getHandles());
    assertEquals(null, person.getName());
  }

  @Test
  void theTeamAddsAPersonAndSomeoneOffItDoesNot() {
    callerHas(CaseServicesFixture.caseworker());
    CaseViews.PersonView added = service.addPerson(42L, respondent("Sam Example"));
    assertEquals("Sam Example", added.name());
    verify(em).persist(any(CasePerson.class));
    verify(partiesChanged).fire(new CasePartiesChanged(42L));

    callerHas(CaseServicesFixture.administratorOffTheTeam());
    when(session.isCallerInRole(Roles.ADMIN)).thenReturn(false);
    assertThrows(
        NotPermittedException.class, () -> service.addPerson(42L, respondent("Sam Example")));
  }

  @Test
  void aPersonOfAnotherCaseIsNotFoundAndNotRemoved() {
    CaseFile thisCase = mock(CaseFile.class);
    CaseFile otherCase = mock(CaseFile.class);
    when(thisCase.getId()).thenReturn(42L);
    when(otherCase.getId()).thenReturn(43L);
    when(caseAccess.changeable(42L))
        .thenReturn(CaseServicesFixture.grant(thisCase, CaseServicesFixture.advocate()));
    CasePerson elsewhere =
        new CasePerson(otherCase, PersonKind.WITNESS, "someone", CaseServicesFixture.NOW);
    when(em.find(CasePerson.class, 5L)).thenReturn(elsewhere);

    assertThrows(NotFoundException.class, () -> service.removePerson(42L, 5L));
    verify(em, never()).remove(any());
    verify(partiesChanged, never()).fire(any());
  }

  @Test
  void aCaseworkerRemovesNoOne() {
    callerHas(CaseServicesFixture.caseworker());

    assertThrows(NotPermittedException.class, () -> service.removePerson(42L, 5L));
  }
}
